import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../core/config/load-config.js';
import { count, heading, line, seconds, timed } from '../../matching/bench/stats.js';
import { parseBenchApiArgs, type BenchApiArgs } from './bench-api-args.js';
import { prepareTargets, type BenchTargets } from './bench-targets.js';
import { prepareDemoDatabase, waitUntilScored } from './demo-database.js';
import { cpuBetween, cpuSnapshot, DatabaseCpuMeter } from './cpu-usage.js';
import { runLoad, type RunFigures } from './load-run.js';
import { forgetQueueKeys } from './queue-keys.js';
import { carriesTargetRate, describeMix, explainFailure, meetsLatencyTarget, ms, printRun, TARGET, verdict } from './report.js';
import { runPacedInThread } from './paced-load.js';
import {
  failOnExit,
  freePort,
  startService,
  stopAllServices,
  stopServicesOnExit,
  waitForHealthy,
  type ServiceOptions,
  type ServiceProcess,
} from './service-processes.js';
import { WORKLOADS, type Workload, type WorkloadName } from './workloads.js';

/**
 * npm run bench:api -- [--connections 32] [--duration 20] [--repeat 2] [--warmup 5]
 *                      [--workloads A,B,C] [--read-cache-mb 64] [--database postgres://…/jobbridge_bench_api] [--redis redis://127.0.0.1:6379] [--cpu-prof DIR]
 * Load-tests the HTTP API as production runs it: the demo county in its own database
 * (DROPPED and recreated), the built API and worker as child processes, and autocannon
 * against (A) the recommendations read path and (B) a mixed read/write workload.
 */

async function main(): Promise<void> {
  const args = parseBenchApiArgs(process.argv.slice(2));
  const queuePrefix = `jobbridge-bench-api-${process.pid}`;
  stopServicesOnExit(() => forgetQueueKeys(args.redis, queuePrefix));
  const port = args.port || (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  // Production refuses the development keys; a fresh pair per run is as good as any.
  const secrets = { PII_KEY: randomBytes(32).toString('hex'), JWT_SECRET: randomBytes(32).toString('base64url') };
  const config = loadConfig({ ...process.env, ...secrets, NODE_ENV: 'production', DATABASE_URL: args.database, REDIS_URL: args.redis, QUEUE_PREFIX: queuePrefix });
  const logDir = mkdtempSync(join(tmpdir(), 'jobbridge-bench-api-'));

  console.log(`JobBridge API benchmark — node ${process.version}, autocannon, ${args.connections} connections, ${args.duration} s per run × ${args.repeat}`);
  console.log(`  target (recommendations): ≥ ${count(TARGET.requestsPerSecond)} req/s with p99 ≤ ${TARGET.p99Ms} ms, no non-2xx`);
  console.log(`  service logs: ${logDir}`);

  heading('Setup');
  const prepared = await timed(() => prepareDemoDatabase(config, args.database));
  const { dataSource, seed } = prepared.value;
  line(`recreate ${new URL(args.database).pathname.slice(1)}, ${prepared.value.migrations} migrations, seed demo county`, seconds(prepared.ms));
  console.log(`    ${seed.county.name}: ${count(seed.seekers.total)} seekers, ${count(seed.positions.open)} open positions, ${seed.accounts.length} demo accounts`);
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...secrets,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: args.database,
      REDIS_URL: args.redis,
      QUEUE_PREFIX: queuePrefix,
      HOST: '127.0.0.1',
      PORT: String(port),
      REBUILD_CRON: 'off',
      READ_CACHE_MB: String(args.readCacheMb),
      // The benchmark measures the API, not the limiter: sign-ins and writes are not capped.
      THROTTLE_LOGIN_LIMIT: '1000000',
      THROTTLE_WRITE_LIMIT: '1000000000',
    };
    const worker = startService({ name: 'worker', entry: 'worker.js', env, logFile: join(logDir, 'worker.log') });
    const api = startService({ name: 'API', entry: 'main.js', env: { ...env, API_PROCESSES: String(args.apiProcesses) }, logFile: join(logDir, 'api.log'), ...profiling(args.cpuProf) });
    const crashed = Promise.race([failOnExit(api), failOnExit(worker)]);
    crashed.catch(() => undefined);
    const started = await timed(() => Promise.race([waitForHealthy(baseUrl, api), crashed]));
    line(`API healthy (dist/src/main.js, API_PROCESSES=${args.apiProcesses}, READ_CACHE_MB=${args.readCacheMb}, NODE_ENV=production, LOG_LEVEL=warn)`, seconds(started.ms));
    const scored = await timed(() => waitUntilScored(dataSource, 5 * 60_000, crashed));
    line('worker scored every seeded seeker and position', seconds(scored.ms));
    line('  seekers with stored recommendations', `${count(scored.value.seekersWithRecommendations)} of ${count(scored.value.matchableSeekers)} matchable`);
    // A live database has planner statistics (autovacuum analyzes after bulk writes); a
    // fresh seed has none until autovacuum's next round, which would change plans mid-run.
    await dataSource.query('ANALYZE');

    const targets = await prepareTargets(baseUrl, dataSource);
    line('sessions signed in (POST /auth/login)', `${targets.sessions.length} over ${new Set(targets.sessions.map((s) => s.username)).size} accounts`);
    line('  seekers the centre accounts read', count(new Set(targets.centreSeekers.map((t) => t.seekerId)).size));

    const chosen = new Set(args.workloads.split(',').map((name) => name.trim().toUpperCase()));
    const measureIf = (letter: string, name: WorkloadName, rate?: number) =>
      chosen.has(letter) ? measure(name, targets, args, baseUrl, dataSource, api, crashed, rate) : Promise.resolve([]);
    const a = await measureIf('A', 'recommendations');
    const paced = await measureIf('A', 'recommendations', TARGET.requestsPerSecond);
    const b = await measureIf('B', 'mixed');
    const c = await measureIf('C', 'baseline');

    heading('Summary against the target');
    for (const [index, run] of a.entries()) {
      line(`A. recommendations, all connections busy, run ${index + 1}: ≥ ${TARGET.requestsPerSecond} req/s`, `${Math.round(run.requestsPerSecond)} req/s ${verdict(carriesTargetRate(run))}`);
    }
    for (const [index, run] of paced.entries()) {
      line(
        `A. recommendations at ${TARGET.requestsPerSecond} req/s offered, run ${index + 1}: p99 ≤ ${TARGET.p99Ms} ms`,
        `${Math.round(run.requestsPerSecond)} req/s, p50 ${ms(run.p50)}, p99 ${ms(run.p99)} ${verdict(meetsLatencyTarget(run))}`,
      );
    }
    for (const [index, run] of b.entries()) {
      line(`B. mixed, run ${index + 1} (no target set)`, `${Math.round(run.requestsPerSecond)} req/s, p99 ${run.p99} ms, non-2xx ${run.non2xx}`);
    }
    for (const [index, run] of c.entries()) {
      line(`C. baseline GET /me, run ${index + 1} (for scale)`, `${Math.round(run.requestsPerSecond)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms`);
    }
    if (args.cpuProf) console.log(`\nAPI CPU profile: ${args.cpuProf}/*.cpuprofile once the API has stopped (open it in Chrome DevTools or speedscope)`);
    if (![...a, ...paced, ...b].every((run) => run.non2xx === 0 && run.errors === 0)) process.exitCode = 1;
  } finally {
    await stopAllServices();
    await forgetQueueKeys(args.redis, queuePrefix).catch(() => undefined);
    await dataSource.destroy();
  }
}

/** node --cpu-prof for the API, and a way to stop it that lets the profile be written. */
function profiling(dir: string): Pick<ServiceOptions, 'nodeFlags' | 'stopSignal'> {
  if (!dir) return {};
  const preload = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'exit-on-signal.js')).href;
  return { nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--import', preload], stopSignal: 'SIGUSR2' };
}

/** A warm-up (not reported), then `repeat` measured runs; the worker catches up between runs so each starts alike. */
async function measure(
  name: WorkloadName,
  targets: BenchTargets,
  args: BenchApiArgs,
  baseUrl: string,
  dataSource: DataSource,
  api: ServiceProcess,
  crashed: Promise<never>,
  /** Requests per second offered at a steady pace; absent = closed loop over `args.connections`. */
  rate?: number,
): Promise<RunFigures[]> {
  const workload: Workload = WORKLOADS[name](targets);
  heading(`${workload.name}: ${workload.description}${rate ? `, ${count(rate)} req/s offered at a steady pace` : ''}`);
  describeMix(workload);
  const load = (seconds: number, seed: number) =>
    rate ? runPacedInThread(baseUrl, name, targets, rate, seconds, seed) : runLoad(baseUrl, workload, args.connections, seconds, seed);
  const run = (seconds: number, seed: number) => Promise.race([load(seconds, seed), crashed]);
  if (args.warmup > 0) await run(args.warmup, 0);
  const runs: RunFigures[] = [];
  for (let i = 1; i <= args.repeat; i++) {
    await waitUntilScored(dataSource, 60_000, crashed);
    const database = new DatabaseCpuMeter(new URL(args.database).pathname.slice(1));
    const before = cpuSnapshot(api.child.pid!);
    const figures = await run(args.duration, i);
    const cpu = cpuBetween(before, cpuSnapshot(api.child.pid!), database.stop(), figures.total);
    runs.push(figures);
    printRun(`run ${i}, ${rate ? 'open loop' : `${args.connections} connections`}, ${args.duration} s`, figures, cpu);
    for (const kind of figures.byKind) {
      if (kind.failedExample) console.log(`      e.g. ${await explainFailure(baseUrl, kind.failedExample)}`);
    }
  }
  return runs;
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await stopAllServices();
  process.exitCode = 1;
});
