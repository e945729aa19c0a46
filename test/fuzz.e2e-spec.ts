import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { Response, Test } from 'supertest';
import { addDays, chinaDate, chinaInstant } from '../libs/scheduling/index.js';
import { QUEUES } from '../src/core/queues/queue-names.js';
import { QueuesService } from '../src/core/queues/queues.service.js';
import { changedTables, createFingerprinter, type Fingerprint } from './support/db-fingerprint.js';
import { createEnterprise, createRegionTree, validCreditCode } from './support/factories.js';
import { bodyCase, mutate, pathSegment, queryString, type BodyCase } from './support/fuzz-inputs.js';
import { fuzzRoutes, type FuzzRoute, type OpenApiDocument } from './support/fuzz-routes.js';
import { createPosition, positionBody } from './support/position-factories.js';
import { uniqueRegionCode } from './support/region-factories.js';
import { catalogueType, seekerPayload, uniqueCertificateNumber } from './support/seeker-factories.js';
import { createTestApp, type Client, type TestApp } from './support/test-app.js';
import { TEST_ADMIN } from './support/test-env.js';

/**
 * Property-based fuzzing of every route the API serves (taken from the router, so a new
 * route is fuzzed without a change here): random and malformed path values, query strings
 * and bodies, sent as the nationwide admin and as the other roles. Two properties:
 * nothing answers 5xx ("clear errors for bad input"), and a rejected request (4xx) leaves
 * every table as it was.
 *
 * A failure prints what to re-run: FUZZ_SEED=<n> replays a run (each route's seed derives
 * from it), FUZZ_ROUTE='POST /positions' (a route, or else a regular expression) narrows
 * it, FUZZ_PATH=<path> replays one counterexample of that route. FUZZ_RUNS=<n> sets the
 * cases per route.
 */
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const ONLY = process.env.FUZZ_ROUTE;
const chosen = (routes: FuzzRoute[]) =>
  !ONLY ? routes : routes.some((r) => r.route === ONLY) ? routes.filter((r) => r.route === ONLY) : routes.filter((r) => new RegExp(ONLY).test(r.route));

type Caller = 'admin' | 'centre_staff' | 'hr_officer' | 'grid_worker' | 'seeker' | 'anonymous';
interface FuzzCase {
  as: Caller;
  params: Record<string, string>;
  query: string;
  body: BodyCase;
}

/** Mostly the nationwide admin, who may reach nearly every route; the rest spread over the roles. */
const caller: fc.Arbitrary<Caller> = fc.oneof(
  { weight: 12, arbitrary: fc.constant<Caller>('admin') },
  { weight: 8, arbitrary: fc.constantFrom<Caller>('centre_staff', 'hr_officer', 'grid_worker', 'seeker') },
  { weight: 1, arbitrary: fc.constant<Caller>('anonymous') },
);

/** Routes that end the caller's own sign-in: each case gets a fresh one. */
const ENDS_SESSION = new Set(['POST /auth/logout']);

/** Per route, a seed of its own that still follows from FUZZ_SEED. */
const seedOf = (route: string) => [...route].reduce((hash, char) => (Math.imul(hash, 31) + char.charCodeAt(0)) | 0, SEED);

const clip = (text: string, length = 400) => (text.length > length ? `${text.slice(0, length)}… (${text.length} chars)` : text);

describe('fuzz: random and malformed input on every route', () => {
  let t: TestApp;
  let routes: FuzzRoute[];
  const clients = {} as Record<Exclude<Caller, 'admin' | 'anonymous'>, Client & { account: { username: string; password: string } }>;
  let pools: Record<string, string[]>;
  let validBody: (route: string) => unknown;

  beforeAll(async () => {
    // Queues of its own: the fuzzer starts rebuilds and rescorings by the hundred, which the
    // workers of later suites in this run must not inherit.
    t = await createTestApp({ QUEUE_PREFIX: `jobbridge-test-fuzz-${process.pid}` });
    const [A, B] = [await createRegionTree(t.dataSource), await createRegionTree(t.dataSource)];
    const enterprise = {
      A: await createEnterprise(t.dataSource, { regionCode: A.community.code }),
      B: await createEnterprise(t.dataSource, { regionCode: B.community.code }),
    };
    const position = async (side: 'A' | 'B', status: 'open' | 'draft') =>
      (await createPosition(t.dataSource, { enterpriseId: enterprise[side].id, regionCode: (side === 'A' ? A : B).community.code, status })).id;
    const open = { A: await position('A', 'open'), B: await position('B', 'open') };
    const draft = await position('A', 'draft');
    const post = async (path: string, body: object = {}) => {
      const response = await t.http.post(path).send(body);
      if (response.status >= 300) throw new Error(`setup ${path}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body;
    };
    const seekerBody = seekerPayload(A.grid.code);
    const seeker = { A: (await post('/seekers', seekerBody)).id as string, B: (await post('/seekers', seekerPayload(B.grid.code))).id as string };
    const welderId = (await catalogueType(t.dataSource, 'welder-skill-level')).id;
    const certificateBody = () => ({
      certificateTypeId: welderId,
      level: 4,
      certificateNumber: uniqueCertificateNumber(),
      issuer: '肥城市职业技能鉴定中心',
      issuedOn: '2023-06-15',
    });
    const certificate = (await post(`/seekers/${seeker.A}/certificates`, certificateBody())).id as string;
    const application = (await post('/applications', { positionId: open.A, seekerId: seeker.A })).id as string;

    // Events each on a day of their own, so the valid bodies rarely clash with one another.
    let day = 0;
    const nextDay = () => addDays(chinaDate(new Date()), 300 + day++);
    const seriesBody = () => {
      const date = nextDay();
      return { kind: 'fair', title: '周招聘', regionCode: A.community.code, venue: '社区广场', recurrence: 'daily', startTime: '09:00', durationMinutes: 120, startsOn: date, endsOn: date };
    };
    const eventBody = () => {
      const startsAt = chinaInstant(nextDay(), '09:00');
      return { kind: 'fair', title: '招聘会', regionCode: A.community.code, venue: '社区广场', startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString() };
    };
    const programBody = () => {
      const startsAt = chinaInstant(nextDay(), '09:00');
      return {
        title: '焊工（四级）培训班', certificateTypeId: welderId, level: 4, provider: '肥城市职业技能培训学校', regionCode: A.community.code, venue: '社区学校',
        capacity: 30, costCny: 0, targetGroups: ['laid_off'],
        sessions: [{ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3 * 3600_000).toISOString() }],
      };
    };
    const series = (await post('/event-series', seriesBody())).id as string;
    const event = (await post('/events', eventBody())).id as string;
    const show = (await post('/events', { ...eventBody(), kind: 'livestream', regionCode: A.district.code, venue: undefined, streamUrl: `https://live.example.cn/${randomUUID()}` })).id as string;
    const question = (await post(`/events/${show}/questions`, { text: '几点开始' })).id as string;
    const campaign = (await post('/campaigns', { name: '春风行动', startsOn: '2027-02-01', endsOn: '2027-03-31', regionCode: A.district.code })).id as string;
    const program = await post('/training-programs', programBody());
    const enrolment = (await post(`/training-programs/${program.program.id}/enrolments`, { seekerId: seeker.A })).id as string;
    const [notification] = await t.dataSource.query(
      `INSERT INTO notification (seeker_id, kind, subject_id, title, body) VALUES ($1, 'event_invitation', $2, '邀请', '正文') RETURNING id`,
      [seeker.A, randomUUID()],
    );
    const rebuild = (await post('/matching/rebuilds')).id as string;
    // Accounts only the fuzzer may change (deactivate, reset): never one that is signed in here.
    const victim = (await post('/users', { username: `fz-${randomUUID().slice(0, 12)}`, displayName: '测试', password: 'a fine passphrase', role: 'centre_staff', regionCode: A.street.code })).id as string;

    clients.centre_staff = await t.as({ role: 'centre_staff', regionCode: A.district.code });
    clients.hr_officer = await t.as({ role: 'hr_officer', enterpriseId: enterprise.A.id });
    clients.grid_worker = await t.as({ role: 'grid_worker', regionCode: A.grid.code });
    clients.seeker = await t.as({ role: 'seeker', seekerId: seeker.A });

    // Valid values of a path parameter, by the segment before it (`/seekers/{id}` → seekers).
    pools = {
      users: [victim],
      regions: [A.district.code, A.street.code, A.community.code, A.grid.code, B.community.code],
      enterprises: [enterprise.A.id, enterprise.B.id],
      'certificate-types': [welderId],
      seekers: [seeker.A, seeker.B],
      certificates: [certificate],
      positions: [open.A, draft, open.B],
      recommendations: [open.A],
      rebuilds: [rebuild],
      applications: [application],
      'event-series': [series],
      events: [event, show],
      questions: [question],
      notifications: [notification.id],
      campaigns: [campaign],
      'training-programs': [program.program.id],
      sessions: [program.sessions[0].id],
      enrolments: [enrolment],
    };
    pools['*'] = [...new Set(Object.values(pools).flat())];

    const unique = () => randomUUID().replace(/-/g, '').slice(0, 10);
    validBody = (route) => {
      switch (route) {
        case 'POST /auth/login': return { username: TEST_ADMIN.username, password: TEST_ADMIN.password };
        case 'POST /auth/refresh': return { refreshToken: randomUUID() };
        // A wrong current password: a fuzzed body must never change the admin's password.
        case 'POST /me/password': return { currentPassword: 'not the password', newPassword: 'a fine new passphrase' };
        case 'POST /users': return { username: `fz-${unique()}`, displayName: '测试', password: 'a fine passphrase', role: 'centre_staff', regionCode: A.street.code };
        case 'PATCH /users/{id}': return { displayName: '改名', password: 'another fine passphrase' };
        case 'POST /regions': return { code: uniqueRegionCode(), name: '新网格', level: 'grid', parentCode: A.community.code, latitude: 36.2, longitude: 116.8 };
        case 'PATCH /regions/{code}': return { name: '第一网格', latitude: 36.2, longitude: 116.8 };
        case 'POST /enterprises': return { name: `测试企业${unique()}`, creditCode: validCreditCode(), industry: '制造业', regionCode: A.community.code, address: '新城街道1号', isKeyEnterprise: true, contactName: '张三', contactPhone: '13800138000' };
        case 'PATCH /enterprises/{id}': return { address: '新城街道2号', contactPhone: '13800138001', isKeyEnterprise: false };
        case 'POST /seekers/{id}/certificates': return certificateBody();
        case 'POST /seekers/{id}/certificates/{certificateId}/verify': return { note: '已联网核验' };
        case 'POST /seekers/{id}/certificates/{certificateId}/reject': return { note: '证书编号查无此证' };
        case 'POST /positions':
          return positionBody(enterprise.A.id, {
            certificateRequirements: [{ certificateTypeId: welderId, minLevel: 4, mandatory: true }],
            targetGroups: ['laid_off'], benefits: ['meals'], regionCode: A.community.code, address: '新城街道1号', latitude: 36.2, longitude: 116.8, validUntil: '2030-12-31',
          });
        case 'PATCH /positions/{id}': return { title: '焊工（白班）', salaryMax: 9000, skills: ['氩弧焊'], description: '白班' };
        case 'POST /positions/{id}/status': return { status: 'paused' };
        case 'POST /seekers': return seekerPayload(A.grid.code, { major: '机械', phone: '13900139000' });
        case 'POST /seekers/lookup': return { idNumber: seekerBody.idNumber };
        case 'PATCH /seekers/{id}': return { maxTravelKm: 6, skills: ['氩弧焊', '识图'], desiredSalaryMin: 5000, major: '焊接' };
        case 'POST /seekers/{id}/recommendations/{positionId}/feedback': return { kind: 'saved' };
        case 'POST /applications': return { positionId: open.A, seekerId: seeker.A, source: 'fair', eventId: event };
        case 'POST /applications/invitations': return { positionId: open.A, seekerId: seeker.A };
        case 'POST /applications/{id}/moves': return { move: 'interview', note: '周三面试' };
        case 'POST /event-series': return seriesBody();
        case 'PATCH /event-series/{id}': return { title: '周招聘（改）', host: '主持人' };
        case 'POST /events': return eventBody();
        case 'PATCH /events/{id}': {
          const { startsAt, endsAt } = eventBody();
          return { startsAt, endsAt };
        }
        case 'POST /events/{id}/enterprises': return { enterpriseId: enterprise.A.id, positionIds: [open.A] };
        case 'POST /events/{id}/featured': return { positionIds: [open.A] };
        case 'POST /events/{id}/questions': return { text: '包住吗' };
        case 'POST /events/{id}/questions/{questionId}/answer': return { answer: '下午三点' };
        case 'POST /events/{id}/viewers': return { viewers: 100 };
        case 'POST /campaigns': return { name: '春风行动', startsOn: '2027-02-01', endsOn: '2027-03-31', regionCode: A.district.code, targetGroups: ['laid_off'], goals: { placements: 10, events: 4 } };
        case 'PATCH /campaigns/{id}': return { name: '春风行动（延长）', endsOn: '2027-04-30', goals: { applications: 100 } };
        case 'POST /training-programs': return programBody();
        case 'POST /training-programs/{id}/enrolments': return { seekerId: seeker.A };
        case 'POST /training-programs/{id}/sessions/{sessionId}/attendance': return { present: [enrolment], othersAbsent: false };
        case 'POST /training-programs/{id}/enrolments/{enrolmentId}/assessment': return { result: 'pass', certificateNumber: uniqueCertificateNumber(), issuedOn: '2026-01-10' };
        default: return routes.find((r) => r.route === route)?.sampleBody;
      }
    };

    const document = (await t.anonymous.get('/docs/openapi.json')).body as OpenApiDocument;
    routes = fuzzRoutes(t.app, document);
  });
  afterAll(async () => {
    const queues = t.app.get(QueuesService);
    await Promise.all(Object.values(QUEUES).map((name) => queues.get(name).obliterate({ force: true })));
    await t.close();
  });

  it('takes its routes from the router: every documented route, and the undocumented ones too', async () => {
    const document = (await t.anonymous.get('/docs/openapi.json')).body as OpenApiDocument;
    const documented = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    const fuzzed = routes.map((route) => route.route);
    expect(documented.filter((route) => !fuzzed.includes(route))).toEqual([]);
    expect(fuzzed).toEqual(expect.arrayContaining(['GET /dashboard', 'GET /docs/openapi.json']));
  });

  it('answers no 5xx and writes nothing for a rejected request, on every route', async () => {
    // The API relays outbox rows to the queue right after a commit, without awaiting it
    // (DomainChangesService.relaySoon): the UPDATE of domain_change.relayed_at for an
    // earlier, successful request may land while a later one runs. Only new outbox rows count.
    const fingerprint = await createFingerprinter(t.dataSource, { insertsOnly: ['domain_change'] });
    let known: Fingerprint | undefined;
    const failures: string[] = [];
    // Answers per route, shown with FUZZ_VERBOSE=1: a route that only ever answers 400 is fuzzed shallowly.
    const statuses = new Map<string, Record<number, number>>();
    const tally = (route: string, status: number) => {
      const counts = statuses.get(route) ?? {};
      counts[status] = (counts[status] ?? 0) + 1;
      statuses.set(route, counts);
    };

    const clientFor = async (route: FuzzRoute, as: Caller): Promise<{ [method: string]: unknown }> => {
      if (as === 'anonymous') return t.anonymous as never;
      if (!ENDS_SESSION.has(route.route)) return (as === 'admin' ? t.http : clients[as]) as never;
      const { username, password } = as === 'admin' ? TEST_ADMIN : clients[as].account;
      return (await t.signIn(username, password)).client as never;
    };

    const bodyOf = (route: FuzzRoute, c: FuzzCase): { contentType: string; text: string; contentEncoding?: string } | undefined => {
      if (c.body.kind === 'raw') return c.body;
      const value = c.body.kind === 'json' ? c.body.value : c.body.kind === 'mutated' ? mutate(validBody(route.route) ?? {}, c.body.mutations) : undefined;
      const text = value === undefined ? undefined : JSON.stringify(value);
      return text === undefined ? undefined : { contentType: 'application/json', text };
    };

    const checkOne = async (route: FuzzRoute, c: FuzzCase) => {
      const url = route.path.replace(/\{(\w+)\}/g, (_match, name: string) => c.params[name]!) + (c.query ? `?${c.query}` : '');
      const body = bodyOf(route, c);
      const client = await clientFor(route, c.as);
      // Signing in for a session-ending route writes: the fingerprint is taken after it.
      const before = (ENDS_SESSION.has(route.route) ? undefined : known) ?? (await fingerprint.take());
      known = undefined;

      let request = (client[route.method.toLowerCase()] as (url: string) => Test)(url);
      if (body) {
        request = request.set('Content-Type', body.contentType);
        if (body.contentEncoding) request = request.set('Content-Encoding', body.contentEncoding);
        request = request.send(body.text);
      }
      const response: Response = await request;
      tally(route.route, response.status);

      const described = `${c.as} ${route.method} ${clip(url, 300)}${body ? `\n  ${body.contentType}${body.contentEncoding ? ` (${body.contentEncoding})` : ''}: ${clip(body.text, 600)}` : ''}`;
      const answer = `${response.status} ${clip(response.text ?? '', 300)}`;
      if (response.status >= 500) throw new Error(`answered ${answer}\n  to ${described}`);
      if (response.status >= 400) {
        known = await fingerprint.take();
        const changed = changedTables(before, known);
        if (changed.length > 0) throw new Error(`rejected (${answer}) but wrote ${changed.join(', ')}\n  to ${described}`);
      }
    };

    for (const route of chosen(routes)) {
      const segmentBefore = (param: string) => route.path.split('/').at(route.path.split('/').indexOf(`{${param}}`) - 1)!;
      const params = fc.record(Object.fromEntries(route.params.map((param) => [param, pathSegment(pools[segmentBefore(param)] ?? pools['*']!)])));
      const cases: fc.Arbitrary<FuzzCase> = fc.record({
        as: caller,
        params,
        query: queryString(route.queryKeys, pools['*']!),
        body: bodyCase({ takesBody: route.takesBody, ids: pools['*']! }),
      });
      const seed = seedOf(route.route);
      const details = await fc.check(
        fc.asyncProperty(cases, (c) => checkOne(route, c)),
        { seed, numRuns: RUNS, interruptAfterTimeLimit: 20_000, ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}) },
      );
      if (details.failed) {
        const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
        failures.push(
          `${route.route}: ${error}\n  replay: FUZZ_SEED=${SEED} FUZZ_ROUTE='${route.route}' FUZZ_PATH=${details.counterexamplePath}` +
            `\n  case: ${clip(JSON.stringify(details.counterexample?.[0]), 600)}`,
        );
      }
    }
    if (process.env.FUZZ_VERBOSE) console.log([...statuses].map(([route, counts]) => `${route}  ${JSON.stringify(counts)}`).join('\n'));
    expect(failures).toEqual([]);
  }, 600_000);
});
