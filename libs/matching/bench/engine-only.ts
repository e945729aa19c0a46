import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { MatchingEngine } from '../engine.js';
import { generateSyntheticCity } from './synthetic-city.js';

/**
 * Engine-only full rebuild on a synthetic county: index everything, then top-K for every
 * seeker and for every position, explanations included. Prints wall and CPU time and the
 * pairs actually scored against N × M. With --workers W the rebuild is sharded over W
 * worker threads by id hash (as the service shards it over BullMQ jobs); each worker
 * indexes the whole city, as each service worker does.
 *   npm run build && node dist/libs/matching/bench/engine-only.js \
 *     [--seekers 100000] [--positions 10000] [--limit 10] [--seed 42] [--workers 2]
 */

interface Options {
  seekers: number;
  positions: number;
  limit: number;
  seed: number;
  workers: number;
}

interface ShardReport {
  timings: [string, number, number][];
  seekerPairs: number;
  positionPairs: number;
  seekerMatches: number;
  seekersServed: number;
  positionMatches: number;
  work: MatchingEngine['indexWork'];
  heapMb: number;
}

const NOW = '2025-03-01T08:00:00Z';

const readOptions = (): Options => {
  const argument = (name: string, fallback: number): number => {
    const at = process.argv.indexOf(`--${name}`);
    return at >= 0 ? Number(process.argv[at + 1]) : fallback;
  };
  return {
    seekers: argument('seekers', 100_000),
    positions: argument('positions', 10_000),
    limit: argument('limit', 10),
    seed: argument('seed', 42),
    workers: argument('workers', 1),
  };
};

/** One shard of the rebuild; timings are [label, wall s, cpu s]. */
const runShard = (options: Options, shard: { index: number; count: number }): ShardReport => {
  const timings: [string, number, number][] = [];
  const measure = <T>(label: string, fn: () => T): T => {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    const result = fn();
    const used = process.cpuUsage(cpu);
    timings.push([label, (performance.now() - wall) / 1000, (used.user + used.system) / 1e6]);
    return result;
  };
  const city = measure('generate the city', () =>
    generateSyntheticCity({ seed: options.seed, seekers: options.seekers, positions: options.positions, now: NOW }),
  );
  const engine = new MatchingEngine({ now: NOW });
  measure('index positions', () => engine.indexPositions(city.positions));
  measure('index seekers', () => engine.indexSeekers(city.seekers));
  let seekerMatches = 0;
  let seekersServed = 0;
  measure(`top-${options.limit} for every seeker`, () => {
    for (const { matches } of engine.recommendAll({ limit: options.limit, shard })) {
      seekerMatches += matches.length;
      if (matches.length) seekersServed++;
    }
  });
  const seekerPairs = engine.stats.pairsScored;
  let positionMatches = 0;
  measure(`top-${options.limit} for every position`, () => {
    for (const { matches } of engine.candidatesForAll({ limit: options.limit, shard })) positionMatches += matches.length;
  });
  return {
    timings,
    seekerPairs,
    positionPairs: engine.stats.pairsScored - seekerPairs,
    seekerMatches,
    seekersServed,
    positionMatches,
    work: engine.indexWork,
    heapMb: process.memoryUsage().heapUsed / 2 ** 20,
  };
};

const main = async (): Promise<void> => {
  const options = readOptions();
  const started = performance.now();
  const reports: ShardReport[] =
    options.workers <= 1
      ? [runShard(options, { index: 0, count: 1 })]
      : await Promise.all(
          Array.from({ length: options.workers }, (_, index) =>
            new Promise<ShardReport>((resolve, reject) => {
              const worker = new Worker(new URL(import.meta.url), { workerData: { options, shard: { index, count: options.workers } } });
              worker.once('message', resolve);
              worker.once('error', reject);
            }),
          ),
        );
  const wall = (performance.now() - started) / 1000;

  console.log(`engine-only rebuild: ${options.seekers} seekers × ${options.positions} positions, top-${options.limit}, ${reports.length} worker(s)`);
  // Node 20 has no per-thread CPU clock: CPU time is shown for a single worker only, where
  // it tells how much of the wall time was ours on a shared machine.
  reports.forEach((report, shard) => {
    for (const [label, w, cpu] of report.timings) {
      const cpuText = reports.length === 1 ? ` ${cpu.toFixed(2).padStart(7)} s cpu` : '';
      console.log(`  [${shard}] ${label.padEnd(30)} ${w.toFixed(2).padStart(7)} s wall${cpuText}`);
    }
  });
  const sum = (pick: (r: ShardReport) => number): number => reports.reduce((total, r) => total + pick(r), 0);
  const all = options.seekers * options.positions;
  const percent = (n: number): string => `${((100 * n) / all).toFixed(2)} % of N×M`;
  const seekerPairs = sum((r) => r.seekerPairs);
  const positionPairs = sum((r) => r.positionPairs);
  console.log(`total wall time (generate + index + both rebuilds): ${wall.toFixed(2)} s`);
  console.log(`N×M = ${all.toLocaleString('en')}`);
  console.log(`pairs scored, seeker side:   ${seekerPairs.toLocaleString('en')} (${percent(seekerPairs)})`);
  console.log(`pairs scored, position side: ${positionPairs.toLocaleString('en')} (${percent(positionPairs)})`);
  console.log(
    `matches: ${sum((r) => r.seekerMatches).toLocaleString('en')} for ${sum((r) => r.seekersServed).toLocaleString('en')} seekers, ` +
      `${sum((r) => r.positionMatches).toLocaleString('en')} for positions`,
  );
  const w = reports[0].work;
  const perQuery = (x: { queries: number; postingsWalked: number; touched: number }): string =>
    `${Math.round(x.postingsWalked / Math.max(1, x.queries))} postings walked, ${Math.round(x.touched / Math.max(1, x.queries))} touched per query`;
  console.log(`candidate generation, seeker → positions: ${perQuery(w.positions)}`);
  console.log(`candidate generation, position → seekers: ${perQuery(w.seekers)}`);
  console.log(`heap used per worker: ${reports.map((r) => `${r.heapMb.toFixed(0)} MB`).join(', ')}`);
};

if (isMainThread) {
  await main();
} else {
  const { options, shard } = workerData as { options: Options; shard: { index: number; count: number } };
  parentPort!.postMessage(runShard(options, shard));
}
