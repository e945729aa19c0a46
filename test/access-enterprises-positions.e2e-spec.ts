import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { createEnterprise, createRegionTree, validCreditCode } from './support/factories.js';
import { createPosition, positionBody } from './support/position-factories.js';
import { uniqueRegionCode } from './support/region-factories.js';
import { createSeeker } from './support/seeker-factories.js';
import { createTestApp, type Client, type TestApp } from './support/test-app.js';

/**
 * Record-level scope of enterprises, positions and regions, role by role, against two
 * regions A and B: what each role lists, reads and may change. Out of scope must look
 * exactly like "does not exist": 404 by id, "not found" (400) when named in a body.
 */
describe('access: enterprises, positions and regions', () => {
  let t: TestApp;
  let A: Awaited<ReturnType<typeof createRegionTree>>;
  let B: Awaited<ReturnType<typeof createRegionTree>>;
  const ids: Record<string, string> = {};
  const as = {} as Record<'staffA' | 'adminA' | 'hrA' | 'gridA' | 'seeker', Client>;

  beforeAll(async () => {
    t = await createTestApp();
    A = await createRegionTree(t.dataSource);
    B = await createRegionTree(t.dataSource);
    const enterprise = async (regionCode: string) => (await createEnterprise(t.dataSource, { regionCode })).id;
    ids.enterpriseA = await enterprise(A.community.code);
    ids.enterpriseB = await enterprise(B.community.code);
    // Enterprises without open positions: not recruiting, so not public to residents.
    ids.quietA = await enterprise(A.community.code);
    ids.quietB = await enterprise(B.community.code);
    const position = async (enterpriseId: string, regionCode: string, status: 'open' | 'draft') =>
      (await createPosition(t.dataSource, { enterpriseId, regionCode, status })).id;
    ids.openA = await position(ids.enterpriseA, A.community.code, 'open');
    ids.draftA = await position(ids.enterpriseA, A.community.code, 'draft');
    ids.openB = await position(ids.enterpriseB, B.community.code, 'open');
    ids.draftB = await position(ids.enterpriseB, B.community.code, 'draft');
    // Workplace and enterprise in different regions: the centre of either manages the position.
    ids.draftAinB = await position(ids.enterpriseA, B.community.code, 'draft');
    ids.draftBinA = await position(ids.enterpriseB, A.grid.code, 'draft');

    as.staffA = await t.as({ role: 'centre_staff', regionCode: A.district.code });
    as.adminA = await t.as({ role: 'centre_admin', regionCode: A.district.code });
    as.hrA = await t.as({ role: 'hr_officer', enterpriseId: ids.enterpriseA });
    as.gridA = await t.as({ role: 'grid_worker', regionCode: A.grid.code });
    as.seeker = await t.as({ role: 'seeker', seekerId: (await createSeeker(t, A.grid.code)).id });
  });
  afterAll(async () => {
    await t.close();
  });

  /** Which of this suite's records a list holds (other suites share the database). */
  async function listed(client: Client, path: string, query: Record<string, unknown> = {}): Promise<string[]> {
    const response = await client.get(path).query({ pageSize: 100, ...query });
    expect(response.status).toBe(200);
    const names = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
    return response.body.items
      .map((item: { id: string }) => names.get(item.id))
      .filter((name: string | undefined) => name !== undefined)
      .sort();
  }

  /** The body with `reference` (an id or code) and the request id neutralised, to compare two answers. */
  const anonymised = (response: Response, reference: string) =>
    JSON.parse(JSON.stringify({ ...response.body, requestId: undefined }).replaceAll(reference, '<ref>')) as unknown;

  /** Same status and same body as for a reference that does not exist at all. */
  async function expectLikeUnknown(call: (reference: string) => Promise<Response>, hidden: string, status: number, unknown: string = randomUUID()) {
    const [outOfScope, absent] = [await call(hidden), await call(unknown)];
    expect(absent.status).toBe(status);
    expect(outOfScope.status).toBe(status);
    expect(anonymised(outOfScope, hidden)).toEqual(anonymised(absent, unknown));
  }

  const enterpriseBody = (regionCode: string) => ({ name: `测试企业${randomUUID().slice(0, 8)}`, creditCode: validCreditCode(), industry: '制造业', regionCode });
  const fieldsOf = (response: Response) => ((response.body.errors ?? []) as Array<{ field: string }>).map((error) => error.field);

  describe('centre staff of region A', () => {
    it('lists and reads the enterprises of region A only', async () => {
      expect(await listed(as.staffA, '/enterprises')).toEqual(['enterpriseA', 'quietA']);
      await as.staffA.get(`/enterprises/${ids.quietA}`).expect(200);
      await expectLikeUnknown((id) => as.staffA.get(`/enterprises/${id}`), ids.enterpriseB, 404);
    });

    it('combines the list filters with the scope', async () => {
      expect(await listed(as.staffA, '/enterprises', { regionCode: B.district.code })).toEqual([]);
      expect(await listed(as.staffA, '/enterprises', { regionCode: A.street.code, industry: '制造业' })).toEqual(['enterpriseA', 'quietA']);
      const nameB = (await t.http.get(`/enterprises/${ids.enterpriseB}`).expect(200)).body.name as string;
      expect(await listed(as.staffA, '/enterprises', { q: nameB })).toEqual([]);
      expect(await listed(as.staffA, '/positions', { enterpriseId: ids.enterpriseB })).toEqual(['draftBinA', 'openB']);
      expect(await listed(as.staffA, '/positions', { regionCode: B.district.code })).toEqual(['draftAinB', 'openB']);
      expect(await listed(as.staffA, '/positions', { status: 'draft', regionCode: A.district.code })).toEqual(['draftA', 'draftBinA']);
    });

    it('registers enterprises in region A only; a region of B reads like an unknown one', async () => {
      await as.staffA.post('/enterprises').send(enterpriseBody(A.grid.code)).expect(201);
      await expectLikeUnknown((code) => as.staffA.post('/enterprises').send(enterpriseBody(code)), B.community.code, 400, uniqueRegionCode());
      const refused = await as.staffA.post('/enterprises').send(enterpriseBody(B.community.code));
      expect(refused.body.errors).toEqual([{ field: 'regionCode', messages: [`region ${B.community.code} does not exist`] }]);
    });

    it('changes enterprises of region A, never moves one out of it, and cannot reach B', async () => {
      await as.staffA.patch(`/enterprises/${ids.quietA}`).send({ isKeyEnterprise: true, serviceSpecialist: '王专员' }).expect(200);
      const moved = await as.staffA.patch(`/enterprises/${ids.quietA}`).send({ regionCode: B.community.code }).expect(400);
      expect(fieldsOf(moved)).toEqual(['regionCode']);
      await expectLikeUnknown((id) => as.staffA.patch(`/enterprises/${id}`).send({ address: '新城街道1号' }), ids.enterpriseB, 404);
    });

    it('does not learn which enterprise out of scope holds a credit code', async () => {
      const creditCodeB = (await t.http.get(`/enterprises/${ids.enterpriseB}`).expect(200)).body.creditCode as string;
      const taken = await as.staffA.post('/enterprises').send({ ...enterpriseBody(A.community.code), creditCode: creditCodeB }).expect(409);
      expect(taken.body.error).toBe('ENTERPRISE_DUPLICATE');
      expect(taken.body).not.toHaveProperty('existingId');
    });

    it('lists open positions everywhere and every status where the workplace or the enterprise is in A', async () => {
      expect(await listed(as.staffA, '/positions')).toEqual(['draftA', 'draftAinB', 'draftBinA', 'openA', 'openB']);
      await as.staffA.get(`/positions/${ids.draftAinB}`).expect(200);
      await as.staffA.get(`/positions/${ids.openB}`).expect(200);
      await expectLikeUnknown((id) => as.staffA.get(`/positions/${id}`), ids.draftB, 404);
    });

    it("changes the positions it manages, but not B's, even an open one", async () => {
      await as.staffA.patch(`/positions/${ids.draftBinA}`).send({ title: '焊工（网格内）' }).expect(200);
      await expectLikeUnknown((id) => as.staffA.patch(`/positions/${id}`).send({ title: '焊工' }), ids.openB, 404);
      await expectLikeUnknown((id) => as.staffA.post(`/positions/${id}/status`).send({ status: 'paused' }), ids.openB, 404);
      await expectLikeUnknown((id) => as.staffA.post(`/positions/${id}/status`).send({ status: 'open' }), ids.draftB, 404);
    });

    it("creates positions for A's enterprises with a workplace in A only", async () => {
      await as.staffA.post('/positions').send(positionBody(ids.enterpriseA)).expect(201);
      const forB = await as.staffA.post('/positions').send(positionBody(ids.enterpriseB)).expect(400);
      expect(fieldsOf(forB)).toEqual(['enterpriseId']);
      await expectLikeUnknown((id) => as.staffA.post('/positions').send(positionBody(id)), ids.enterpriseB, 400);
      const inB = await as.staffA.post('/positions').send(positionBody(ids.enterpriseA, { regionCode: B.community.code })).expect(400);
      expect(fieldsOf(inB)).toEqual(['regionCode']);
    });
  });

  describe('HR officer of enterprise A', () => {
    it('lists and reads only its own enterprise', async () => {
      expect(await listed(as.hrA, '/enterprises')).toEqual(['enterpriseA']);
      await as.hrA.get(`/enterprises/${ids.enterpriseA}`).expect(200);
      await expectLikeUnknown((id) => as.hrA.get(`/enterprises/${id}`), ids.quietA, 404);
      await expectLikeUnknown((id) => as.hrA.get(`/enterprises/${id}`), ids.enterpriseB, 404);
    });

    it("changes its enterprise, except the centre's fields (403), and never another", async () => {
      const changed = await as.hrA.patch(`/enterprises/${ids.enterpriseA}`).send({ contactName: '李经理', address: '龙山路9号' }).expect(200);
      expect(changed.body.contactName).toBe('李经理');
      for (const centreField of [{ isKeyEnterprise: true }, { serviceSpecialist: '王专员' }, { regionCode: A.street.code }, { creditCode: validCreditCode() }]) {
        const refused = await as.hrA.patch(`/enterprises/${ids.enterpriseA}`).send({ contactName: '张经理', ...centreField }).expect(403);
        expect(refused.body.error).toBe('ROLE_NOT_ALLOWED');
      }
      const after = await t.http.get(`/enterprises/${ids.enterpriseA}`).expect(200);
      expect(after.body).toMatchObject({ contactName: '李经理', isKeyEnterprise: false, serviceSpecialist: null });
      await expectLikeUnknown((id) => as.hrA.patch(`/enterprises/${id}`).send({ contactName: '李经理' }), ids.enterpriseB, 404);
    });

    it('cannot register enterprises at all (403)', async () => {
      await as.hrA.post('/enterprises').send(enterpriseBody(A.community.code)).expect(403);
    });

    it("sees its positions in every status and other enterprises' open ones, not their drafts", async () => {
      expect(await listed(as.hrA, '/positions')).toEqual(['draftA', 'draftAinB', 'openA', 'openB']);
      await as.hrA.get(`/positions/${ids.draftAinB}`).expect(200);
      await as.hrA.get(`/positions/${ids.openB}`).expect(200);
      await expectLikeUnknown((id) => as.hrA.get(`/positions/${id}`), ids.draftB, 404);
      await expectLikeUnknown((id) => as.hrA.get(`/positions/${id}`), ids.draftBinA, 404);
    });

    it('creates positions for its enterprise only, placing the workplace anywhere', async () => {
      await as.hrA.post('/positions').send(positionBody(ids.enterpriseA, { regionCode: B.grid.code })).expect(201);
      const forB = await as.hrA.post('/positions').send(positionBody(ids.enterpriseB)).expect(400);
      expect(fieldsOf(forB)).toEqual(['enterpriseId']);
      await expectLikeUnknown((id) => as.hrA.post('/positions').send(positionBody(id)), ids.enterpriseB, 400);
    });

    it("changes its positions only; B's open position answers 404", async () => {
      await as.hrA.patch(`/positions/${ids.draftA}`).send({ title: '电焊工（白班）' }).expect(200);
      await expectLikeUnknown((id) => as.hrA.patch(`/positions/${id}`).send({ title: '焊工' }), ids.openB, 404);
      await expectLikeUnknown((id) => as.hrA.post(`/positions/${id}/status`).send({ status: 'paused' }), ids.openB, 404);
    });
  });

  describe.each([
    ['grid worker in A', 'gridA'],
    ['seeker', 'seeker'],
  ] as const)('%s', (_, who) => {
    it('reads recruiting enterprises anywhere, not the others', async () => {
      expect(await listed(as[who], '/enterprises')).toEqual(['enterpriseA', 'enterpriseB']);
      await as[who].get(`/enterprises/${ids.enterpriseB}`).expect(200);
      await expectLikeUnknown((id) => as[who].get(`/enterprises/${id}`), ids.quietA, 404);
    });

    it('reads open positions only', async () => {
      expect(await listed(as[who], '/positions')).toEqual(['openA', 'openB']);
      await as[who].get(`/positions/${ids.openB}`).expect(200);
      await expectLikeUnknown((id) => as[who].get(`/positions/${id}`), ids.draftA, 404);
    });

    it('changes no enterprise or position (403)', async () => {
      await as[who].patch(`/enterprises/${ids.enterpriseA}`).send({ address: '新城街道1号' }).expect(403);
      await as[who].post('/positions').send(positionBody(ids.enterpriseA)).expect(403);
      await as[who].patch(`/positions/${ids.openA}`).send({ title: '焊工' }).expect(403);
      await as[who].post(`/positions/${ids.openA}/status`).send({ status: 'paused' }).expect(403);
    });

    it('reads every region, and writes none (403)', async () => {
      await as[who].get(`/regions/${B.grid.code}`).expect(200);
      await as[who].get(`/regions/${B.street.code}/children`).expect(200);
      await as[who].patch(`/regions/${A.grid.code}`).send({ name: '第一网格' }).expect(403);
    });
  });

  describe('regions: centre admin of A', () => {
    const regionBody = (parentCode?: string) => ({ code: uniqueRegionCode('g'), name: '新网格', level: 'grid', ...(parentCode ? { parentCode } : {}) });

    it('adds regions below its own subtree; a parent in B answers 400 parentCode, like an unknown one', async () => {
      await as.adminA.post('/regions').send(regionBody(A.community.code)).expect(201);
      const underB = await as.adminA.post('/regions').send(regionBody(B.community.code)).expect(400);
      expect(fieldsOf(underB)).toEqual(['parentCode']);
      await expectLikeUnknown((code) => as.adminA.post('/regions').send(regionBody(code)), B.community.code, 400, uniqueRegionCode());
    });

    it('adds no roots (only a nationwide admin does)', async () => {
      const root = await as.adminA.post('/regions').send({ code: uniqueRegionCode('d'), name: '新区', level: 'district' }).expect(400);
      expect(fieldsOf(root)).toEqual(['parentCode']);
      await t.http.post('/regions').send({ code: uniqueRegionCode('d'), name: '新区', level: 'district' }).expect(201);
    });

    it('renames regions of its subtree; one in B answers 404 like an unknown one', async () => {
      await as.adminA.patch(`/regions/${A.grid.code}`).send({ name: '第一网格（东）' }).expect(200);
      await expectLikeUnknown((code) => as.adminA.patch(`/regions/${code}`).send({ name: '第一网格' }), B.grid.code, 404, uniqueRegionCode());
    });

    it('still reads regions of B: reference data is open', async () => {
      await as.adminA.get(`/regions/${B.community.code}`).expect(200);
      await as.staffA.get(`/regions/${B.street.code}/subtree`).expect(200);
    });

    it('centre staff may not write regions at all (403)', async () => {
      await as.staffA.post('/regions').send(regionBody(A.community.code)).expect(403);
    });
  });
});
