import { createEnterprise, createRegionTree } from './support/factories.js';
import { createPosition } from './support/position-factories.js';
import { createSeeker } from './support/seeker-factories.js';
import { loadPositions } from '../src/matching/engine-inputs.loader.js';
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
    expect(applied.body).toMatchObject({ seekerId: seeker.id, positionId, enterpriseId, status: 'submitted', source: 'recommendation', eventId: null });
    expect(applied.body.steps).toEqual([expect.objectContaining({ status: 'submitted' })]);
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
    const posingAsInvited = await gridWorker.post('/applications').send({ positionId, seekerId: resident.id, source: 'invitation' }).expect(400);
    expect(posingAsInvited.body.errors[0].field).toBe('source');
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
    await hr.post(`/applications/${application.id}/moves`).send({ move: 'withdraw' }).expect(403);
  });

  it('withdrawing is once; the contact already shared stays shared', async () => {
    const seeker = await createSeeker(t, tree.grid.code, { phone: '13511112222' });
    const self = await t.as({ role: 'seeker', seekerId: seeker.id });
    const application = (await self.post('/applications').send({ positionId: await openPosition() }).expect(201)).body;
    const withdrawn = await self.post(`/applications/${application.id}/moves`).send({ move: 'withdraw' }).expect(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect(withdrawn.body.steps.map((step: { status: string }) => step.status)).toEqual(['submitted', 'withdrawn']);
    expect((await self.post(`/applications/${application.id}/moves`).send({ move: 'withdraw' }).expect(409)).body.error).toBe('ILLEGAL_APPLICATION_TRANSITION');
    const hr = await t.as({ role: 'hr_officer', enterpriseId });
    expect((await hr.get(`/seekers/${seeker.id}`).expect(200)).body.phone).toBe('13511112222');
    expect((await hr.get('/applications').query({ seekerId: seeker.id, status: 'withdrawn' }).expect(200)).body.total).toBe(1);
  });

  it('moves through the pipeline to a verified placement; filling the headcount closes the position', async () => {
    const position = await createPosition(t.dataSource, { enterpriseId, regionCode: tree.community.code, status: 'open', headcount: 1 });
    const seeker = await createSeeker(t, tree.grid.code);
    const hr = await t.as({ role: 'hr_officer', enterpriseId });
    const self = await t.as({ role: 'seeker', seekerId: seeker.id });
    const application = (await self.post('/applications').send({ positionId: position.id }).expect(201)).body;
    const move = (client: typeof hr, body: Record<string, unknown>) => client.post(`/applications/${application.id}/moves`).send(body);

    expect((await move(self, { move: 'offer' }).expect(403)).body.error).toBe('ROLE_NOT_ALLOWED');
    await move(hr, { move: 'intention', note: '初步就业意向' }).expect(200);
    await move(hr, { move: 'interview' }).expect(200);
    const back = await move(hr, { move: 'intention' }).expect(409);
    expect(back.body).toMatchObject({ error: 'ILLEGAL_APPLICATION_TRANSITION', status: 'interview', allowed: ['offer', 'reject', 'withdraw'] });
    await move(hr, { move: 'offer' }).expect(200);
    const incomplete = await move(hr, { move: 'place' }).expect(400);
    expect(incomplete.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['contractType', 'startDate']);
    const placed = await move(hr, { move: 'place', startDate: '2026-12-01', contractType: 'labour_contract' }).expect(200);
    expect(placed.body).toMatchObject({ status: 'placed', startDate: '2026-12-01', contractType: 'labour_contract', placementVerifiedAt: null });
    expect(placed.body.steps.map((step: { status: string }) => step.status)).toEqual(['submitted', 'intention', 'interview', 'offer', 'placed']);
    expect((await t.http.get(`/positions/${position.id}`).expect(200)).body.status).toBe('filled');

    await hr.post(`/applications/${application.id}/placement/verify`).expect(403);
    const verified = await t.http.post(`/applications/${application.id}/placement/verify`).expect(200);
    expect(verified.body.placementVerifiedBy).toContain('中心管理员');
    await t.http.post(`/applications/${application.id}/placement/verify`).expect(409);
    await move(hr, { move: 'reject' }).expect(409);
  });

  it('an HR invitation shares nothing until the seeker accepts', async () => {
    const position = await createPosition(t.dataSource, { enterpriseId, regionCode: tree.community.code, status: 'open' });
    const seeker = await createSeeker(t, tree.grid.code, { phone: '13322223333' });
    await t.dataSource.query(`INSERT INTO position_candidate (position_id, seeker_id, score, computed_at) VALUES ($1, $2, 0.8, now())`, [position.id, seeker.id]);
    const hr = await t.as({ role: 'hr_officer', enterpriseId });
    const stranger = await createSeeker(t, (await createRegionTree(t.dataSource)).grid.code);
    const refused = await hr.post('/applications/invitations').send({ positionId: position.id, seekerId: stranger.id }).expect(400);
    expect(refused.body.errors[0].field).toBe('seekerId');

    const invitation = (await hr.post('/applications/invitations').send({ positionId: position.id, seekerId: seeker.id }).expect(201)).body;
    expect(invitation).toMatchObject({ status: 'invited', source: 'invitation' });
    expect((await hr.get(`/seekers/${seeker.id}`).expect(200)).body.phone).toBe('133****3333');
    const self = await t.as({ role: 'seeker', seekerId: seeker.id });
    await hr.post(`/applications/${invitation.id}/moves`).send({ move: 'accept' }).expect(403);
    await self.post(`/applications/${invitation.id}/moves`).send({ move: 'accept' }).expect(200);
    expect((await hr.get(`/seekers/${seeker.id}`).expect(200)).body.phone).toBe('13322223333');
  });

  it('feeds the engine: applications received make a position crowded, and each change queues its rescoring', async () => {
    const position = await createPosition(t.dataSource, { enterpriseId, regionCode: tree.community.code, status: 'open', headcount: 2 });
    const received = async () => (await loadPositions(t.dataSource, [position.id]))[0]!.applicationsReceived;
    expect(await received()).toBe(0);
    const first = (await t.http.post('/applications').send({ positionId: position.id, seekerId: (await createSeeker(t, tree.grid.code)).id }).expect(201)).body;
    await t.http.post('/applications').send({ positionId: position.id, seekerId: (await createSeeker(t, tree.grid.code)).id }).expect(201);
    expect(await received()).toBe(2);
    await t.http.post(`/applications/${first.id}/moves`).send({ move: 'withdraw' }).expect(200);
    expect(await received()).toBe(1);
    const reasons = await t.dataSource.query(`SELECT reason FROM domain_change WHERE subject_type = 'position' AND subject_id = $1`, [position.id]);
    expect(reasons.map((row: { reason: string }) => row.reason)).toEqual(['application.changed', 'application.changed', 'application.changed']);
  });
});
