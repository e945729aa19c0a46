import { createEnterprise, createRegionTree } from './support/factories.js';
import { createPosition } from './support/position-factories.js';
import { createSeeker } from './support/seeker-factories.js';
import { createTestApp, eventually, type TestApp } from './support/test-app.js';

/**
 * The API's cache of whole pages and of live sessions: a second read is served from it,
 * and a change made anywhere (this process's routes, another process writing PostgreSQL,
 * the worker's lists) is seen; without PostgreSQL's notifications nothing is cached.
 */
describe('read cache: pages and sessions kept until their tables change', () => {
  let t: TestApp;
  let A: Awaited<ReturnType<typeof createRegionTree>>;
  let B: Awaited<ReturnType<typeof createRegionTree>>;
  let seekerId: string;
  const positions: string[] = [];

  const recommend = (positionId: string, score: number) =>
    t.dataSource.query(`INSERT INTO seeker_recommendation (seeker_id, position_id, score, computed_at) VALUES ($1, $2, $3, now())`, [seekerId, positionId, score]);
  const page = async (client = t.http) => {
    const response = await client.get(`/seekers/${seekerId}/recommendations`);
    expect(response.status).toBe(200);
    const body = response.body as { items: Array<{ positionId: string; title: string }>; total: number };
    return { cache: response.headers['x-read-cache'], body, titles: body.items.map((item) => item.title) };
  };
  /** Reads until the cache serves the page: any earlier change's notification has arrived. */
  const settled = () => eventually(async () => (await page()).cache === 'hit' && (await page()));

  beforeAll(async () => {
    t = await createTestApp({ REBUILD_CRON: 'off' });
    A = await createRegionTree(t.dataSource);
    B = await createRegionTree(t.dataSource);
    const enterprise = await createEnterprise(t.dataSource, { regionCode: A.community.code });
    for (const title of ['焊工', '叉车司机', '保洁员']) {
      positions.push((await createPosition(t.dataSource, { enterpriseId: enterprise.id, regionCode: A.community.code, status: 'open', title })).id);
    }
    seekerId = (await createSeeker(t, A.grid.code)).id;
    await recommend(positions[0]!, 0.9);
    await recommend(positions[1]!, 0.8);
  });

  afterAll(() => t.close());

  it('serves the same page from the cache on the next read', async () => {
    const first = await settled();
    const second = await page();
    expect(second.cache).toBe('hit');
    expect(second.body).toEqual(first.body);
    expect(second.titles).toEqual(['焊工', '叉车司机']);
  });

  it('sees a change committed by another process once PostgreSQL tells it, without a write through the API', async () => {
    await settled();
    await t.dataSource.query(`UPDATE position SET title = '电焊工' WHERE id = $1`, [positions[0]]);
    const fresh = await eventually(async () => {
      const read = await page();
      return read.titles[0] === '电焊工' && read;
    }, 2000, 5);
    expect(fresh.cache).toBe('miss');
  });

  it("sees the worker's new list entries and removals", async () => {
    await settled();
    await recommend(positions[2]!, 0.95);
    await eventually(async () => (await page()).titles[0] === '保洁员', 2000, 5);
    await t.dataSource.query(`DELETE FROM seeker_recommendation WHERE seeker_id = $1 AND position_id = $2`, [seekerId, positions[2]]);
    await eventually(async () => !(await page()).titles.includes('保洁员'), 2000, 5);
  });

  it('shows a write made through this process to the very next read', async () => {
    await settled();
    const dismissed = await t.http.post(`/seekers/${seekerId}/recommendations/${positions[1]}/feedback`).send({ kind: 'dismissed' });
    expect(dismissed.status).toBe(201);
    // No waiting: the write itself voids the cache before its answer is sent.
    const next = await page();
    expect(next.cache).toBe('miss');
    expect(next.body.items.map((item) => item.positionId)).not.toContain(positions[1]);
  });

  it('shares a page between readers in scope and still refuses readers out of scope', async () => {
    await settled();
    const gridWorker = await t.as({ role: 'grid_worker', regionCode: A.grid.code });
    const shared = await page(gridWorker);
    expect(shared.cache).toBe('hit');
    const otherCentre = await t.as({ role: 'centre_staff', regionCode: B.district.code });
    for (let i = 0; i < 2; i++) {
      const refused = await otherCentre.get(`/seekers/${seekerId}/recommendations`);
      expect(refused.status).toBe(404);
    }
  });

  it('caches nothing while it cannot hear PostgreSQL, and resumes once it listens again', async () => {
    await settled();
    await t.dataSource.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'jobbridge-read-model' AND datname = current_database()`);
    // Two misses in a row: the second would be a hit if anything were still cached.
    await eventually(async () => (await page()).cache === 'miss' && (await page()).cache === 'miss', 5000, 5);
    await settled();
  });

  describe('sessions', () => {
    it('a sign-out through this process ends the token at once', async () => {
      const account = await t.as({ role: 'centre_staff', regionCode: A.district.code });
      expect((await account.get('/me')).status).toBe(200);
      expect((await account.get('/me')).status).toBe(200);
      expect((await account.post('/auth/logout')).status).toBe(204);
      const after = await account.get('/me');
      expect(after.status).toBe(401);
      expect(after.body.error).toBe('SESSION_ENDED');
    });

    it('a session revoked or an account deactivated elsewhere ends within moments', async () => {
      const revoked = await t.as({ role: 'centre_staff', regionCode: A.district.code });
      const deactivated = await t.as({ role: 'grid_worker', regionCode: A.grid.code });
      for (const client of [revoked, deactivated]) expect((await client.get('/me')).status).toBe(200);
      await t.dataSource.query(`UPDATE auth_session SET revoked_at = now() WHERE user_id = $1`, [revoked.account.id]);
      await t.dataSource.query(`UPDATE user_account SET active = false WHERE id = $1`, [deactivated.account.id]);
      for (const client of [revoked, deactivated]) {
        await eventually(async () => (await client.get('/me')).status === 401, 2000, 5);
      }
    });
  });
});
