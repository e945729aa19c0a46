import { Agent, request } from 'node:http';
import { Worker } from 'node:worker_threads';
import type { BenchTargets } from './bench-targets.js';
import type { PacedLoadJob } from './paced-load.thread.js';
import { Random } from '../../seed/random.js';
import { percentile } from '../../matching/bench/stats.js';
import { KindTally, type RunFigures } from './load-run.js';
import { READ_CACHE_HEADER } from '../../core/read-cache/read-cache.js';
import type { BenchRequest, Workload, WorkloadName } from './workloads.js';

/** Enough sockets that the generator never waits for one below a few hundred ms of latency. */
const MAX_SOCKETS = 256;

/**
 * runPaced in a thread of its own: its timing must not wait on the benchmark's main
 * thread (autocannon's garbage, progress output), or the latencies it reports would be
 * the generator's own pauses.
 */
export function runPacedInThread(baseUrl: string, workload: WorkloadName, targets: BenchTargets, rate: number, seconds: number, seed: number): Promise<RunFigures> {
  const job: PacedLoadJob = { baseUrl, workload, targets, rate, seconds, seed };
  const thread = new Worker(new URL('./paced-load.thread.js', import.meta.url), { workerData: job });
  return new Promise((resolve, reject) => {
    thread.once('message', (figures: RunFigures) => resolve(figures));
    thread.once('error', reject);
    thread.once('exit', (code) => reject(new Error(`paced load thread exited with ${code}`)));
  });
}

/**
 * Offers `workload` at a steady `rate` requests per second for `seconds` (open loop), and
 * times each answer from the moment its request was due, not from when it went out. A
 * closed loop (autocannon: each connection waits for its answer) measures latency at
 * saturation, where it is connections ÷ throughput by construction; this measures what a
 * caller sees while the service carries `rate`, queueing included.
 */
export async function runPaced(baseUrl: string, workload: Workload, rate: number, seconds: number, seed: number): Promise<RunFigures> {
  const rng = new Random(seed);
  const url = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: MAX_SOCKETS });
  const latencies: number[] = [];
  const tally = new KindTally();
  let non2xx = 0;
  let errors = 0;
  let cacheHits = 0;

  const send = (next: BenchRequest, due: number) =>
    new Promise<void>((resolve) => {
      const done = (status: number) => {
        const latency = performance.now() - due;
        latencies.push(latency);
        tally.record(next, status, latency);
        if (status < 200 || status >= 300) non2xx++;
        resolve();
      };
      const outgoing = request({ host: url.hostname, port: url.port, path: next.path, method: next.method, headers: next.headers, agent }, (response) => {
        // node:http gives header names in lower case.
        if (response.headers[READ_CACHE_HEADER.toLowerCase()] === 'hit') cacheHits++;
        response.resume();
        response.on('end', () => done(response.statusCode ?? 0));
      });
      outgoing.on('error', () => {
        errors++;
        done(0);
      });
      outgoing.end(next.body);
    });

  const started = performance.now();
  const total = Math.round(rate * seconds);
  const pending: Promise<void>[] = [];
  let sent = 0;
  // Each tick sends every request that has come due since the last one (timers fire about every millisecond).
  await new Promise<void>((finished) => {
    const tick = () => {
      const now = performance.now();
      const due = Math.min(total, Math.floor(((now - started) / 1000) * rate) + 1);
      for (; sent < due; sent++) pending.push(send(workload.next(rng), started + (sent * 1000) / rate));
      if (sent < total) setTimeout(tick, 1);
      else finished();
    };
    tick();
  });
  await Promise.all(pending);
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();

  return {
    requestsPerSecond: latencies.length / elapsed,
    total: latencies.length,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    max: Math.max(...latencies),
    non2xx,
    errors,
    timeouts: 0,
    cacheHits,
    byKind: tally.figures(),
  };
}
