/** Small measuring helpers for the matching benchmark: timers, percentiles, memory peaks. */

export const elapsedMs = (from: number): number => performance.now() - from;

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

export const millis = (ms: number): string => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;

export const count = (n: number): string => n.toLocaleString('en');

export const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** Nearest-rank percentile of a sample (p in 0..100). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: elapsedMs(started) };
}

export function timedSync<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: elapsedMs(started) };
}

/**
 * Keeps the highest rss and heapUsed seen. The timer only fires between synchronous
 * stretches, so callers also sample by hand at the end of every phase.
 */
export class MemoryPeaks {
  rss = 0;
  heapUsed = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs = 100) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  sample(): void {
    const { rss, heapUsed } = process.memoryUsage();
    this.rss = Math.max(this.rss, rss);
    this.heapUsed = Math.max(this.heapUsed, heapUsed);
  }

  stop(): void {
    clearInterval(this.timer);
    this.sample();
  }
}

/** Prints `label ........ value` lines so the report reads as a table. */
export const line = (label: string, value: string): void => console.log(`  ${label.padEnd(62, '.')} ${value}`);

export const heading = (title: string): void => console.log(`\n== ${title}`);
