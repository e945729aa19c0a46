import { count, line } from '../../matching/bench/stats.js';
import type { CpuFigures } from './cpu-usage.js';
import type { RunFigures } from './load-run.js';
import type { BenchRequest, Workload } from './workloads.js';

/** The issue's target for the recommendations read path, on this 2-core machine. */
export const TARGET = { requestsPerSecond: 1000, p99Ms: 50 };

export const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

export const verdict = (ok: boolean): string => (ok ? '[met]' : '[MISSED]');

/** Carries the target rate (closed loop, all connections busy): throughput only, as latency there is queueing by construction. */
export const carriesTargetRate = (run: RunFigures): boolean => run.requestsPerSecond >= TARGET.requestsPerSecond && run.non2xx === 0 && run.errors === 0;

/** At the target rate offered (open loop): every request answered in time, p99 within the target. */
export const meetsLatencyTarget = (run: RunFigures): boolean =>
  run.requestsPerSecond >= 0.99 * TARGET.requestsPerSecond && run.p99 <= TARGET.p99Ms && run.non2xx === 0 && run.errors === 0;

export function describeMix(workload: Workload): void {
  const mix = workload.picks
    .map((pick) => `${Math.round(pick.weight * 100)} % ${pick.kind}`)
    .join(', ');
  console.log(`  mix: ${mix}`);
}

export function printRun(label: string, run: RunFigures, cpu: CpuFigures): void {
  line(
    label,
    `${count(Math.round(run.requestsPerSecond))} req/s, p50 ${ms(run.p50)}, p90 ${ms(run.p90)}, p99 ${ms(run.p99)}, max ${ms(run.max)}, ` +
      `non-2xx ${run.non2xx}, errors ${run.errors}`,
  );
  if (run.cacheHits > 0) console.log(`      served from an API process's page cache: ${((100 * run.cacheHits) / run.total).toFixed(0)} % of answers`);
  // The API's own CPU per request does not depend on what else runs; the machine's total shows whether something did.
  console.log(
    `      CPU per request: API ${cpu.apiMsPerRequest.toFixed(2)} ms, PostgreSQL ${cpu.databaseMsPerRequest.toFixed(2)} ms; API ${cpu.apiCores.toFixed(2)} cores, ` +
      `whole machine ${cpu.machineCores.toFixed(2)} of ${cpu.cores} cores busy`,
  );
  if (run.byKind.length > 1 || run.non2xx > 0) {
    for (const kind of run.byKind) {
      const failed = Object.entries(kind.failures).map(([status, n]) => `${n}× ${status}`).join(', ');
      console.log(`      ${kind.kind.padEnd(46)} ${String(kind.count).padStart(7)}  p50 ${ms(kind.p50).padStart(7)}  p99 ${ms(kind.p99).padStart(7)}${failed ? `  non-2xx: ${failed}` : ''}`);
    }
  }
}

/** Asks one failed request again, so the report says why rather than only that. */
export async function explainFailure(baseUrl: string, request: BenchRequest): Promise<string> {
  const response = await fetch(`${baseUrl}${request.path}`, { method: request.method, headers: request.headers, body: request.body });
  return `${request.method} ${request.path} → ${response.status} ${(await response.text()).slice(0, 300)}`;
}
