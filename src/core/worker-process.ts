import { spawn, type ChildProcess } from 'node:child_process';

/** What src/worker.ts logs once its processors run. */
const READY = /worker running/;

export interface WorkerProcessOptions {
  env: NodeJS.ProcessEnv;
  nodeFlags?: string[];
  /** Where the worker's stderr goes (its stdout is read for the ready line, then drained). */
  stderr?: 'inherit' | 'ignore';
}

/**
 * Starts a compiled worker (`entry`, e.g. dist/src/worker.js) as its own process and
 * resolves once it is processing jobs. It must log at info level for its start to be seen.
 */
export function startWorkerProcess(entry: string, { env, nodeFlags = [], stderr = 'inherit' }: WorkerProcessOptions): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, entry], { env, stdio: ['ignore', 'pipe', stderr] });
    let seen = '';
    const onExit = (code: number | null) => reject(new Error(`worker exited with ${code} before it was ready`));
    const onData = (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-4096);
      if (!READY.test(seen)) return;
      child.stdout?.off('data', onData);
      child.stdout?.resume(); // keep draining its logs
      child.off('exit', onExit);
      resolve(child);
    };
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
}

/** Sends `signal` (SIGTERM: finish running jobs; SIGKILL: no warning) and resolves once the process is gone. */
export function stopWorkerProcess(child: ChildProcess, signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}
