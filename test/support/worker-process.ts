import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startWorkerProcess } from '../../src/core/worker-process.js';
import { testEnv } from './test-env.js';

export { stopWorkerProcess } from '../../src/core/worker-process.js';

/** The compiled worker, as production runs it (`npm run test:e2e` builds first). */
const WORKER_ENTRY = join(process.cwd(), 'dist', 'src', 'worker.js');

/** A real worker process on the test's database and queues, which the test may kill without warning. */
export async function startTestWorkerProcess(env: Record<string, string>): Promise<ChildProcess> {
  if (!existsSync(WORKER_ENTRY)) throw new Error(`${WORKER_ENTRY} is missing: run npm run build first`);
  return startWorkerProcess(WORKER_ENTRY, { env: testEnv({ LOG_LEVEL: 'info', REBUILD_CRON: 'off', ...env }), stderr: 'ignore' });
}
