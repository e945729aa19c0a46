import { createServer, type Server } from 'node:http';
import { addDays, chinaDate, chinaInstant } from '../libs/scheduling/index.js';
import { createEnterprise, createRegionTree } from './support/factories.js';
import { positionBody } from './support/position-factories.js';
import { createSeeker } from './support/seeker-factories.js';
import { createTestAppWithWorker, eventually, type TestAppWithWorker } from './support/test-app.js';

/** Series, conflicts, sign-ups and invitations, with the real worker on the real Redis. */
describe('recruitment events', () => {
  let t: TestAppWithWorker;
  let webhook: Server;
  const delivered: Array<Record<string, unknown>> = [];
  let tree: Awaited<ReturnType<typeof createRegionTree>>;
  const today = chinaDate(new Date());

  beforeAll(async () => {
    webhook = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        delivered.push(JSON.parse(body) as Record<string, unknown>);
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
    const port = (webhook.address() as { port: number }).port;
    // Any stored match counts as strong here: the test is about who is invited, not the threshold.
    const overrides = { NOTIFY_WEBHOOK_URL: `http://127.0.0.1:${port}/sms`, INVITATION_LEAD_MINUTES: String(3 * 1440), STRONG_MATCH_SCORE: '0' };
    t = await createTestAppWithWorker(overrides);
    tree = await createRegionTree(t.dataSource);
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => webhook.close(resolve));
  });

  const fairBody = (overrides: Record<string, unknown> = {}) => ({
    kind: 'fair',
    title: '贵和社区周三招聘会',
    regionCode: tree.community.code,
    venue: '社区党群服务中心广场',
    recurrence: 'weekly',
    weekday: 3,
    startTime: '09:00',
    durationMinutes: 180,
    startsOn: today,
    ...overrides,
  });
  const eventsOf = async (seriesId: string) =>
    (await t.http.get('/events').query({ seriesId, pageSize: 100 }).expect(200)).body.items as Array<{ id: string; startsAt: string; status: string; occurrenceDate: string }>;

  it('a daily livestream series: the worker materialises the next 14 days of shows, at the series’ China time', async () => {
    const created = await t.http
      .post('/event-series')
      .send({ kind: 'livestream', title: '春风行动·每日直播带岗', regionCode: tree.district.code, host: '张主播', streamUrl: `https://live.example.cn/${tree.district.code}`, recurrence: 'daily', startTime: '23:50', durationMinutes: 60, startsOn: addDays(today, 1) })
      .expect(201);
    const events = await eventually(async () => {
      const items = await eventsOf(created.body.id);
      return items.length === 13 ? items : undefined;
    });
    expect(events[0]!.occurrenceDate).toBe(addDays(today, 1));
    expect(new Date(events[0]!.startsAt)).toEqual(chinaInstant(addDays(today, 1), '23:50'));
  });

  it('refuses overlapping fairs in one community (409) but allows one at another time', async () => {
    const first = await t.http.post('/event-series').send(fairBody()).expect(201);
    const clash = await t.http.post('/event-series').send(fairBody({ title: '另一场', startTime: '11:00' })).expect(409);
    expect(clash.body.error).toBe('SCHEDULE_CONFLICT');
    // With the series or with one of its events, whichever the worker has materialised by now.
    const firstEvents = (await eventsOf(first.body.id)).map((event) => event.id);
    expect([first.body.id, ...firstEvents]).toContain(clash.body.conflictingSeriesId ?? clash.body.conflictingEventId);
    await t.http.post('/event-series').send(fairBody({ title: '下午场', startTime: '13:00', durationMinutes: 120 })).expect(201);
    // A one-off fair on top of a materialised Wednesday fair is refused too.
    const [wednesday] = await eventually(async () => {
      const items = await eventsOf(first.body.id);
      return items.length > 0 ? items : undefined;
    });
    const oneOff = await t.http
      .post('/events')
      .send({ kind: 'fair', title: '临时招聘会', regionCode: tree.community.code, venue: '广场', startsAt: wednesday!.startsAt, endsAt: new Date(new Date(wednesday!.startsAt).getTime() + 3600_000).toISOString() })
      .expect(409);
    expect(oneOff.body.conflictingEventId).toBe(wednesday!.id);
  });

  it('editing a series re-times its future events; pausing cancels them, resuming brings them back', async () => {
    const other = await createRegionTree(t.dataSource);
    const series = await t.http.post('/event-series').send(fairBody({ regionCode: other.community.code, weekday: undefined, recurrence: 'daily', startsOn: addDays(today, 1) })).expect(201);
    await eventually(async () => ((await eventsOf(series.body.id)).length === 13 ? true : undefined));
    await t.http.patch(`/event-series/${series.body.id}`).send({ startTime: '10:00', version: series.body.version }).expect(200);
    const retimed = await eventsOf(series.body.id);
    expect(retimed.every((event) => event.startsAt === chinaInstant(event.occurrenceDate, '10:00').toISOString())).toBe(true);

    await t.http.post(`/event-series/${series.body.id}/pause`).expect(200);
    expect((await eventsOf(series.body.id)).every((event) => event.status === 'cancelled')).toBe(true);
    await t.http.post(`/event-series/${series.body.id}/pause`).expect(409);
    await t.http.post(`/event-series/${series.body.id}/resume`).expect(200);
    expect((await eventsOf(series.body.id)).every((event) => event.status === 'scheduled')).toBe(true);

    // One occurrence cancelled on its own stays cancelled through later edits.
    const [one] = await eventsOf(series.body.id);
    await t.http.post(`/events/${one!.id}/cancel`).expect(200);
    await t.http.patch(`/event-series/${series.body.id}`).send({ startTime: '10:30' }).expect(200);
    const after = await eventsOf(series.body.id);
    expect(after.find((event) => event.id === one!.id)).toMatchObject({ status: 'cancelled' });
  });

  it('an enterprise cannot sign up to two overlapping events (409); invitations go out once, in the inbox and to the webhook', async () => {
    const enterprise = await createEnterprise(t.dataSource, { regionCode: tree.community.code });
    const hr = await t.as({ role: 'hr_officer', enterpriseId: enterprise.id });
    const position = (await hr.post('/positions').send(positionBody(enterprise.id, { workSlots: [] })).expect(201)).body as { id: string; title: string };
    await hr.post(`/positions/${position.id}/status`).send({ status: 'open' }).expect(200);
    const seeker = await createSeeker(t, tree.grid.code, { availability: [] });
    // Once the matching worker has scored both, a strong stored match between them is
    // what the invitation reads (whether the engine ranks this pair in the seeker's top 50
    // depends on every other test's data in the shared database).
    const scored = async (type: string, id: string) =>
      (await t.dataSource.query(`SELECT 1 FROM match_subject_state WHERE subject_type = $1 AND subject_id = $2 AND scored_at IS NOT NULL`, [type, id])).length > 0;
    await eventually(async () => ((await scored('seeker', seeker.id)) && (await scored('position', position.id))) || undefined, 20_000);
    await t.dataSource.query(
      `INSERT INTO seeker_recommendation (seeker_id, position_id, score, computed_at) VALUES ($1, $2, 0.9, now())
       ON CONFLICT (seeker_id, position_id) DO UPDATE SET score = 0.9`,
      [seeker.id, position.id],
    );
    const start = new Date(Date.now() + 2 * 3600_000);
    const end = new Date(start.getTime() + 3600_000);
    const show = await t.http
      .post('/events')
      .send({ kind: 'livestream', title: '专场直播', regionCode: tree.district.code, streamUrl: 'https://live.example.cn/special', startsAt: start.toISOString(), endsAt: end.toISOString() })
      .expect(201);
    const other = await t.http
      .post('/events')
      .send({ kind: 'livestream', title: '另一直播', regionCode: tree.district.code, streamUrl: 'https://live.example.cn/other', startsAt: start.toISOString(), endsAt: end.toISOString() })
      .expect(201);
    await hr.post(`/events/${show.body.id}/enterprises`).send({ enterpriseId: enterprise.id, positionIds: [position.id] }).expect(201);
    const busy = await hr.post(`/events/${other.body.id}/enterprises`).send({ enterpriseId: enterprise.id, positionIds: [] }).expect(409);
    expect(busy.body).toMatchObject({ error: 'ENTERPRISE_BUSY', conflictingEventId: show.body.id });
    const brought = await t.http.get(`/events/${show.body.id}/featured-suggestions`).expect(200);
    // Only the brought position is in the pool now; other suites' seekers may match it too.
    expect(brought.body).toEqual([expect.objectContaining({ positionId: position.id, broughtToEvent: true })]);
    expect(brought.body[0].strongMatches).toBeGreaterThanOrEqual(1);

    const self = await t.as({ role: 'seeker', seekerId: seeker.id });
    const invitations = async () =>
      (await self.get('/me/notifications').expect(200)).body.items.filter((item: { subjectId: string }) => item.subjectId === show.body.id);
    // The worker's five-minute scheduler fires at its start; run the job again to prove "once".
    const queues = t.worker.get((await import('../src/core/queues/queues.service.js')).QueuesService);
    await queues.add('events', 'send-invitations', {});
    const [invitation] = await eventually(async () => ((await invitations()).length > 0 ? invitations() : undefined));
    expect(invitation.title).toContain('专场直播');
    expect(invitation.body).toContain(position.title);
    await queues.add('events', 'send-invitations', {});
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await invitations()).toHaveLength(1);
    await eventually(async () => (delivered.some((message) => message.seekerId === seeker.id) ? true : undefined));
    expect(delivered.filter((message) => message.seekerId === seeker.id)).toHaveLength(1);
    expect((await t.http.get(`/events/${show.body.id}`).expect(200)).body.invitationsSentAt).not.toBeNull();

    // The seeker's calendar holds the show they were invited to; their community's holds its fairs.
    const mine = await self.get(`/seekers/${seeker.id}/events.ics`).expect(200);
    expect(mine.headers['content-type']).toMatch(/^text\/calendar/);
    expect(mine.text).toContain(`UID:${show.body.id}@jobbridge`);
    expect(mine.text).toContain('SUMMARY:直播带岗：专场直播');
    const community = await self.get(`/regions/${tree.community.code}/events.ics`).expect(200);
    expect(community.text).toMatch(/^BEGIN:VCALENDAR/);
    expect(community.text).toContain('招聘会：贵和社区周三招聘会');
    expect(community.text).toContain(`UID:${show.body.id}@jobbridge`);
    const stranger = await t.as({ role: 'seeker', seekerId: (await createSeeker(t, tree.grid.code)).id });
    await stranger.get(`/seekers/${seeker.id}/events.ics`).expect(404);
  });

  it('answers viewer questions from the featured position’s data, queues the rest for the host, keeps the peak audience', async () => {
    const enterprise = await createEnterprise(t.dataSource, { regionCode: tree.community.code });
    const hr = await t.as({ role: 'hr_officer', enterpriseId: enterprise.id });
    const position = (await hr.post('/positions').send(positionBody(enterprise.id, { benefits: ['accommodation', 'meals', 'social_insurance'] })).expect(201)).body;
    await hr.post(`/positions/${position.id}/status`).send({ status: 'open' }).expect(200);
    const start = new Date(Date.now() + 26 * 3600_000);
    const show = (
      await t.http
        .post('/events')
        .send({ kind: 'livestream', title: '周五直播', regionCode: tree.district.code, streamUrl: 'https://live.example.cn/friday', startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3600_000).toISOString() })
        .expect(201)
    ).body;
    await hr.post(`/events/${show.id}/enterprises`).send({ enterpriseId: enterprise.id, positionIds: [position.id] }).expect(201);
    await t.http.post(`/events/${show.id}/featured`).send({ positionIds: [position.id] }).expect(200);
    const viewer = await t.as({ role: 'seeker', seekerId: (await createSeeker(t, tree.grid.code)).id });

    const housing = await viewer.post(`/events/${show.id}/questions`).send({ text: '公司能解决住宿吗？' }).expect(201);
    expect(housing.body).toMatchObject({ intent: 'accommodation', status: 'answered', answer: '提供住宿，提供工作餐' });
    const pay = await viewer.post(`/events/${show.id}/questions`).send({ text: '工资一个月多少' }).expect(201);
    expect(pay.body).toMatchObject({ intent: 'pay', status: 'answered', answer: '月薪5000-8000元，缴纳五险' });
    const bus = await viewer.post(`/events/${show.id}/questions`).send({ text: '有班车接送吗' }).expect(201);
    expect(bus.body).toMatchObject({ intent: 'travel', status: 'queued', answer: null });
    const chat = await viewer.post(`/events/${show.id}/questions`).send({ text: '主播好' }).expect(201);
    expect(chat.body).toMatchObject({ intent: 'other', status: 'chat' });

    const queue = await t.http.get(`/events/${show.id}/questions`).query({ status: 'queued' }).expect(200);
    expect(queue.body.items.map((question: { id: string }) => question.id)).toEqual([bus.body.id]);
    const answered = await t.http.post(`/events/${show.id}/questions/${bus.body.id}/answer`).send({ answer: '没有班车，有交通补贴' }).expect(200);
    expect(answered.body).toMatchObject({ status: 'host_answered', answer: '没有班车，有交通补贴' });
    expect((await t.http.get(`/events/${show.id}/questions`).query({ status: 'queued' }).expect(200)).body.total).toBe(0);
    await viewer.get(`/events/${show.id}/questions`).expect(403);

    await t.http.post(`/events/${show.id}/viewers`).send({ viewers: 1200 }).expect(200);
    const later = await t.http.post(`/events/${show.id}/viewers`).send({ viewers: 800 }).expect(200);
    expect(later.body).toMatchObject({ viewersNow: 800, viewersPeak: 1200 });
    await t.http.post(`/events/${show.id}/viewers`).send({ viewers: -1 }).expect(400);
  });
});
