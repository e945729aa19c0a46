import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from './cli/migrate.js';
import { failStartup, prepareRuntime } from './core/runtime.js';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * One command for a single box: finds or starts PostgreSQL, applies migrations, then runs
 * the API and the worker as two processes and stops everything together.
 */
async function start(): Promise<void> {
  const runtime = await prepareRuntime({ allowEmbedded: true });
  const log = (message: string) => process.stderr.write(`[start] ${message}\n`);
  log(`database: ${runtime.database.source}; queues: ${runtime.queueConnection.kind}`);
  const applied = await migrate(runtime.config, runtime.databaseUrl);
  if (applied.length) log(`applied migrations: ${applied.join(', ')}`);

  const env = { ...process.env, DATABASE_URL: runtime.databaseUrl };
  const children: ChildProcess[] = ['main.js', 'worker.js'].map((file) =>
    spawn(process.execPath, ['--enable-source-maps', join(here, file)], { env, stdio: 'inherit' }),
  );

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((r) => child.once('exit', r)) : null)));
    await runtime.database.stop();
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(0));
  for (const child of children) child.once('exit', (code) => void stop(code ?? 1));
}

start().catch(failStartup);
