import type { INestApplicationContext } from '@nestjs/common';
import { MatchingService } from '../src/matching/matching.service.js';
import { createEnterprise, createRegionTree } from './support/factories.js';
import { storedLists, unscoredSubjects } from './support/match-lists.js';
import { positionBody } from './support/position-factories.js';
import { PrivateRedis } from './support/private-redis.js';
import { seekerPayload } from './support/seeker-factories.js';
import { createTestApp, createTestWorker, eventually, type TestApp } from './support/test-app.js';

/**
 * Redis goes away: the API keeps accepting writes (each change is in the outbox, written
 * in the same transaction), and once Redis is back, empty, every change is scored. A
 * Redis of the test's own is killed, so the machine's is never touched.
 */
describe('reliability: Redis down during a burst of writes', () => {
  let redis: PrivateRedis;
  let t: TestApp;
  let worker: INestApplicationContext;
  // A quick sweep for the test; the service's default waits a minute.
  const workerEnv = () => ({ REDIS_URL: redis.url, OUTBOX_REDELIVER_AFTER_SECONDS: '2' });

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    t = await createTestApp({ REDIS_URL: redis.url });
    worker = await createTestWorker(workerEnv());
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await redis?.kill();
  });

  /**
   * Seekers and positions of a trade no other suite uses, far from every other test
   * record: their lists are decided among themselves, so "as if Redis had stayed up" is
   * what the engine computes from the final data.
   */
  const trade = { occupationCode: '6-02-06-03', title: '茶叶加工工', skills: ['杀青', '揉捻'], lat: 43.82, lng: 87.61 };

  it('scores every change made while Redis was down, exactly as a fresh rescore would', async () => {
    const tree = await createRegionTree(t.dataSource);
    const enterprise = await createEnterprise(t.dataSource, { regionCode: tree.community.code });
    const positions: string[] = [];
    const seekers: string[] = [];
    const write = async (step: number) => {
      if (step % 3 === 0) {
        const body = positionBody(enterprise.id, {
          title: `${trade.title}${step}`, occupationCode: trade.occupationCode, skills: trade.skills, description: '茶厂招聘茶叶加工工，负责杀青、揉捻。',
          workSlots: [], latitude: trade.lat, longitude: trade.lng, salaryMin: 3000 + step * 50, salaryMax: 6000 + step * 50,
        });
        const created = (await t.http.post('/positions').send(body).expect(201)).body;
        await t.http.post(`/positions/${created.id}/status`).send({ status: 'open' }).expect(200);
        positions.push(created.id);
      } else if (step % 3 === 1 || seekers.length === 0) {
        const payload = seekerPayload(tree.grid.code, {
          skills: trade.skills.slice(0, 1 + (step % 2)), experience: [{ title: trade.title, employer: '某茶厂', years: 1 + (step % 5) }],
          desiredTitles: [trade.title], desiredOccupationCodes: [trade.occupationCode], availability: [], latitude: trade.lat, longitude: trade.lng,
          maxTravelKm: 20, desiredSalaryMin: 2500 + step * 40,
        });
        seekers.push((await t.http.post('/seekers').send(payload).expect(201)).body.id);
      } else {
        // Changes to records already scored (or waiting): the newest one must win.
        await t.http.patch(`/seekers/${seekers[step % seekers.length]}`).send({ desiredSalaryMin: 2000 + step * 30 }).expect(200);
        if (positions.length > 0) await t.http.patch(`/positions/${positions[step % positions.length]}`).send({ salaryMax: 6500 + step * 20 }).expect(200);
      }
    };

    let step = 0;
    for (; step < 12; step++) await write(step);
    await redis.kill();
    // What needs the queue itself says so at once, instead of hanging.
    const refused = await t.http.post('/matching/rebuilds');
    expect(refused.status).toBe(503);
    expect(refused.body.error).toBe('BACKEND_TIMEOUT');
    expect((await t.anonymous.get('/health')).status).toBe(503);
    const whileDown = Date.now();
    for (; step < 30; step++) await write(step);
    // Writes went on at their usual pace: nothing waited for Redis.
    expect(Date.now() - whileDown).toBeLessThan(20_000);
    const [{ pending }] = await t.dataSource.query(
      `SELECT count(*)::int AS pending FROM domain_change WHERE subject_id = ANY($1::uuid[]) AND relayed_at IS NULL`,
      [[...seekers, ...positions]],
    );
    expect(pending).toBeGreaterThan(0);

    await redis.start();
    for (; step < 36; step++) await write(step);

    const subjects = [...seekers, ...positions];
    await eventually(async () => (await unscoredSubjects(t.dataSource, subjects)).length === 0, 90_000, 250);

    const stored = await storedLists(t.dataSource, seekers, positions);
    expect(new Set(stored.recommendations.map((row) => row.seeker_id)).size).toBe(seekers.length);
    expect(new Set(stored.candidates.map((row) => row.position_id)).size).toBe(positions.length);
    // Scoring everything once more from the final data changes nothing: no change was lost or applied stale.
    const matching = worker.get(MatchingService, { strict: false });
    await matching.refreshPositions(positions);
    await matching.refreshSeekers(seekers);
    expect(await storedLists(t.dataSource, seekers, positions)).toEqual(stored);
  }, 150_000);

  it('sends again a change the queue lost after it was relayed', async () => {
    await worker.close();
    const tree = await createRegionTree(t.dataSource);
    const seekerId = (await t.http.post('/seekers').send(seekerPayload(tree.grid.code)).expect(201)).body.id as string;
    // The API relayed it to a queue no worker is reading ...
    await eventually(async () => {
      const [row] = await t.dataSource.query(`SELECT relayed_at FROM domain_change WHERE subject_id = $1`, [seekerId]);
      return row?.relayed_at ? row : undefined;
    });
    // ... and Redis restarts empty, the job gone with it.
    await redis.kill();
    await redis.start();
    worker = await createTestWorker(workerEnv());
    await eventually(async () => (await unscoredSubjects(t.dataSource, [seekerId])).length === 0, 30_000, 250);
    const [{ relays }] = await t.dataSource.query(`SELECT count(*)::int AS relays FROM domain_change WHERE subject_id = $1`, [seekerId]);
    expect(relays).toBe(1);
  }, 60_000);
});
