import 'reflect-metadata';
import { generateSyntheticCity } from '../../../libs/matching/bench/synthetic-city.js';
import { ENGINE_VERSION } from '../../../libs/matching/index.js';
import { loadConfig } from '../../core/config/load-config.js';
import { loadMatchingSettings } from '../matching-settings.js';
import { parseBenchArgs } from './bench-args.js';
import { openDataSource, recreateDatabase } from './bench-database.js';
import { runBruteForce } from './brute-force.js';
import { writeCity } from './city-writer.js';
import { runEngineAlone, sampleSeekers, timeEnginePerSeeker } from './engine-alone.js';
import { measureNewPositions, measureSeekerUpdates, type LatencyResult } from './latency.js';
import { WorkerFleet } from './worker-rebuild.js';
import { count, heading, line, mb, MemoryPeaks, millis, percentile, seconds, timed, timedSync } from './stats.js';

/**
 * npm run bench:matching -- [--seekers 100000] [--positions 10000] [--brute-seekers 300]
 *                           [--database postgres://…/jobbridge_bench] [--latency-samples 50] [--seed 42]
 * Measures the recommendation engine alone, a full rebuild through the worker's real code
 * and PostgreSQL, the latency of one change, memory, and a brute-force TF-IDF baseline.
 * The database named by --database is DROPPED and recreated.
 */

const TARGET = { rebuildSeconds: 60, newPositionP95Ms: 200, speedRatio: 20 };

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const config = loadConfig({
    ...process.env,
    REDIS_URL: args.redis === 'off' ? '' : args.redis,
    QUEUE_PREFIX: `jobbridge-bench-${process.pid}`,
  });
  const settings = loadMatchingSettings(config);
  const memory = new MemoryPeaks();
  const now = new Date().toISOString();
  console.log(`JobBridge matching benchmark — engine ${ENGINE_VERSION}, node ${process.version}`);
  console.log(`  city: ${count(args.seekers)} seekers × ${count(args.positions)} positions (seed ${args.seed}), now ${now}`);
  console.log(`  kept: top ${settings.topPerSeeker} per seeker, top ${settings.topPerPosition} per position`);
  console.log(`  targets: full rebuild end to end ≤ ${TARGET.rebuildSeconds} s; new position → stored candidates ≤ ${TARGET.newPositionP95Ms} ms p95; engine vs brute force ≥ ${TARGET.speedRatio}×`);

  const generated = timedSync(() => generateSyntheticCity({ seed: args.seed, seekers: args.seekers, positions: args.positions, now }));
  const city = generated.value;
  line('generate synthetic city (not timed below)', seconds(generated.ms));

  heading('1. Engine alone (no database)');
  const alone = runEngineAlone(city, now, settings.topPerSeeker, settings.topPerPosition, settings.weights);
  memory.sample();
  const nm = args.seekers * args.positions;
  const pairs = alone.seekerPairs + alone.positionPairs;
  line('index positions', seconds(alone.indexPositionsMs));
  line('index seekers', seconds(alone.indexSeekersMs));
  line(`top-${settings.topPerSeeker} for every seeker (${count(alone.queriedSeekers)})`, seconds(alone.seekerRebuildMs));
  line(`top-${settings.topPerPosition} for every position (${count(alone.queriedPositions)})`, seconds(alone.positionRebuildMs));
  line('full rebuild (index + both sides)', seconds(alone.indexPositionsMs + alone.indexSeekersMs + alone.seekerRebuildMs + alone.positionRebuildMs));
  line('matches produced (seeker side / position side)', `${count(alone.seekerMatches)} / ${count(alone.positionMatches)}`);
  line('pairs scored, seeker side', count(alone.seekerPairs));
  line('pairs scored, position side', count(alone.positionPairs));
  line('N × M', count(nm));
  line('pairs scored / N×M (seeker side)', `${((100 * alone.seekerPairs) / nm).toFixed(3)} %`);
  line('pairs scored / N×M (both sides)', `${((100 * pairs) / nm).toFixed(3)} % (N×M is ${(nm / Math.max(1, pairs)).toFixed(1)}× more)`);

  heading(`5. Straightforward approach: natural TfIdf, every pair, ${args.bruteSeekers} seekers × all positions`);
  const sample = sampleSeekers(city.seekers, args.bruteSeekers);
  const enginePerSeeker = timeEnginePerSeeker(alone.engine, sample, settings.topPerSeeker);
  const brute = runBruteForce(city.positions, sample, settings.topPerSeeker);
  memory.sample();
  const ratio = brute.perSeekerMs / enginePerSeeker;
  line(`brute force: index ${count(brute.positions)} position documents`, seconds(brute.indexMs));
  line(`brute force: time per seeker (${count(brute.seekers)} seekers, ${count(brute.pairsScored)} pairs)`, millis(brute.perSeekerMs));
  line(`engine ranking: time per seeker (same ${count(sample.length)})`, millis(enginePerSeeker));
  line('engine full rebuild: time per seeker (seeker side)', millis(alone.seekerRebuildMs / Math.max(1, alone.queriedSeekers)));
  line(`speed ratio brute / engine (target ≥ ${TARGET.speedRatio}×)`, `${ratio.toFixed(1)}× ${verdict(ratio >= TARGET.speedRatio)}`);
  console.log('  (both only rank; the engine also applies the hard rules and 12 features, the baseline scores text alone)');
  const engineAloneTotal = alone.indexPositionsMs + alone.indexSeekersMs + alone.seekerRebuildMs + alone.positionRebuildMs;
  // Release the engine-alone state before the database phases allocate their own.
  (alone as { engine?: unknown }).engine = undefined;

  heading('2. End to end with PostgreSQL');
  const migrations = await timed(() => recreateDatabase(config, args.database));
  line(`recreate ${new URL(args.database).pathname.slice(1)} + migrations (${migrations.value.length})`, seconds(migrations.ms));
  const dataSource = await openDataSource(config, args.database);
  try {
    const written = await timed(() => writeCity(dataSource, city));
    let rebuildMs = 0;
    let positions: LatencyResult = { samples: [], stored: [] };
    let workerRss: number[] = [];
    const rows = Object.entries(written.value.rows).map(([table, n]) => `${table} ${count(n)}`).join(', ');
    line('bulk write of the city (not part of the rebuild)', seconds(written.ms));
    console.log(`    rows: ${rows}`);
    const fleet = await WorkerFleet.start(dataSource, config, args.database, args.workers);
    try {
      const rebuild = await fleet.rebuild();
      const done = rebuild.progress;
      memory.sample();
      console.log(`  full rebuild through the queue by ${args.workers} worker processes, ${done.totalChunks} chunks`);
      console.log('  (from RebuildService.start to the run recorded as completed; each worker loads its');
      console.log('   engine from PostgreSQL, ranks the chunks it takes and writes their lists)');
      line(`full rebuild end to end (target ≤ ${TARGET.rebuildSeconds} s)`, `${seconds(rebuild.totalMs)} ${verdict(rebuild.totalMs <= TARGET.rebuildSeconds * 1000)}`);
      line('subjects rebuilt (seekers / positions)', `${count(done.seekers)} / ${count(done.positions)}`);
      line('pairs scored', count(done.pairsScored));
      line('matches stored (top lists written)', count(done.matchesStored));
      // The nightly case: the lists are in place and only what changed is written.
      const again = await fleet.rebuild();
      line(`full rebuild again, over the stored lists (target ≤ ${TARGET.rebuildSeconds} s)`, `${seconds(again.totalMs)} ${verdict(again.totalMs <= TARGET.rebuildSeconds * 1000)}`);
      rebuildMs = Math.max(rebuild.totalMs, again.totalMs);

      heading(`3. Latency of one change through the queue and the workers (${args.latencySamples} samples each)`);
      console.log('  (from the committed change, relayed as the API does after a commit, to its lists stored)');
      positions = await measureNewPositions(dataSource, fleet.settle, city, written.value, args.latencySamples);
      line('new position → candidates stored, p50', millis(percentile(positions.samples, 50)));
      line(`new position → candidates stored, p95 (target ≤ ${TARGET.newPositionP95Ms} ms)`, `${millis(percentile(positions.samples, 95))} ${verdict(percentile(positions.samples, 95) <= TARGET.newPositionP95Ms)}`);
      line('  candidates stored per new position (min / median)', `${Math.min(...positions.stored)} / ${percentile(positions.stored, 50)}`);
      const seekers = await measureSeekerUpdates(dataSource, fleet.settle, city, written.value, args.latencySamples);
      line('seeker updated → recommendations stored, p50', millis(percentile(seekers.samples, 50)));
      line('seeker updated → recommendations stored, p95', millis(percentile(seekers.samples, 95)));
      line('  recommendations stored per seeker (min / median)', `${Math.min(...seekers.stored)} / ${percentile(seekers.stored, 50)}`);
      workerRss = fleet.peakRssMb();
    } finally {
      await fleet.stop();
    }
    memory.stop();

    heading('4. Memory');
    line('benchmark process (engine alone, city): peak rss', mb(memory.rss));
    line('benchmark process: peak heapUsed', mb(memory.heapUsed));
    line('each worker process: peak rss', workerRss.map((m) => `${m} MB`).join(', '));

    heading('Summary against targets');
    line(`engine-only full rebuild`, seconds(engineAloneTotal));
    line(`full rebuild end to end ≤ ${TARGET.rebuildSeconds} s (slower of the two)`, `${seconds(rebuildMs)} ${verdict(rebuildMs <= TARGET.rebuildSeconds * 1000)}`);
    line(`new position → stored candidates p95 ≤ ${TARGET.newPositionP95Ms} ms`, `${millis(percentile(positions.samples, 95))} ${verdict(percentile(positions.samples, 95) <= TARGET.newPositionP95Ms)}`);
    line(`engine vs brute force ≥ ${TARGET.speedRatio}×`, `${ratio.toFixed(1)}× ${verdict(ratio >= TARGET.speedRatio)}`);
  } finally {
    await dataSource.destroy();
  }
}

const verdict = (ok: boolean): string => (ok ? '[met]' : '[MISSED]');

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
