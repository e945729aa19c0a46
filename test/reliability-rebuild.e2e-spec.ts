import type { ChildProcess } from 'node:child_process';
import { generateSyntheticCity } from '../libs/matching/bench/synthetic-city.js';
import { writeCity } from '../src/matching/bench/city-writer.js';
import { MATCHING_SETTINGS, type MatchingSettings } from '../src/matching/matching-settings.js';
import { MatchingService } from '../src/matching/matching.service.js';
import { QUEUES } from '../src/core/queues/queue-names.js';
import { QueuesService } from '../src/core/queues/queues.service.js';
import { storedLists } from './support/match-lists.js';
import { createScratchDatabase } from './support/scratch-database.js';
import { createTestApp, eventually, type TestApp } from './support/test-app.js';
import { startTestWorkerProcess, stopWorkerProcess } from './support/worker-process.js';

const FIRST_ID = '00000000-0000-0000-0000-000000000000';
const LAST_ID = 'ffffffff-ffff-ffff-ffff-ffffffffffff';

/**
 * A worker process killed (SIGKILL) in the middle of a full rebuild: its claimed chunks
 * are taken over by the worker started in its place, and the stored matches equal those
 * of an uninterrupted rebuild as of the same instant.
 */
describe('reliability: a worker killed during a full rebuild', () => {
  let t: TestApp;
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  const workers: ChildProcess[] = [];
  // Small chunks so the run is still going when the worker dies; a short claim so the
  // replacement takes its chunks over within seconds instead of the default half minute.
  const settings = { REBUILD_CHUNK_SIZE: '60', JOB_LOCK_MS: '2000', WORKER_CONCURRENCY: '2' };
  let workerEnv: Record<string, string>;

  beforeAll(async () => {
    // The synthetic city lies in the demo county's codes: a database of its own keeps it from the other suites.
    database = await createScratchDatabase('rebuild');
    workerEnv = { ...settings, DATABASE_URL: database.url };
    t = await createTestApp(workerEnv);
    await writeCity(t.dataSource, generateSyntheticCity({ seed: 11, seekers: 1500, positions: 150, now: new Date().toISOString() }));
  }, 60_000);
  afterAll(async () => {
    await Promise.all(workers.map((worker) => stopWorkerProcess(worker, 'SIGTERM')));
    await t?.close();
    await database?.drop();
  });

  it('finishes with another worker and stores exactly what an uninterrupted rebuild stores', async () => {
    const first = await startTestWorkerProcess(workerEnv);
    workers.push(first);
    const run = (await t.http.post('/matching/rebuilds').expect(202)).body;
    expect(run.totalChunks).toBeGreaterThan(10);

    await eventually(async () => {
      const progress = (await t.http.get(`/matching/rebuilds/${run.id}`).expect(200)).body;
      return progress.completedChunks >= 3 && progress.status === 'running';
    }, 60_000, 20);
    await stopWorkerProcess(first, 'SIGKILL');
    const atKill = (await t.http.get(`/matching/rebuilds/${run.id}`).expect(200)).body;
    expect(atKill.status).toBe('running');
    expect(atKill.completedChunks).toBeLessThan(atKill.totalChunks);

    workers.push(await startTestWorkerProcess(workerEnv));
    const done = await eventually(async () => {
      const progress = (await t.http.get(`/matching/rebuilds/${run.id}`).expect(200)).body;
      return progress.status !== 'running' ? progress : undefined;
    }, 90_000, 250);
    expect(done).toMatchObject({ status: 'completed', percent: 100, completedChunks: run.totalChunks });
    // The killed worker was in the middle of a chunk: the replacement found it stalled and did it again.
    const queue = t.app.get(QueuesService).get(QUEUES.matching);
    const chunks = await Promise.all(Array.from({ length: run.totalChunks }, (_, chunk) => queue.getJob(`rebuild-${run.id}-${chunk}`)));
    expect(chunks.filter((job) => (job?.stalledCounter ?? 0) > 0).length).toBeGreaterThan(0);
    const interrupted = await storedLists(t.dataSource);
    expect(interrupted.recommendations.length).toBeGreaterThan(1000);

    // The same rebuild, uninterrupted, in one go and as of the run's instant.
    const matching = new MatchingService(t.dataSource, t.app.get<MatchingSettings>(MATCHING_SETTINGS, { strict: false }));
    const asOf = new Date(run.startedAt);
    await matching.rebuildRange('seeker', FIRST_ID, LAST_ID, asOf);
    await matching.rebuildRange('position', FIRST_ID, LAST_ID, asOf);
    expect(await storedLists(t.dataSource)).toEqual(interrupted);
  }, 180_000);
});
