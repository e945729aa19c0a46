import { QUEUES } from '../src/core/queues/queue-names.js';
import { QueuesService } from '../src/core/queues/queues.service.js';
import { NIGHTLY_REBUILD_SCHEDULER } from '../src/matching/nightly-rebuild.scheduler.js';
import { createEnterprise, createRegionTree } from './support/factories.js';
import { createCertificateType, positionBody } from './support/position-factories.js';
import { createSeeker, uniqueCertificateNumber } from './support/seeker-factories.js';
import { createTestAppWithWorker, createTestWorker, eventually, type TestAppWithWorker } from './support/test-app.js';

/**
 * The whole matching path on the real PostgreSQL and Redis: API writes → outbox → queue →
 * worker scores with the engine → stored matches → API reads, explains, hides dismissed.
 */
describe('matching end to end', () => {
  let t: TestAppWithWorker;
  beforeAll(async () => {
    t = await createTestAppWithWorker({ REBUILD_CRON: 'off' });
  });
  afterAll(() => t.close());

  async function openWelderPosition() {
    const { community } = await createRegionTree(t.dataSource);
    const enterprise = await createEnterprise(t.dataSource, { regionCode: community.code });
    const welding = await createCertificateType(t.dataSource);
    const created = await t.http
      .post('/positions')
      .send(
        positionBody(enterprise.id, {
          regionCode: community.code,
          latitude: 36.18,
          longitude: 116.77,
          workSlots: [],
          certificateRequirements: [{ certificateTypeId: welding.id, minLevel: 4, mandatory: true }],
        }),
      )
      .expect(201);
    await t.http.post(`/positions/${created.body.id}/status`).send({ status: 'open' }).expect(200);
    return { position: created.body, community, welding };
  }

  async function certifiedWelder(regionCode: string, certificateTypeId: string, level: number) {
    const seeker = await createSeeker(t, regionCode, { availability: [] });
    const certificate = await t.http
      .post(`/seekers/${seeker.id}/certificates`)
      .send({ certificateTypeId, level, certificateNumber: uniqueCertificateNumber(), issuer: '泰安市职业技能鉴定中心', issuedOn: '2022-05-01' })
      .expect(201);
    await t.http
      .post(`/seekers/${seeker.id}/certificates/${certificate.body.id}/verify`)
      .send({})
      .expect(200);
    return seeker;
  }

  const candidateIds = async (positionId: string) =>
    (await t.http.get(`/positions/${positionId}/candidates?pageSize=100`).expect(200)).body.items.map(
      (c: { seekerId: string }) => c.seekerId,
    );

  it('ranks a certified welder for the position, keeps the uncertified one out, and explains why', async () => {
    const { position, community, welding } = await openWelderPosition();
    const certified = await certifiedWelder(community.code, welding.id, 3);
    const uncertified = await createSeeker(t, community.code, { availability: [] });

    const found = await eventually(async () => {
      const ids = await candidateIds(position.id);
      return ids.includes(certified.id) ? ids : undefined;
    }, 20_000);
    expect(found).not.toContain(uncertified.id);

    // Other suites add welder positions too: look through the whole stored list, not the first page.
    const recommendations = await t.http.get(`/seekers/${certified.id}/recommendations?pageSize=100`).expect(200);
    const top = recommendations.body.items.find((r: { positionId: string }) => r.positionId === position.id);
    expect(top.score).toBeGreaterThan(0);
    expect(top.reasons.map((r: { zh: string }) => r.zh).join(' ')).toMatch(/焊工/);

    const explained = await t.http
      .get(`/matches/explain?seekerId=${uncertified.id}&positionId=${position.id}`)
      .expect(200);
    expect(explained.body.eligible).toBe(false);
    expect(explained.body.gaps.map((g: { zh: string }) => g.zh)).toContain('缺少焊工四级证书');
  });

  it('offers a newly opened position to seekers who were scored before it existed', async () => {
    const first = await openWelderPosition();
    const seeker = await certifiedWelder(first.community.code, first.welding.id, 3);
    await eventually(async () => {
      const [row] = await t.dataSource.query(
        `SELECT scored_at FROM match_subject_state WHERE subject_type = 'seeker' AND subject_id = $1`,
        [seeker.id],
      );
      return row?.scored_at ? row : undefined;
    }, 20_000);

    // A second position, same trade, next door: only the position is rescored.
    const enterprise = await createEnterprise(t.dataSource, { regionCode: first.community.code });
    const created = await t.http
      .post('/positions')
      .send(
        positionBody(enterprise.id, {
          regionCode: first.community.code,
          workSlots: [],
          certificateRequirements: [{ certificateTypeId: first.welding.id, minLevel: 4, mandatory: true }],
        }),
      )
      .expect(201);
    await t.http.post(`/positions/${created.body.id}/status`).send({ status: 'open' }).expect(200);
    await eventually(async () => {
      const page = await t.http.get(`/seekers/${seeker.id}/recommendations?pageSize=100`).expect(200);
      return page.body.items.some((r: { positionId: string }) => r.positionId === created.body.id);
    }, 20_000);
  });

  it('hides a dismissed position and validates feedback', async () => {
    const { position, community, welding } = await openWelderPosition();
    const seeker = await certifiedWelder(community.code, welding.id, 4);
    const listed = async () =>
      (await t.http.get(`/seekers/${seeker.id}/recommendations?pageSize=100`).expect(200)).body.items.map(
        (r: { positionId: string }) => r.positionId,
      );
    await eventually(async () => (await listed()).includes(position.id), 20_000);

    await t.http
      .post(`/seekers/${seeker.id}/recommendations/${position.id}/feedback`)
      .send({ kind: 'dismissed' })
      .expect(201);
    expect(await listed()).not.toContain(position.id);

    const bad = await t.http.post(`/seekers/${seeker.id}/recommendations/${position.id}/feedback`).send({ kind: 'loved' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('kind');
  });

  it('drops candidates when the position closes', async () => {
    const { position, community, welding } = await openWelderPosition();
    const seeker = await certifiedWelder(community.code, welding.id, 2);
    await eventually(async () => (await candidateIds(position.id)).includes(seeker.id), 20_000);
    await t.http.post(`/positions/${position.id}/status`).send({ status: 'closed' }).expect(200);
    await eventually(async () => {
      const [row] = await t.dataSource.query(
        `SELECT (SELECT count(*) FROM position_candidate WHERE position_id = $1)
              + (SELECT count(*) FROM seeker_recommendation WHERE position_id = $1) AS n`,
        [position.id],
      );
      return Number(row.n) === 0;
    }, 20_000);
  });

  it('runs a full rebuild in chunks and reports its progress', async () => {
    const { position, community, welding } = await openWelderPosition();
    const seeker = await certifiedWelder(community.code, welding.id, 3);
    const started = await t.http.post('/matching/rebuilds').expect(202);
    expect(started.body).toMatchObject({ status: expect.any(String), totalChunks: expect.any(Number) });
    const done = await eventually(async () => {
      const progress = await t.http.get(`/matching/rebuilds/${started.body.id}`).expect(200);
      return progress.body.status === 'completed' ? progress.body : undefined;
    }, 30_000);
    expect(done.completedChunks).toBe(done.totalChunks);
    expect(done.percent).toBe(100);
    expect(done.pairsScored).toBeGreaterThan(0);
    expect(await candidateIds(position.id)).toContain(seeker.id);
    const latest = await t.http.get('/matching/rebuilds/latest').expect(200);
    expect(latest.body.id).toBe(started.body.id);
  });

  it('filters recommendations by employment type, salary and region', async () => {
    const { position, community, welding } = await openWelderPosition();
    const seeker = await certifiedWelder(community.code, welding.id, 3);
    const listed = async (query: string) =>
      (await t.http.get(`/seekers/${seeker.id}/recommendations?pageSize=100&${query}`).expect(200)).body.items.map(
        (r: { positionId: string }) => r.positionId,
      );
    await eventually(async () => (await listed('')).includes(position.id), 20_000);
    expect(await listed('employmentType=full_time')).toContain(position.id);
    const pastTheEnd = await t.http.get(`/seekers/${seeker.id}/recommendations?page=999&pageSize=10`).expect(200);
    expect(pastTheEnd.body.items).toEqual([]);
    expect(pastTheEnd.body.total).toBeGreaterThan(0);
    expect(await listed('employmentType=part_time')).not.toContain(position.id);
    expect(await listed('minSalary=8000')).toContain(position.id);
    expect(await listed('minSalary=8001')).not.toContain(position.id);
    expect(await listed(`regionCode=${community.code}`)).toContain(position.id);
    const other = await createRegionTree(t.dataSource);
    expect(await listed(`regionCode=${other.district.code}`)).not.toContain(position.id);
    const bad = await t.http.get(`/seekers/${seeker.id}/recommendations?employmentType=forever`).expect(400);
    expect(bad.body.errors[0].field).toBe('employmentType');
  });

  it('keeps the nightly rebuild as a job scheduler in Asia/Shanghai', async () => {
    const nightly = await createTestWorker({ REBUILD_CRON: '30 1 * * *' });
    try {
      const queue = nightly.get(QueuesService, { strict: false }).get(QUEUES.matching);
      const scheduler = await queue.getJobScheduler(NIGHTLY_REBUILD_SCHEDULER);
      expect(scheduler).toMatchObject({ pattern: '30 1 * * *', tz: 'Asia/Shanghai' });
    } finally {
      await nightly.close();
    }
  });

  it('answers 404 for unknown subjects and 400 for malformed ids', async () => {
    await t.http.get('/seekers/00000000-0000-4000-8000-000000000000/recommendations').expect(404);
    await t.http.get('/positions/not-a-uuid/candidates').expect(400);
    const explain = await t.http.get('/matches/explain?seekerId=abc').expect(400);
    expect(explain.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['positionId', 'seekerId']);
  });
});
