import cluster from 'node:cluster';

/**
 * Runs `count` copies of this process sharing its listening port (node:cluster): one
 * Node process uses one core, and the API's work per request is CPU. The primary only
 * supervises: it restarts a copy that dies and, on SIGTERM/SIGINT, passes the signal on
 * and exits once every copy has finished its in-flight requests.
 */
export function superviseCopies(count: number, log: (message: string) => void): void {
  let stopping = false;
  const fork = () => cluster.fork();
  for (let i = 0; i < count; i++) fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    log(`API process ${worker.process.pid} ended (${signal ?? code}); starting another`);
    fork();
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    });
  }
}

export const isClusterPrimary = (): boolean => cluster.isPrimary;
