import { randomUUID } from 'node:crypto';
import { createEnterprise, createRegionTree } from './support/factories.js';
import { createPosition } from './support/position-factories.js';
import { createSeeker } from './support/seeker-factories.js';
import { createTestApp, type Client, type TestApp } from './support/test-app.js';

/**
 * Record-level scope of the matching reads and feedback, per role. The stored lists are
 * inserted directly (no worker): what is under test is who may read them, not how they
 * are ranked. Two regions A and B, enterprises A and B, seekers in each.
 */
describe('matching: who may read which recommendations, candidates and explanations', () => {
  let t: TestApp;
  let A: Awaited<ReturnType<typeof createRegionTree>>;
  let B: Awaited<ReturnType<typeof createRegionTree>>;
  const enterprise = {} as Record<'A' | 'B', { id: string }>;
  const position = {} as {
    openA: string;
    openB: string;
    draftA: string;
    draftB: string;
    /** Enterprise B's position whose workplace lies in region A. */
    bInA: string;
    /** Enterprise A's position whose workplace lies in region B. */
    aInB: string;
  };
  const seeker = {} as {
    /** Consented, stored candidate of openA, with recommendations. */
    a1: string;
    /** Consented, region A, no stored candidacy. */
    a2: string;
    /** Did not consent to matching; a stale candidate row of openA exists. */
    a3: string;
    /** Region B, stored candidate of openB. */
    b1: string;
  };

  const recommend = (seekerId: string, positionId: string, score: number) =>
    t.dataSource.query(`INSERT INTO seeker_recommendation (seeker_id, position_id, score, computed_at) VALUES ($1, $2, $3, now())`, [
      seekerId,
      positionId,
      score,
    ]);
  const candidate = (positionId: string, seekerId: string, score: number) =>
    t.dataSource.query(`INSERT INTO position_candidate (position_id, seeker_id, score, computed_at) VALUES ($1, $2, $3, now())`, [
      positionId,
      seekerId,
      score,
    ]);

  beforeAll(async () => {
    t = await createTestApp({ REBUILD_CRON: 'off' });
    A = await createRegionTree(t.dataSource);
    B = await createRegionTree(t.dataSource);
    enterprise.A = await createEnterprise(t.dataSource, { regionCode: A.community.code });
    enterprise.B = await createEnterprise(t.dataSource, { regionCode: B.community.code });
    const make = async (owner: 'A' | 'B', regionCode: string, status: 'open' | 'draft') =>
      (await createPosition(t.dataSource, { enterpriseId: enterprise[owner].id, regionCode, status })).id;
    position.openA = await make('A', A.community.code, 'open');
    position.openB = await make('B', B.community.code, 'open');
    position.draftA = await make('A', A.community.code, 'draft');
    position.draftB = await make('B', B.community.code, 'draft');
    position.bInA = await make('B', A.community.code, 'open');
    position.aInB = await make('A', B.community.code, 'open');

    seeker.a1 = (await createSeeker(t, A.grid.code, { phone: '13912345678' })).id;
    seeker.a2 = (await createSeeker(t, A.grid.code)).id;
    seeker.a3 = (await createSeeker(t, A.grid.code, { consentToMatch: false })).id;
    seeker.b1 = (await createSeeker(t, B.grid.code)).id;

    await recommend(seeker.a1, position.openA, 0.9);
    await recommend(seeker.a1, position.openB, 0.7);
    // A draft position must never be listed, whoever reads.
    await recommend(seeker.a1, position.draftB, 0.95);
    await recommend(seeker.b1, position.openB, 0.8);
    await candidate(position.openA, seeker.a1, 0.9);
    await candidate(position.openA, seeker.a3, 0.85);
    await candidate(position.openB, seeker.b1, 0.8);
    await candidate(position.bInA, seeker.a2, 0.6);
    await candidate(position.aInB, seeker.b1, 0.6);
  });
  afterAll(async () => {
    await t.close();
  });

  const recommendationIds = async (client: Client, seekerId: string) =>
    (await client.get(`/seekers/${seekerId}/recommendations?pageSize=100`).expect(200)).body.items.map((r: { positionId: string }) => r.positionId);
  const candidateRows = async (client: Client, positionId: string) =>
    (await client.get(`/positions/${positionId}/candidates?pageSize=100`).expect(200)).body.items as Array<Record<string, unknown>>;
  const explain = (client: Client, seekerId: string, positionId: string) => client.get('/matches/explain').query({ seekerId, positionId });

  /** Out of scope answers exactly like a record that does not exist. */
  async function expectNotFound(request: PromiseLike<{ status: number; body: Record<string, unknown> }>, code: string) {
    const response = await request;
    expect(response.status).toBe(404);
    expect(response.body.error).toBe(code);
  }

  it('answers 401 to an anonymous caller on every matching route', async () => {
    await t.anonymous.get(`/seekers/${seeker.a1}/recommendations`).expect(401);
    await t.anonymous.post(`/seekers/${seeker.a1}/recommendations/${position.openA}/feedback`).send({ kind: 'saved' }).expect(401);
    await t.anonymous.get(`/positions/${position.openA}/candidates`).expect(401);
    await t.anonymous.get('/matches/explain').query({ seekerId: seeker.a1, positionId: position.openA }).expect(401);
  });

  describe('a seeker', () => {
    let me: Client;
    beforeAll(async () => {
      me = await t.as({ role: 'seeker', seekerId: seeker.a1 });
    });

    it('reads their own recommendations, open positions only', async () => {
      expect(await recommendationIds(me, seeker.a1)).toEqual([position.openA, position.openB]);
    });

    it("gets 404 for another seeker's recommendations, exactly as for a seeker that does not exist", async () => {
      const other = await me.get(`/seekers/${seeker.a2}/recommendations`);
      const missing = await me.get(`/seekers/${randomUUID()}/recommendations`);
      expect(other.status).toBe(404);
      expect(other.body.error).toBe('SEEKER_NOT_FOUND');
      expect(Object.keys(other.body).sort()).toEqual(Object.keys(missing.body).sort());
      expect(missing.body.error).toBe('SEEKER_NOT_FOUND');
      await expectNotFound(me.get(`/seekers/${seeker.b1}/recommendations`), 'SEEKER_NOT_FOUND');
    });

    it('records feedback for themself only, on positions they may see', async () => {
      await me.post(`/seekers/${seeker.a1}/recommendations/${position.openB}/feedback`).send({ kind: 'saved' }).expect(201);
      await expectNotFound(me.post(`/seekers/${seeker.a2}/recommendations/${position.openA}/feedback`).send({ kind: 'saved' }), 'SEEKER_NOT_FOUND');
      await expectNotFound(me.post(`/seekers/${seeker.a1}/recommendations/${position.draftB}/feedback`).send({ kind: 'saved' }), 'POSITION_NOT_FOUND');
      await expectNotFound(me.post(`/seekers/${seeker.a1}/recommendations/${randomUUID()}/feedback`).send({ kind: 'saved' }), 'POSITION_NOT_FOUND');
    });

    it('explains their own pairs with open positions, nothing else', async () => {
      const own = await explain(me, seeker.a1, position.openB).expect(200);
      expect(own.body.stored).toEqual({ recommendationScore: expect.any(Number), candidateScore: null });
      await expectNotFound(explain(me, seeker.b1, position.openB), 'SEEKER_NOT_FOUND');
      await expectNotFound(explain(me, seeker.a1, position.draftA), 'POSITION_NOT_FOUND');
      // Both out of reach: the seeker is named first.
      await expectNotFound(explain(me, seeker.b1, position.draftB), 'SEEKER_NOT_FOUND');
    });

    it('may not read candidates at all', async () => {
      await me.get(`/positions/${position.openA}/candidates`).expect(403);
    });
  });

  describe('a grid worker of region A', () => {
    let grid: Client;
    beforeAll(async () => {
      grid = await t.as({ role: 'grid_worker', regionCode: A.grid.code });
    });

    it("reads A's residents' recommendations, not B's", async () => {
      expect(await recommendationIds(grid, seeker.a1)).toEqual(expect.arrayContaining([position.openA]));
      expect(await recommendationIds(grid, seeker.a1)).not.toContain(position.draftB);
      await expectNotFound(grid.get(`/seekers/${seeker.b1}/recommendations`), 'SEEKER_NOT_FOUND');
    });

    it("records feedback for A's residents only", async () => {
      await grid.post(`/seekers/${seeker.a2}/recommendations/${position.openA}/feedback`).send({ kind: 'viewed' }).expect(201);
      await expectNotFound(grid.post(`/seekers/${seeker.b1}/recommendations/${position.openB}/feedback`).send({ kind: 'viewed' }), 'SEEKER_NOT_FOUND');
      await expectNotFound(grid.post(`/seekers/${seeker.a2}/recommendations/${position.draftA}/feedback`).send({ kind: 'viewed' }), 'POSITION_NOT_FOUND');
    });

    it("explains A's residents against open positions anywhere", async () => {
      await explain(grid, seeker.a1, position.openB).expect(200);
      await expectNotFound(explain(grid, seeker.b1, position.openA), 'SEEKER_NOT_FOUND');
      await expectNotFound(explain(grid, seeker.a1, position.draftA), 'POSITION_NOT_FOUND');
    });

    it('may not read candidates', async () => {
      await grid.get(`/positions/${position.openA}/candidates`).expect(403);
    });
  });

  describe("enterprise A's HR officer", () => {
    let hr: Client;
    beforeAll(async () => {
      hr = await t.as({ role: 'hr_officer', enterpriseId: enterprise.A.id });
    });

    it("reads its position's consented candidates, names and masked ID numbers only", async () => {
      const rows = await candidateRows(hr, position.openA);
      expect(rows.map((row) => row.seekerId)).toEqual([seeker.a1]);
      const [row] = rows;
      expect(row.fullName).toBe('王秀兰');
      expect(row.idNumberMasked).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
      for (const key of ['phone', 'phoneMasked', 'idNumber', 'idNumberEncrypted', 'idNumberHash']) expect(row).not.toHaveProperty(key);
      expect(JSON.stringify(rows)).not.toContain('13912345678');
      // Its own positions in every status, and wherever they are located.
      await hr.get(`/positions/${position.draftA}/candidates`).expect(200);
      expect((await candidateRows(hr, position.aInB)).map((r) => r.seekerId)).toEqual([seeker.b1]);
    });

    it("gets 404 for another enterprise's candidates, even of an open position", async () => {
      await expectNotFound(hr.get(`/positions/${position.openB}/candidates`), 'POSITION_NOT_FOUND');
      await expectNotFound(hr.get(`/positions/${position.bInA}/candidates`), 'POSITION_NOT_FOUND');
      await expectNotFound(hr.get(`/positions/${randomUUID()}/candidates`), 'POSITION_NOT_FOUND');
    });

    it('explains its candidates against its own positions only', async () => {
      const explained = await explain(hr, seeker.a1, position.openA).expect(200);
      expect(explained.body.stored.candidateScore).toBeCloseTo(0.9);
      // Another of its own positions, the same candidate.
      await explain(hr, seeker.a1, position.draftA).expect(200);
      // A seeker who is no candidate of its positions, one who did not consent, one in another region.
      await expectNotFound(explain(hr, seeker.a2, position.openA), 'SEEKER_NOT_FOUND');
      await expectNotFound(explain(hr, seeker.a3, position.openA), 'SEEKER_NOT_FOUND');
      // A candidate of its position located in B: visible, because of the candidacy.
      await explain(hr, seeker.b1, position.aInB).expect(200);
      // Another enterprise's open position is readable as a listing, but not explainable.
      await expectNotFound(explain(hr, seeker.a1, position.openB), 'POSITION_NOT_FOUND');
    });

    it('may not read or give feedback on recommendations', async () => {
      await hr.get(`/seekers/${seeker.a1}/recommendations`).expect(403);
      await hr.post(`/seekers/${seeker.a1}/recommendations/${position.openA}/feedback`).send({ kind: 'saved' }).expect(403);
    });
  });

  describe('centre staff of region A', () => {
    let centre: Client;
    beforeAll(async () => {
      centre = await t.as({ role: 'centre_staff', regionCode: A.district.code });
    });

    it("reads candidates of positions located in A or of A's enterprises, not of B's position in B", async () => {
      expect((await candidateRows(centre, position.openA)).map((r) => r.seekerId)).toEqual([seeker.a1]);
      expect((await candidateRows(centre, position.bInA)).map((r) => r.seekerId)).toEqual([seeker.a2]);
      expect((await candidateRows(centre, position.aInB)).map((r) => r.seekerId)).toEqual([seeker.b1]);
      await expectNotFound(centre.get(`/positions/${position.openB}/candidates`), 'POSITION_NOT_FOUND');
      await expectNotFound(centre.get(`/positions/${position.draftB}/candidates`), 'POSITION_NOT_FOUND');
    });

    it("reads A's residents' recommendations and explanations, not B's", async () => {
      expect(await recommendationIds(centre, seeker.a1)).not.toContain(position.draftB);
      await expectNotFound(centre.get(`/seekers/${seeker.b1}/recommendations`), 'SEEKER_NOT_FOUND');
      await explain(centre, seeker.a1, position.openB).expect(200);
      await expectNotFound(explain(centre, seeker.b1, position.openA), 'SEEKER_NOT_FOUND');
      await expectNotFound(explain(centre, seeker.a1, position.draftB), 'POSITION_NOT_FOUND');
    });
  });

  it("a centre admin of region B sees B's side only; a nationwide admin sees both", async () => {
    const centreB = await t.as({ role: 'centre_admin', regionCode: B.district.code });
    await expectNotFound(centreB.get(`/seekers/${seeker.a1}/recommendations`), 'SEEKER_NOT_FOUND');
    expect(await recommendationIds(centreB, seeker.b1)).toEqual([position.openB]);
    await expectNotFound(centreB.get(`/positions/${position.openA}/candidates`), 'POSITION_NOT_FOUND');
    await centreB.get(`/positions/${position.draftB}/candidates`).expect(200);
    await t.http.get(`/positions/${position.openB}/candidates`).expect(200);
    await t.http.get(`/seekers/${seeker.a1}/recommendations`).expect(200);
  });
});
