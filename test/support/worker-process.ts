import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { testEnv } from './test-env.js';

/** The compiled worker, as production runs it (`npm run test:e2e` builds first). */
const WORKER_ENTRY = join(process.cwd(), 'dist', 'src', 'worker.js');
const READY = /worker running/;

/**
 * A real worker process the test can kill without warning. It logs at info level only so
 * that its start can be seen; the output is drained and dropped.
 */
export async function startWorkerProcess(env: Record<string, string>): Promise<ChildProcess> {
  if (!existsSync(WORKER_ENTRY)) throw new Error(`${WORKER_ENTRY} is missing: run npm run build first`);
  const child = spawn(process.execPath, [WORKER_ENTRY], { env: testEnv({ LOG_LEVEL: 'info', REBUILD_CRON: 'off', ...env }), stdio: ['ignore', 'pipe', 'ignore'] });
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-4096);
      if (!READY.test(seen)) return;
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      child.off('exit', onExit);
      resolve();
    };
    const onExit = (code: number | null) => reject(new Error(`worker exited with ${code} before it was ready`));
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
  return child;
}

/** SIGKILL, or SIGTERM for a clean stop; resolves once the process is gone. */
export function stopWorkerProcess(child: ChildProcess, signal: 'SIGKILL' | 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}
