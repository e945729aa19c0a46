import { randomUUID } from 'node:crypto';
import { addDays, chinaDate, chinaInstant } from '../libs/scheduling/index.js';
import type { Role } from '../src/auth/roles.js';
import { createEnterprise, createRegionTree, validCreditCode } from './support/factories.js';
import { createPosition, positionBody } from './support/position-factories.js';
import { catalogueType, createSeeker, seekerPayload, uniqueCertificateNumber } from './support/seeker-factories.js';
import { createTestApp, type Client, type TestApp } from './support/test-app.js';
import { TEST_ADMIN } from './support/test-env.js';

/**
 * Every route × every role, against a record in the caller's own scope ("own", region A
 * and enterprise A) and one outside it ("other", region B), plus anonymously. The table
 * is the access policy in one place; a route the API serves but the table lacks fails
 * the suite, so a new route cannot ship without a decision.
 */
type Outcome = 'ok' | 400 | 401 | 403 | 404;
type Side = 'own' | 'other';
type Expectation = Outcome | readonly [own: Outcome, other: Outcome];
interface Call {
  path: string;
  body?: object;
  query?: Record<string, unknown>;
}
interface RouteCase {
  /** `METHOD /path/{param}` exactly as in the OpenAPI document. */
  route: string;
  call(side: Side, role: Role): Promise<Call> | Call;
  expect: Record<Role, Expectation>;
  /** No token needed. */
  public?: boolean;
}

const ROLES_IN_MATRIX: Role[] = ['centre_admin', 'centre_staff', 'hr_officer', 'grid_worker', 'seeker'];
const all = (outcome: Expectation): Record<Role, Expectation> => ({
  centre_admin: outcome,
  centre_staff: outcome,
  hr_officer: outcome,
  grid_worker: outcome,
  seeker: outcome,
});
const SCOPED: Expectation = ['ok', 404];

describe('access matrix: every route as every role', () => {
  let t: TestApp;
  const clients = {} as Record<Role, Client & { account: { id: string; username: string } }>;
  const world = {} as {
    A: Awaited<ReturnType<typeof createRegionTree>>;
    B: Awaited<ReturnType<typeof createRegionTree>>;
    enterprise: Record<Side, { id: string; regionCode: string }>;
    open: Record<Side, string>;
    draft: Record<Side, string>;
    seeker: Record<Side, { id: string }>;
    idNumber: Record<Side, string>;
    rebuildId: string;
    welderId: string;
  };
  const region = (side: Side) => (side === 'own' ? world.A : world.B);

  beforeAll(async () => {
    t = await createTestApp();
    world.A = await createRegionTree(t.dataSource);
    world.B = await createRegionTree(t.dataSource);
    world.enterprise = {
      own: await createEnterprise(t.dataSource, { regionCode: world.A.community.code }),
      other: await createEnterprise(t.dataSource, { regionCode: world.B.community.code }),
    };
    const position = async (side: Side, status: 'open' | 'draft') =>
      (await createPosition(t.dataSource, { enterpriseId: world.enterprise[side].id, regionCode: region(side).community.code, status })).id;
    world.open = { own: await position('own', 'open'), other: await position('other', 'open') };
    world.draft = { own: await position('own', 'draft'), other: await position('other', 'draft') };
    world.idNumber = { own: '', other: '' };
    const seeker = async (side: Side) => {
      const payload = seekerPayload(region(side).grid.code);
      world.idNumber[side] = payload.idNumber as string;
      const response = await t.http.post('/seekers').send(payload);
      return response.body as { id: string };
    };
    world.seeker = { own: await seeker('own'), other: await seeker('other') };
    // The own seeker is a stored candidate of the own open position: what an HR officer may see.
    await t.dataSource.query(`INSERT INTO position_candidate (position_id, seeker_id, score, computed_at) VALUES ($1, $2, 0.8, now())`, [
      world.open.own,
      world.seeker.own.id,
    ]);
    world.welderId = (await catalogueType(t.dataSource, 'welder-skill-level')).id;
    world.rebuildId = (await t.http.post('/matching/rebuilds')).body.id;

    clients.centre_admin = await t.as({ role: 'centre_admin', regionCode: world.A.district.code });
    clients.centre_staff = await t.as({ role: 'centre_staff', regionCode: world.A.district.code });
    clients.hr_officer = await t.as({ role: 'hr_officer', enterpriseId: world.enterprise.own.id });
    clients.grid_worker = await t.as({ role: 'grid_worker', regionCode: world.A.grid.code });
    clients.seeker = await t.as({ role: 'seeker', seekerId: world.seeker.own.id });
  });
  afterAll(async () => {
    await t.close();
  });

  // Fresh records for calls that change or consume them, made as the nationwide admin.
  const fresh = {
    certificate: async (side: Side) => {
      const response = await t.http.post(`/seekers/${world.seeker[side].id}/certificates`).send({
        certificateTypeId: world.welderId,
        level: 4,
        certificateNumber: uniqueCertificateNumber(),
        issuer: '肥城市职业技能鉴定中心',
        issuedOn: '2023-06-15',
      });
      return response.body.id as string;
    },
    draft: async (side: Side) =>
      (await createPosition(t.dataSource, { enterpriseId: world.enterprise[side].id, regionCode: region(side).community.code, status: 'draft' })).id,
    open: async (side: Side) =>
      (await createPosition(t.dataSource, { enterpriseId: world.enterprise[side].id, regionCode: region(side).community.code, status: 'open' })).id,
    seeker: async (side: Side) => (await createSeeker(t, region(side).grid.code)).id,
    application: async (side: Side) => {
      const response = await t.http.post('/applications').send({ positionId: await fresh.open(side), seekerId: world.seeker[side].id });
      return response.body.id as string;
    },
    account: async (side: Side) => {
      const response = await t.http.post('/users').send({
        username: `m-${randomUUID().slice(0, 12)}`,
        displayName: '测试',
        password: 'a fine passphrase',
        role: 'seeker',
        seekerId: await fresh.seeker(side),
      });
      return response.body.id as string;
    },
  };
  const uniqueName = () => `m${randomUUID().replace(/-/g, '').slice(0, 12)}`;

  // Events each on a day of their own, so fresh ones never clash with one another.
  let day = 0;
  const nextDay = () => addDays(chinaDate(new Date()), 200 + day++);
  const seriesBody = (side: Side) => {
    const date = nextDay();
    return { kind: 'fair', title: '周招聘', regionCode: region(side).community.code, venue: '社区广场', recurrence: 'daily', startTime: '09:00', durationMinutes: 120, startsOn: date, endsOn: date };
  };
  const eventBody = (side: Side) => {
    const startsAt = chinaInstant(nextDay(), '09:00');
    return { kind: 'fair', title: '招聘会', regionCode: region(side).community.code, venue: '社区广场', startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString() };
  };
  const programBody = (side: Side) => {
    const startsAt = chinaInstant(nextDay(), '09:00');
    return {
      title: '焊工（四级）培训班', certificateTypeId: world.welderId, level: 4, provider: '肥城市职业技能培训学校', regionCode: region(side).community.code,
      venue: '社区学校', capacity: 30, sessions: [{ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3 * 3600_000).toISOString() }],
    };
  };
  const freshEvents = {
    series: async (side: Side, then?: 'pause') => {
      const id = (await t.http.post('/event-series').send(seriesBody(side))).body.id as string;
      if (then === 'pause') await t.http.post(`/event-series/${id}/pause`);
      return id;
    },
    event: async (side: Side) => (await t.http.post('/events').send(eventBody(side))).body.id as string,
    show: async (side: Side) => {
      const body = { ...eventBody(side), kind: 'livestream', regionCode: region(side).district.code, streamUrl: `https://live.example.cn/${uniqueName()}`, venue: undefined };
      return (await t.http.post('/events').send(body)).body.id as string;
    },
    campaign: async (side: Side) =>
      (await t.http.post('/campaigns').send({ name: '春风行动', startsOn: '2027-02-01', endsOn: '2027-03-31', regionCode: region(side).district.code })).body.id as string,
    program: async (side: Side) => {
      const response = await t.http.post('/training-programs').send(programBody(side));
      return { id: response.body.program.id as string, sessionId: response.body.sessions[0].id as string };
    },
    notification: async (side: Side) => {
      const [row] = await t.dataSource.query(
        `INSERT INTO notification (seeker_id, kind, subject_id, title, body) VALUES ($1, 'event_invitation', $2, '邀请', '正文') RETURNING id`,
        [world.seeker[side].id, randomUUID()],
      );
      return row.id as string;
    },
  };

  const CASES: RouteCase[] = [
    { route: 'GET /health', public: true, call: () => ({ path: '/health' }), expect: all('ok') },
    { route: 'POST /auth/login', public: true, call: () => ({ path: '/auth/login', body: { username: TEST_ADMIN.username, password: TEST_ADMIN.password } }), expect: all('ok') },
    {
      route: 'POST /auth/refresh',
      public: true,
      call: async () => ({ path: '/auth/refresh', body: { refreshToken: (await t.signIn(TEST_ADMIN.username, TEST_ADMIN.password)).refreshToken } }),
      expect: all('ok'),
    },
    { route: 'GET /me', call: () => ({ path: '/me' }), expect: all('ok') },
    { route: 'POST /me/password', call: () => ({ path: '/me/password', body: { currentPassword: 'wrong password', newPassword: 'whatever passphrase' } }), expect: all(401) },
    // Logout is checked last (it ends the session): see the final test.

    // Accounts
    {
      route: 'POST /users',
      call: async (side, role) => {
        const base = { username: `m-${randomUUID().slice(0, 12)}`, displayName: '测试', password: 'a fine passphrase' };
        if (role === 'centre_admin') return { path: '/users', body: { ...base, role: 'centre_staff', regionCode: region(side).street.code } };
        if (role === 'centre_staff') return { path: '/users', body: { ...base, role: 'hr_officer', enterpriseId: world.enterprise[side].id } };
        return { path: '/users', body: { ...base, role: 'seeker', seekerId: await fresh.seeker(side) } };
      },
      expect: { centre_admin: ['ok', 400], centre_staff: ['ok', 400], grid_worker: ['ok', 400], hr_officer: 403, seeker: 403 },
    },
    { route: 'GET /users', call: () => ({ path: '/users' }), expect: { centre_admin: 'ok', centre_staff: 'ok', grid_worker: 'ok', hr_officer: 403, seeker: 403 } },
    {
      route: 'GET /users/{id}',
      call: async (side) => ({ path: `/users/${await fresh.account(side)}` }),
      expect: { centre_admin: SCOPED, centre_staff: SCOPED, grid_worker: SCOPED, hr_officer: 403, seeker: 403 },
    },
    {
      route: 'PATCH /users/{id}',
      call: async (side) => ({ path: `/users/${await fresh.account(side)}`, body: { displayName: '改名' } }),
      expect: { centre_admin: SCOPED, centre_staff: SCOPED, grid_worker: SCOPED, hr_officer: 403, seeker: 403 },
    },

    // Regions and the certificate catalogue: reference data for everyone signed in
    { route: 'GET /regions', call: () => ({ path: '/regions' }), expect: all('ok') },
    { route: 'GET /regions/{code}', call: (side) => ({ path: `/regions/${region(side).community.code}` }), expect: all('ok') },
    { route: 'GET /regions/{code}/children', call: (side) => ({ path: `/regions/${region(side).street.code}/children` }), expect: all('ok') },
    { route: 'GET /regions/{code}/subtree', call: (side) => ({ path: `/regions/${region(side).street.code}/subtree` }), expect: all('ok') },
    {
      route: 'POST /regions',
      call: (side) => ({ path: '/regions', body: { code: uniqueName(), name: '新社区', level: 'community', parentCode: region(side).street.code } }),
      expect: { ...all(403), centre_admin: ['ok', 400] },
    },
    {
      route: 'PATCH /regions/{code}',
      call: (side) => ({ path: `/regions/${region(side).grid.code}`, body: { name: '第一网格' } }),
      expect: { ...all(403), centre_admin: SCOPED },
    },
    { route: 'GET /certificate-types', call: () => ({ path: '/certificate-types' }), expect: all('ok') },
    { route: 'GET /certificate-types/{id}', call: () => ({ path: `/certificate-types/${world.welderId}` }), expect: all('ok') },

    // Enterprises
    {
      route: 'POST /enterprises',
      call: (side) => ({ path: '/enterprises', body: { name: `测试企业${uniqueName()}`, creditCode: validCreditCode(), industry: '制造业', regionCode: region(side).community.code } }),
      expect: { centre_admin: ['ok', 400], centre_staff: ['ok', 400], hr_officer: 403, grid_worker: 403, seeker: 403 },
    },
    { route: 'GET /enterprises', call: () => ({ path: '/enterprises' }), expect: all('ok') },
    {
      // Both enterprises recruit (each has an open position): grid workers and seekers read both.
      route: 'GET /enterprises/{id}',
      call: (side) => ({ path: `/enterprises/${world.enterprise[side].id}` }),
      expect: { centre_admin: SCOPED, centre_staff: SCOPED, hr_officer: SCOPED, grid_worker: 'ok', seeker: 'ok' },
    },
    {
      route: 'PATCH /enterprises/{id}',
      call: (side) => ({ path: `/enterprises/${world.enterprise[side].id}`, body: { address: '新城街道1号' } }),
      expect: { centre_admin: SCOPED, centre_staff: SCOPED, hr_officer: SCOPED, grid_worker: 403, seeker: 403 },
    },

    // Positions: open ones are public listings; drafts only for their managers
    {
      route: 'POST /positions',
      call: (side) => ({ path: '/positions', body: positionBody(world.enterprise[side].id) }),
      expect: { centre_admin: ['ok', 400], centre_staff: ['ok', 400], hr_officer: ['ok', 400], grid_worker: 403, seeker: 403 },
    },
    { route: 'GET /positions', call: () => ({ path: '/positions' }), expect: all('ok') },
    {
      route: 'GET /positions/{id}',
      call: (side) => ({ path: `/positions/${world.draft[side]}` }),
      expect: { centre_admin: SCOPED, centre_staff: SCOPED, hr_officer: SCOPED, grid_worker: 404, seeker: 404 },
    },
    {
      route: 'PATCH /positions/{id}',
      call: async (side) => ({ path: `/positions/${await fresh.draft(side)}`, body: { title: '焊工（白班）' } }),
      expect: { centre_admin: SCOPED, centre_staff: SCOPED, hr_officer: SCOPED, grid_worker: 403, seeker: 403 },
    },
    {
      route: 'POST /positions/{id}/status',
      call: async (side) => ({ path: `/positions/${await fresh.draft(side)}/status`, body: { status: 'open' } }),
      expect: { centre_admin: SCOPED, centre_staff: SCOPED, hr_officer: SCOPED, grid_worker: 403, seeker: 403 },
    },

    // Seekers
    {
      route: 'POST /seekers',
      call: (side) => ({ path: '/seekers', body: seekerPayload(region(side).grid.code) }),
      expect: { centre_admin: ['ok', 400], centre_staff: ['ok', 400], grid_worker: ['ok', 400], hr_officer: 403, seeker: 403 },
    },
    { route: 'GET /seekers', call: () => ({ path: '/seekers' }), expect: { centre_admin: 'ok', centre_staff: 'ok', grid_worker: 'ok', hr_officer: 403, seeker: 403 } },
    {
      route: 'POST /seekers/lookup',
      call: (side) => ({ path: '/seekers/lookup', body: { idNumber: world.idNumber[side] } }),
      expect: { centre_admin: SCOPED, centre_staff: SCOPED, grid_worker: SCOPED, hr_officer: 403, seeker: 403 },
    },
    { route: 'GET /seekers/{id}', call: (side) => ({ path: `/seekers/${world.seeker[side].id}` }), expect: all(SCOPED) },
    {
      route: 'PATCH /seekers/{id}',
      call: (side) => ({ path: `/seekers/${world.seeker[side].id}`, body: { maxTravelKm: 6 } }),
      expect: { centre_admin: SCOPED, centre_staff: SCOPED, grid_worker: SCOPED, seeker: SCOPED, hr_officer: 403 },
    },
    {
      route: 'GET /seekers/{id}/id-number',
      call: (side) => ({ path: `/seekers/${world.seeker[side].id}/id-number` }),
      expect: { centre_admin: SCOPED, centre_staff: SCOPED, grid_worker: SCOPED, hr_officer: 403, seeker: 403 },
    },

    // A seeker's certificates
    {
      route: 'POST /seekers/{id}/certificates',
      call: (side) => ({
        path: `/seekers/${world.seeker[side].id}/certificates`,
        body: { certificateTypeId: world.welderId, level: 4, certificateNumber: uniqueCertificateNumber(), issuer: '肥城市职业技能鉴定中心', issuedOn: '2023-06-15' },
      }),
      expect: { centre_admin: SCOPED, centre_staff: SCOPED, grid_worker: SCOPED, seeker: SCOPED, hr_officer: 403 },
    },
    { route: 'GET /seekers/{id}/certificates', call: (side) => ({ path: `/seekers/${world.seeker[side].id}/certificates` }), expect: all(SCOPED) },
    {
      route: 'GET /seekers/{id}/certificates/{certificateId}',
      call: async (side) => ({ path: `/seekers/${world.seeker[side].id}/certificates/${await fresh.certificate(side)}` }),
      expect: all(SCOPED),
    },
    {
      route: 'POST /seekers/{id}/certificates/{certificateId}/verify',
      call: async (side) => ({ path: `/seekers/${world.seeker[side].id}/certificates/${await fresh.certificate(side)}/verify`, body: { note: '已联网核验' } }),
      expect: { centre_admin: SCOPED, centre_staff: SCOPED, hr_officer: 403, grid_worker: 403, seeker: 403 },
    },
    {
      route: 'POST /seekers/{id}/certificates/{certificateId}/reject',
      call: async (side) => ({ path: `/seekers/${world.seeker[side].id}/certificates/${await fresh.certificate(side)}/reject`, body: { note: '证书编号查无此证' } }),
      expect: { centre_admin: SCOPED, centre_staff: SCOPED, hr_officer: 403, grid_worker: 403, seeker: 403 },
    },
    {
      route: 'DELETE /seekers/{id}/certificates/{certificateId}',
      call: async (side) => ({ path: `/seekers/${world.seeker[side].id}/certificates/${await fresh.certificate(side)}` }),
      expect: { centre_admin: SCOPED, centre_staff: SCOPED, grid_worker: SCOPED, seeker: SCOPED, hr_officer: 403 },
    },

    // Matching
    {
      route: 'GET /seekers/{id}/recommendations',
      call: (side) => ({ path: `/seekers/${world.seeker[side].id}/recommendations` }),
      expect: { centre_admin: SCOPED, centre_staff: SCOPED, grid_worker: SCOPED, seeker: SCOPED, hr_officer: 403 },
    },
    {
      route: 'POST /seekers/{id}/recommendations/{positionId}/feedback',
      call: (side) => ({ path: `/seekers/${world.seeker[side].id}/recommendations/${world.open[side]}/feedback`, body: { kind: 'saved' } }),
      expect: { centre_admin: SCOPED, centre_staff: SCOPED, grid_worker: SCOPED, seeker: SCOPED, hr_officer: 403 },
    },
    {
      route: 'GET /positions/{id}/candidates',
      call: (side) => ({ path: `/positions/${world.open[side]}/candidates` }),
      expect: { centre_admin: SCOPED, centre_staff: SCOPED, hr_officer: SCOPED, grid_worker: 403, seeker: 403 },
    },
    {
      route: 'GET /matches/explain',
      call: (side) => ({ path: '/matches/explain', query: { seekerId: world.seeker[side].id, positionId: world.open[side] } }),
      expect: all(SCOPED),
    },
    { route: 'POST /matching/rebuilds', call: () => ({ path: '/matching/rebuilds' }), expect: { ...all(403), centre_admin: 'ok' } },
    { route: 'GET /matching/rebuilds/latest', call: () => ({ path: '/matching/rebuilds/latest' }), expect: { ...all(403), centre_admin: 'ok', centre_staff: 'ok' } },
    { route: 'GET /matching/rebuilds/{id}', call: () => ({ path: `/matching/rebuilds/${world.rebuildId}` }), expect: { ...all(403), centre_admin: 'ok', centre_staff: 'ok' } },

    // Applications
    {
      route: 'POST /applications',
      call: async (side) => ({ path: '/applications', body: { positionId: await fresh.open('own'), seekerId: world.seeker[side].id } }),
      expect: { centre_admin: ['ok', 400], centre_staff: ['ok', 400], grid_worker: ['ok', 400], seeker: ['ok', 400], hr_officer: 403 },
    },
    { route: 'GET /applications', call: () => ({ path: '/applications' }), expect: all('ok') },
    { route: 'GET /applications/{id}', call: async (side) => ({ path: `/applications/${await fresh.application(side)}` }), expect: all(SCOPED) },
    {
      // Each role makes a move of its own side: the seeker's side withdraws, HR moves the pipeline.
      route: 'POST /applications/{id}/moves',
      call: async (side, role) => ({ path: `/applications/${await fresh.application(side)}/moves`, body: { move: role === 'hr_officer' ? 'interview' : 'withdraw' } }),
      expect: all(SCOPED),
    },
    {
      route: 'POST /applications/invitations',
      call: async (side) => ({ path: '/applications/invitations', body: { positionId: await fresh.open(side), seekerId: world.seeker.own.id } }),
      expect: { ...all(403), centre_admin: ['ok', 400], centre_staff: ['ok', 400], hr_officer: ['ok', 400] },
    },
    {
      route: 'POST /applications/{id}/placement/verify',
      call: async (side) => {
        const id = await fresh.application(side);
        await t.http.post(`/applications/${id}/moves`).send({ move: 'offer' });
        await t.http.post(`/applications/${id}/moves`).send({ move: 'place', startDate: '2026-12-01', contractType: 'labour_contract' });
        return { path: `/applications/${id}/placement/verify` };
      },
      expect: { ...all(403), centre_admin: SCOPED, centre_staff: SCOPED },
    },

    // Recruitment events: the schedule is public; centres organise in their region
    {
      route: 'POST /event-series',
      call: (side) => ({ path: '/event-series', body: seriesBody(side) }),
      expect: { ...all(403), centre_admin: ['ok', 400], centre_staff: ['ok', 400] },
    },
    { route: 'GET /event-series', call: () => ({ path: '/event-series' }), expect: all('ok') },
    { route: 'GET /event-series/{id}', call: async (side) => ({ path: `/event-series/${await freshEvents.series(side)}` }), expect: all('ok') },
    {
      route: 'PATCH /event-series/{id}',
      call: async (side) => ({ path: `/event-series/${await freshEvents.series(side)}`, body: { title: '周招聘（改）' } }),
      expect: { ...all(403), centre_admin: SCOPED, centre_staff: SCOPED },
    },
    {
      route: 'POST /event-series/{id}/pause',
      call: async (side) => ({ path: `/event-series/${await freshEvents.series(side)}/pause` }),
      expect: { ...all(403), centre_admin: SCOPED, centre_staff: SCOPED },
    },
    {
      route: 'POST /event-series/{id}/resume',
      call: async (side) => ({ path: `/event-series/${await freshEvents.series(side, 'pause')}/resume` }),
      expect: { ...all(403), centre_admin: SCOPED, centre_staff: SCOPED },
    },
    {
      route: 'POST /event-series/{id}/cancel',
      call: async (side) => ({ path: `/event-series/${await freshEvents.series(side)}/cancel` }),
      expect: { ...all(403), centre_admin: SCOPED, centre_staff: SCOPED },
    },
    {
      route: 'POST /events',
      call: (side) => ({ path: '/events', body: eventBody(side) }),
      expect: { ...all(403), centre_admin: ['ok', 400], centre_staff: ['ok', 400] },
    },
    { route: 'GET /events', call: () => ({ path: '/events' }), expect: all('ok') },
    { route: 'GET /events/{id}', call: async (side) => ({ path: `/events/${await freshEvents.event(side)}` }), expect: all('ok') },
    {
      route: 'PATCH /events/{id}',
      call: async (side) => {
        const id = await freshEvents.event(side);
        const moved = chinaInstant(nextDay(), '10:00');
        return { path: `/events/${id}`, body: { startsAt: moved.toISOString(), endsAt: new Date(moved.getTime() + 3600_000).toISOString() } };
      },
      expect: { ...all(403), centre_admin: SCOPED, centre_staff: SCOPED },
    },
    {
      route: 'POST /events/{id}/cancel',
      call: async (side) => ({ path: `/events/${await freshEvents.event(side)}/cancel` }),
      expect: { ...all(403), centre_admin: SCOPED, centre_staff: SCOPED },
    },
    {
      route: 'POST /events/{id}/enterprises',
      call: async (side) => ({ path: `/events/${await freshEvents.event('own')}/enterprises`, body: { enterpriseId: world.enterprise[side].id, positionIds: [world.open[side]] } }),
      expect: { ...all(403), centre_admin: ['ok', 400], centre_staff: ['ok', 400], hr_officer: ['ok', 400] },
    },
    { route: 'GET /events/{id}/enterprises', call: async (side) => ({ path: `/events/${await freshEvents.event(side)}/enterprises` }), expect: all('ok') },
    {
      route: 'GET /events/{id}/featured-suggestions',
      call: async (side) => ({ path: `/events/${await freshEvents.event(side)}/featured-suggestions` }),
      expect: { ...all(403), centre_admin: 'ok', centre_staff: 'ok' },
    },
    {
      route: 'POST /events/{id}/featured',
      call: async (side) => ({ path: `/events/${await freshEvents.event(side)}/featured`, body: { positionIds: [] } }),
      expect: { ...all(403), centre_admin: SCOPED, centre_staff: SCOPED },
    },
    { route: 'GET /regions/{code}/events.ics', call: (side) => ({ path: `/regions/${region(side).community.code}/events.ics` }), expect: all('ok') },
    {
      route: 'GET /seekers/{id}/events.ics',
      call: (side) => ({ path: `/seekers/${world.seeker[side].id}/events.ics` }),
      expect: { centre_admin: SCOPED, centre_staff: SCOPED, grid_worker: SCOPED, seeker: SCOPED, hr_officer: 403 },
    },
    {
      route: 'POST /events/{id}/questions',
      call: async (side) => ({ path: `/events/${await freshEvents.show(side)}/questions`, body: { text: '包住吗' } }),
      expect: { ...all('ok'), hr_officer: 403 },
    },
    { route: 'GET /events/{id}/questions', call: async (side) => ({ path: `/events/${await freshEvents.show(side)}/questions` }), expect: { ...all(403), centre_admin: 'ok', centre_staff: 'ok' } },
    {
      route: 'POST /events/{id}/questions/{questionId}/answer',
      call: async (side) => {
        const eventId = await freshEvents.show(side);
        const question = await t.http.post(`/events/${eventId}/questions`).send({ text: '几点开始' });
        return { path: `/events/${eventId}/questions/${question.body.id}/answer`, body: { answer: '下午三点' } };
      },
      expect: { ...all(403), centre_admin: SCOPED, centre_staff: SCOPED },
    },
    {
      route: 'POST /events/{id}/viewers',
      call: async (side) => ({ path: `/events/${await freshEvents.show(side)}/viewers`, body: { viewers: 100 } }),
      expect: { ...all(403), centre_admin: SCOPED, centre_staff: SCOPED },
    },
    { route: 'GET /me/notifications', call: () => ({ path: '/me/notifications' }), expect: { ...all(403), seeker: 'ok' } },
    {
      route: 'POST /me/notifications/{id}/read',
      call: async (side) => ({ path: `/me/notifications/${await freshEvents.notification(side)}/read` }),
      expect: { ...all(403), seeker: SCOPED },
    },

    // Campaigns: the centre of their region
    {
      route: 'POST /campaigns',
      call: (side) => ({ path: '/campaigns', body: { name: '春风行动', startsOn: '2027-02-01', endsOn: '2027-03-31', regionCode: region(side).district.code } }),
      expect: { ...all(403), centre_admin: ['ok', 400], centre_staff: ['ok', 400] },
    },
    { route: 'GET /campaigns', call: () => ({ path: '/campaigns' }), expect: { ...all(403), centre_admin: 'ok', centre_staff: 'ok' } },
    { route: 'GET /campaigns/{id}', call: async (side) => ({ path: `/campaigns/${await freshEvents.campaign(side)}` }), expect: { ...all(403), centre_admin: SCOPED, centre_staff: SCOPED } },
    {
      route: 'PATCH /campaigns/{id}',
      call: async (side) => ({ path: `/campaigns/${await freshEvents.campaign(side)}`, body: { name: '春风行动（延长）' } }),
      expect: { ...all(403), centre_admin: SCOPED, centre_staff: SCOPED },
    },
    {
      route: 'GET /campaigns/{id}/report',
      call: async (side) => ({ path: `/campaigns/${await freshEvents.campaign(side)}/report` }),
      expect: { ...all(403), centre_admin: SCOPED, centre_staff: SCOPED },
    },

    // Training programmes: the centre of their region runs them; everyone reads them
    {
      route: 'POST /training-programs',
      call: (side) => ({ path: '/training-programs', body: programBody(side) }),
      expect: { ...all(403), centre_admin: ['ok', 400], centre_staff: ['ok', 400] },
    },
    { route: 'GET /training-programs', call: () => ({ path: '/training-programs' }), expect: all('ok') },
    { route: 'GET /training-programs/{id}', call: async (side) => ({ path: `/training-programs/${(await freshEvents.program(side)).id}` }), expect: all('ok') },
    {
      route: 'PATCH /training-programs/{id}',
      call: async (side) => ({ path: `/training-programs/${(await freshEvents.program(side)).id}`, body: { venue: '社区学校三楼' } }),
      expect: { ...all(403), centre_admin: SCOPED, centre_staff: SCOPED },
    },
    {
      route: 'POST /training-programs/{id}/enrolments/{enrolmentId}/withdrawal',
      call: async (side) => {
        const program = await freshEvents.program(side);
        const enrolment = await t.http.post(`/training-programs/${program.id}/enrolments`).send({ seekerId: world.seeker[side].id });
        return { path: `/training-programs/${program.id}/enrolments/${enrolment.body.id}/withdrawal` };
      },
      expect: { centre_admin: SCOPED, centre_staff: SCOPED, grid_worker: SCOPED, seeker: SCOPED, hr_officer: 403 },
    },
    {
      route: 'GET /training-demand',
      call: (side) => ({ path: '/training-demand', query: { regionCode: region(side).district.code } }),
      expect: { ...all(403), centre_admin: ['ok', 400], centre_staff: ['ok', 400] },
    },
    {
      route: 'POST /training-programs/{id}/enrolments',
      call: async (side) => ({ path: `/training-programs/${(await freshEvents.program('own')).id}/enrolments`, body: { seekerId: world.seeker[side].id } }),
      expect: { centre_admin: ['ok', 400], centre_staff: ['ok', 400], grid_worker: ['ok', 400], seeker: 'ok', hr_officer: 403 },
    },
    {
      route: 'GET /training-programs/{id}/enrolments',
      call: async (side) => ({ path: `/training-programs/${(await freshEvents.program(side)).id}/enrolments` }),
      expect: { ...all(403), centre_admin: SCOPED, centre_staff: SCOPED },
    },
    {
      route: 'POST /training-programs/{id}/sessions/{sessionId}/attendance',
      call: async (side) => {
        const program = await freshEvents.program(side);
        return { path: `/training-programs/${program.id}/sessions/${program.sessionId}/attendance`, body: { present: [] } };
      },
      expect: { ...all(403), centre_admin: SCOPED, centre_staff: SCOPED },
    },
    {
      route: 'POST /training-programs/{id}/enrolments/{enrolmentId}/assessment',
      call: async (side) => {
        const program = await freshEvents.program(side);
        const enrolment = await t.http.post(`/training-programs/${program.id}/enrolments`).send({ seekerId: world.seeker[side].id });
        return { path: `/training-programs/${program.id}/enrolments/${enrolment.body.id}/assessment`, body: { result: 'fail' } };
      },
      expect: { ...all(403), centre_admin: SCOPED, centre_staff: SCOPED },
    },

    {
      route: 'GET /seekers/{id}/training-suggestions',
      call: (side) => ({ path: `/seekers/${world.seeker[side].id}/training-suggestions` }),
      expect: { centre_admin: SCOPED, centre_staff: SCOPED, grid_worker: SCOPED, seeker: SCOPED, hr_officer: 403 },
    },

    // The audit log
    { route: 'GET /audit-events', call: () => ({ path: '/audit-events' }), expect: { ...all(403), centre_admin: 'ok' } },
  ];

  const send = (client: { [method: string]: unknown }, route: string, call: Call) => {
    const method = route.split(' ')[0]!.toLowerCase();
    const request = (client[method] as (path: string) => import('supertest').Test)(call.path);
    if (call.query) request.query(call.query);
    return call.body !== undefined ? request.send(call.body) : request;
  };
  const matches = (status: number, outcome: Outcome) => (outcome === 'ok' ? status >= 200 && status < 300 : status === outcome);

  it('covers every route the API serves', async () => {
    const document = (await t.anonymous.get('/docs/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const served = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    const covered = [...CASES.map((routeCase) => routeCase.route), 'POST /auth/logout'];
    expect(served.filter((route) => !covered.includes(route))).toEqual([]);
    expect(covered.filter((route) => !served.includes(route))).toEqual([]);
  });

  it.each(CASES.map((routeCase) => [routeCase.route, routeCase] as const))('%s', async (_route, routeCase) => {
    const failures: string[] = [];
    for (const role of ROLES_IN_MATRIX) {
      const expectation = routeCase.expect[role];
      const [own, other] = typeof expectation === 'object' ? expectation : [expectation, expectation];
      for (const [side, outcome] of [['own', own], ['other', other]] as const) {
        const response = await send(clients[role] as never, routeCase.route, await routeCase.call(side, role));
        if (!matches(response.status, outcome)) failures.push(`${role} ${side}: expected ${outcome}, got ${response.status} ${JSON.stringify(response.body).slice(0, 160)}`);
      }
    }
    const anonymous = await send(t.anonymous as never, routeCase.route, await routeCase.call('own', 'centre_admin'));
    const anonymousOutcome: Outcome = routeCase.public ? 'ok' : 401;
    if (!matches(anonymous.status, anonymousOutcome)) failures.push(`anonymous: expected ${anonymousOutcome}, got ${anonymous.status}`);
    expect(failures).toEqual([]);
  });

  it('POST /auth/logout: every role may sign out, anonymous 401', async () => {
    expect((await t.anonymous.post('/auth/logout')).status).toBe(401);
    for (const role of ROLES_IN_MATRIX) {
      expect((await clients[role].post('/auth/logout')).status).toBe(204);
      expect((await clients[role].get('/me')).status).toBe(401);
    }
  });
});
