import { createEnterprise, createRegionTree } from './support/factories.js';
import { createPosition } from './support/position-factories.js';
import { createSeeker } from './support/seeker-factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('/applications', () => {
  let t: TestApp;
  let tree: Awaited<ReturnType<typeof createRegionTree>>;
  let enterpriseId: string;
  beforeAll(async () => {
    t = await createTestApp();
    tree = await createRegionTree(t.dataSource);
    enterpriseId = (await createEnterprise(t.dataSource, { regionCode: tree.community.code })).id;
  });
  afterAll(async () => {
    await t.close();
  });

  const openPosition = async (status: 'open' | 'draft' = 'open') =>
    (await createPosition(t.dataSource, { enterpriseId, regionCode: tree.community.code, status })).id;

  it('a seeker applies for themself once; the application names the enterprise and where it came from', async () => {
    const seeker = await createSeeker(t, tree.grid.code);
    const self = await t.as({ role: 'seeker', seekerId: seeker.id });
    const positionId = await openPosition();
    const applied = await self.post('/applications').send({ positionId }).expect(201);
    expect(applied.body).toMatchObject({ seekerId: seeker.id, positionId, enterpriseId, status: 'submitted', source: 'recommendation', withdrawnAt: null });
    const again = await self.post('/applications').send({ positionId }).expect(409);
    expect(again.body.error).toBe('APPLICATION_EXISTS');
  });

  it('a grid worker applies for a resident of the grid, not for anyone else, and only to open positions', async () => {
    const resident = await createSeeker(t, tree.grid.code);
    const outsider = await createSeeker(t, (await createRegionTree(t.dataSource)).grid.code);
    const gridWorker = await t.as({ role: 'grid_worker', regionCode: tree.grid.code });
    const positionId = await openPosition();

    const forResident = await gridWorker.post('/applications').send({ positionId, seekerId: resident.id }).expect(201);
    expect(forResident.body.source).toBe('grid_worker');
    const forOutsider = await gridWorker.post('/applications').send({ positionId, seekerId: outsider.id }).expect(400);
    expect(forOutsider.body.errors[0].field).toBe('seekerId');
    const missing = await gridWorker.post('/applications').send({ positionId }).expect(400);
    expect(missing.body.errors[0].field).toBe('seekerId');
    const toDraft = await gridWorker.post('/applications').send({ positionId: await openPosition('draft'), seekerId: resident.id }).expect(400);
    expect(toDraft.body.errors[0].field).toBe('positionId');
  });

  it('lists what each role may see; HR officers see their enterprise’s and cannot apply', async () => {
    const seeker = await createSeeker(t, tree.grid.code);
    const positionId = await openPosition();
    const application = (await t.http.post('/applications').send({ positionId, seekerId: seeker.id, source: 'fair' }).expect(201)).body;
    expect(application.source).toBe('fair');

    const hr = await t.as({ role: 'hr_officer', enterpriseId });
    const otherHr = await t.as({ role: 'hr_officer', enterpriseId: (await createEnterprise(t.dataSource)).id });
    const self = await t.as({ role: 'seeker', seekerId: seeker.id });
    const stranger = await t.as({ role: 'seeker', seekerId: (await createSeeker(t, tree.grid.code)).id });

    expect((await hr.get('/applications').query({ positionId }).expect(200)).body.items.map((item: { id: string }) => item.id)).toEqual([application.id]);
    expect((await otherHr.get('/applications').query({ positionId }).expect(200)).body.total).toBe(0);
    expect((await self.get('/applications').expect(200)).body.items.map((item: { id: string }) => item.id)).toEqual([application.id]);
    expect((await stranger.get('/applications').expect(200)).body.total).toBe(0);
    await stranger.get(`/applications/${application.id}`).expect(404);
    await hr.get(`/applications/${application.id}`).expect(200);
    await hr.post('/applications').send({ positionId, seekerId: seeker.id }).expect(403);
    await hr.post(`/applications/${application.id}/withdraw`).expect(403);
  });

  it('withdrawing is once; the contact already shared stays shared', async () => {
    const seeker = await createSeeker(t, tree.grid.code, { phone: '13511112222' });
    const self = await t.as({ role: 'seeker', seekerId: seeker.id });
    const application = (await self.post('/applications').send({ positionId: await openPosition() }).expect(201)).body;
    const withdrawn = await self.post(`/applications/${application.id}/withdraw`).expect(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect(withdrawn.body.withdrawnAt).toEqual(expect.any(String));
    expect((await self.post(`/applications/${application.id}/withdraw`).expect(409)).body.error).toBe('APPLICATION_ALREADY_WITHDRAWN');
    const hr = await t.as({ role: 'hr_officer', enterpriseId });
    expect((await hr.get(`/seekers/${seeker.id}`).expect(200)).body.phone).toBe('13511112222');
    expect((await hr.get('/applications').query({ seekerId: seeker.id, status: 'withdrawn' }).expect(200)).body.total).toBe(1);
  });
});
