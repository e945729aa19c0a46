/**
 * Nest's shutdown hooks let in-flight requests and jobs finish; this bounds how long
 * that may take, so a stuck job cannot keep a stopping process alive forever.
 */
export function armShutdownDeadline(timeoutMs: number, log: (message: string) => void): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      log(`${signal} received: finishing in-flight work (at most ${timeoutMs} ms)`);
      setTimeout(() => {
        log('shutdown deadline passed; exiting');
        process.exit(1);
      }, timeoutMs).unref();
    });
  }
}
