import { createEnterprise, createRegionTree } from './support/factories.js';
import { positionBody } from './support/position-factories.js';
import { catalogueType, createSeeker, uniqueCertificateNumber } from './support/seeker-factories.js';
import { createTestAppWithWorker, eventually, type TestAppWithWorker } from './support/test-app.js';

/** From a gap to a certificate: the 人人持证 loop, with the real matching worker. */
describe('/training-programs', () => {
  let t: TestAppWithWorker;
  beforeAll(async () => {
    t = await createTestAppWithWorker();
  });
  afterAll(() => t.close());

  const sessionsFrom = (days: number[]) =>
    days.map((day) => {
      const startsAt = new Date(Date.now() + day * 86_400_000);
      return { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3 * 3600_000).toISOString() };
    });

  /** A new region with an open position that requires 焊工四级. */
  const openWelderPosition = async () => {
    const tree = await createRegionTree(t.dataSource);
    const welder = await catalogueType(t.dataSource, 'welder-skill-level');
    const enterprise = await createEnterprise(t.dataSource, { regionCode: tree.community.code });
    const position = (
      await t.http
        .post('/positions')
        .send(positionBody(enterprise.id, { workSlots: [], certificateRequirements: [{ certificateTypeId: welder.id, minLevel: 4, mandatory: true }] }))
        .expect(201)
    ).body;
    await t.http.post(`/positions/${position.id}/status`).send({ status: 'open' }).expect(200);
    return { tree, welder, position };
  };

  it('a seeker ineligible for a 焊工四级 position enrols, passes, is verified, and the position appears in their recommendations', async () => {
    const { tree, welder, position } = await openWelderPosition();
    const seeker = await createSeeker(t, tree.grid.code, { availability: [] });
    const self = await t.as({ role: 'seeker', seekerId: seeker.id });

    // Scored, but the missing certificate keeps the position out of the seeker's list.
    await eventually(async () => {
      const [row] = await t.dataSource.query(`SELECT scored_at FROM match_subject_state WHERE subject_type = 'seeker' AND subject_id = $1`, [seeker.id]);
      return row?.scored_at ? row : undefined;
    }, 20_000);
    const listed = async () =>
      (await self.get(`/seekers/${seeker.id}/recommendations?pageSize=100`).expect(200)).body.items.map((item: { positionId: string }) => item.positionId);
    expect(await listed()).not.toContain(position.id);
    const explained = await self.get('/matches/explain').query({ seekerId: seeker.id, positionId: position.id }).expect(200);
    expect(explained.body.eligible).toBe(false);

    const program = (
      await t.http
        .post('/training-programs')
        .send({ title: '焊工（四级）培训班', certificateTypeId: welder.id, level: 4, provider: '肥城市职业技能培训学校', regionCode: tree.community.code, venue: '社区学校实训室', capacity: 1, sessions: sessionsFrom([1, 2]) })
        .expect(201)
    ).body;
    expect(program).toMatchObject({ enrolled: 0, program: { level: 4, costCny: 0, status: 'enrolling' } });
    expect(program.sessions).toHaveLength(2);

    // Gap → training: the missing certificate names the course, which is suggested for the positions it would open.
    const gap = (await self.get('/matches/explain').query({ seekerId: seeker.id, positionId: position.id }).expect(200)).body.gaps.find(
      (entry: { code: string }) => entry.code === 'MISSING_CERTIFICATE',
    );
    expect(gap).toMatchObject({ certificate: { certificateTypeId: welder.id, minLevel: 4 } });
    expect(gap.trainings.map((training: { programId: string }) => training.programId)).toContain(program.program.id);

    const suggestions = (await self.get(`/seekers/${seeker.id}/training-suggestions`).expect(200)).body;
    const suggested = suggestions.find((row: { programId: string }) => row.programId === program.program.id);
    expect(suggested).toMatchObject({ certificateName: '焊工', level: 4, costCny: 0, placesLeft: 1 });
    expect(suggested.opensPositions).toBeGreaterThanOrEqual(1);
    expect(suggested.positionIds).toContain(position.id);
    await (await t.as({ role: 'seeker', seekerId: (await createSeeker(t, tree.grid.code)).id })).get(`/seekers/${seeker.id}/training-suggestions`).expect(404);

    const enrolment = (await self.post(`/training-programs/${program.program.id}/enrolments`).send({}).expect(201)).body;
    expect((await self.post(`/training-programs/${program.program.id}/enrolments`).send({}).expect(409)).body.error).toBe('ALREADY_ENROLLED');
    const other = await createSeeker(t, tree.grid.code);
    expect((await t.http.post(`/training-programs/${program.program.id}/enrolments`).send({ seekerId: other.id }).expect(409)).body.error).toBe('PROGRAM_FULL');

    for (const session of program.sessions) {
      const marked = await t.http.post(`/training-programs/${program.program.id}/sessions/${session.id}/attendance`).send({ present: [enrolment.id] }).expect(200);
      expect(marked.body).toMatchObject({ present: 1, absent: 0 });
    }
    await self.post(`/training-programs/${program.program.id}/enrolments/${enrolment.id}/assessment`).send({ result: 'pass' }).expect(403);
    const missingNumber = await t.http.post(`/training-programs/${program.program.id}/enrolments/${enrolment.id}/assessment`).send({ result: 'pass' }).expect(400);
    expect(missingNumber.body.errors[0].field).toBe('certificateNumber');
    const passed = (
      await t.http
        .post(`/training-programs/${program.program.id}/enrolments/${enrolment.id}/assessment`)
        .send({ result: 'pass', certificateNumber: uniqueCertificateNumber() })
        .expect(200)
    ).body;
    expect(passed).toMatchObject({ status: 'completed', result: 'pass' });

    const certificate = (await t.http.get(`/seekers/${seeker.id}/certificates/${passed.certificateId}`).expect(200)).body;
    expect(certificate).toMatchObject({ level: 4, verificationStatus: 'pending', issuer: '肥城市职业技能培训学校' });
    await t.http.post(`/seekers/${seeker.id}/certificates/${passed.certificateId}/verify`).send({ note: '培训考核合格' }).expect(200);

    await eventually(async () => (await listed()).includes(position.id), 20_000);

    // The campaign report follows the seeker from course to job.
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const campaign = (await t.http.post('/campaigns').send({ name: '人人持证', startsOn: today, endsOn: today, regionCode: tree.district.code }).expect(201)).body;
    const application = (await self.post('/applications').send({ positionId: position.id }).expect(201)).body;
    await t.http.post(`/applications/${application.id}/moves`).send({ move: 'offer' }).expect(200);
    await t.http.post(`/applications/${application.id}/moves`).send({ move: 'place', startDate: today, contractType: 'labour_contract' }).expect(200);
    const report = (await t.http.get(`/campaigns/${campaign.id}/report`).expect(200)).body;
    expect(report.certification).toEqual({ enrolled: 1, completed: 1, passed: 1, certified: 1, placedAfter: 1, placedWithinDays: 90 });
    const csv = await t.http.get(`/campaigns/${campaign.id}/report`).query({ format: 'csv' }).expect(200);
    expect(csv.text).toContain('汇总,取证（已核验）,1');
  });

  const programBody = (certificateTypeId: string, regionCode: string, overrides: Record<string, unknown> = {}) => ({
    title: '焊工（四级）培训班',
    certificateTypeId,
    level: 4,
    provider: '肥城市职业技能培训学校',
    regionCode,
    venue: '社区学校实训室',
    capacity: 2,
    sessions: sessionsFrom([3]),
    ...overrides,
  });

  it('tells the centre which certificate its residents most often lack for strong matches, per community', async () => {
    const { tree, welder } = await openWelderPosition();
    for (const _lacking of [1, 2]) await createSeeker(t, tree.grid.code, { availability: [] });
    const certified = await createSeeker(t, tree.grid.code, { availability: [] });
    const added = (await t.http.post(`/seekers/${certified.id}/certificates`).send({ certificateTypeId: welder.id, level: 4, certificateNumber: uniqueCertificateNumber(), issuer: '人社局', issuedOn: '2024-05-01' }).expect(201)).body;
    await t.http.post(`/seekers/${certified.id}/certificates/${added.id}/verify`).send({}).expect(200);
    await createSeeker(t, tree.grid.code, { availability: [], skills: ['记账'], experience: [], desiredTitles: ['会计'], desiredOccupationCodes: ['2-06-01-02'] });
    await t.http.post('/training-programs').send(programBody(welder.id, tree.street.code)).expect(201);

    // By default a strong match is one scoring STRONG_MATCH_SCORE (0.5); these score about 0.65 with the certificate.
    const demand = (await t.http.get('/training-demand').query({ regionCode: tree.district.code }).expect(200)).body;
    expect(demand).toMatchObject({ regionCode: tree.district.code, minScore: 0.5, seekersExamined: 4 });
    const welding = demand.overall.find((row: { certificateTypeId: string }) => row.certificateTypeId === welder.id);
    // The two residents without the certificate; not the certified one, not the accountant.
    expect(welding).toMatchObject({ name: welder.name, level: 4, seekers: 2, programmesEnrolling: 1 });
    expect(welding.positions).toBeGreaterThanOrEqual(1);
    expect(demand.communities).toEqual([expect.objectContaining({ regionCode: tree.community.code, name: tree.community.name })]);
    // Other suites' positions may ask for other certificates these welders lack too.
    expect(demand.communities[0].certificates).toContainEqual(expect.objectContaining({ certificateTypeId: welder.id, seekers: 2 }));

    // A bar no match reaches counts nothing; a centre elsewhere cannot look; HR may not.
    expect((await t.http.get('/training-demand').query({ regionCode: tree.district.code, minScore: 1 }).expect(200)).body.overall).toEqual([]);
    const elsewhere = await createRegionTree(t.dataSource);
    const otherCentre = await t.as({ role: 'centre_staff', regionCode: elsewhere.district.code });
    expect((await otherCentre.get('/training-demand').query({ regionCode: tree.district.code }).expect(400)).body.errors[0].field).toBe('regionCode');
    expect((await otherCentre.get('/training-demand').expect(200)).body).toMatchObject({ regionCode: elsewhere.district.code, seekersExamined: 0, overall: [] });
    expect((await t.http.get('/training-demand').query({ minScore: 2 }).expect(400)).body.errors[0].field).toBe('minScore');
    expect((await t.http.get('/training-demand').expect(400)).body.errors[0].field).toBe('regionCode');
  });

  it('edits a programme and moves it along its statuses; withdrawing frees a place and cancelling withdraws everyone', async () => {
    const tree = await createRegionTree(t.dataSource);
    const welder = await catalogueType(t.dataSource, 'welder-skill-level');
    const program = (await t.http.post('/training-programs').send(programBody(welder.id, tree.community.code)).expect(201)).body.program;
    const [first, second, third] = [await createSeeker(t, tree.grid.code), await createSeeker(t, tree.grid.code), await createSeeker(t, tree.grid.code)];
    const enrol = (seekerId: string) => t.http.post(`/training-programs/${program.id}/enrolments`).send({ seekerId });
    const firstEnrolment = (await enrol(first.id).expect(201)).body;
    await enrol(second.id).expect(201);
    expect((await enrol(third.id).expect(409)).body.error).toBe('PROGRAM_FULL');

    const edited = (await t.http.patch(`/training-programs/${program.id}`).send({ venue: '新城街道社区学校二楼', costCny: 0 }).expect(200)).body;
    expect(edited).toMatchObject({ enrolled: 2, program: { venue: '新城街道社区学校二楼', status: 'enrolling' } });
    expect((await t.http.patch(`/training-programs/${program.id}`).send({ capacity: 1 }).expect(409)).body.error).toBe('CAPACITY_BELOW_ENROLLED');
    expect((await t.http.patch(`/training-programs/${program.id}`).send({ status: 'completed' }).expect(409)).body.error).toBe('ILLEGAL_PROGRAM_TRANSITION');
    expect((await t.http.patch(`/training-programs/${program.id}`).send({ status: 'finished' }).expect(400)).body.errors[0].field).toBe('status');

    // The seeker takes their place back; someone else gets it; the seeker may come back once there is room.
    const self = await t.as({ role: 'seeker', seekerId: first.id });
    expect((await self.post(`/training-programs/${program.id}/enrolments/${firstEnrolment.id}/withdrawal`).expect(200)).body.status).toBe('withdrawn');
    expect((await self.post(`/training-programs/${program.id}/enrolments/${firstEnrolment.id}/withdrawal`).expect(409)).body.error).toBe('ENROLMENT_CLOSED');
    const stranger = await t.as({ role: 'seeker', seekerId: third.id });
    await stranger.post(`/training-programs/${program.id}/enrolments/${firstEnrolment.id}/withdrawal`).expect(404);
    await enrol(third.id).expect(201);
    await t.http.patch(`/training-programs/${program.id}`).send({ capacity: 3 }).expect(200);
    expect((await self.post(`/training-programs/${program.id}/enrolments`).send({}).expect(201)).body).toMatchObject({ id: firstEnrolment.id, status: 'enrolled' });

    await t.http.patch(`/training-programs/${program.id}`).send({ status: 'in_progress' }).expect(200);
    expect((await self.post(`/training-programs/${program.id}/enrolments`).send({}).expect(409)).body.error).toBe('PROGRAM_NOT_ENROLLING');
    const cancelled = (await t.http.patch(`/training-programs/${program.id}`).send({ status: 'cancelled' }).expect(200)).body;
    expect(cancelled).toMatchObject({ enrolled: 0, program: { status: 'cancelled' } });
    const statuses = (await t.http.get(`/training-programs/${program.id}/enrolments`).expect(200)).body.items.map((row: { status: string }) => row.status);
    expect(statuses).toEqual(['withdrawn', 'withdrawn', 'withdrawn']);
    expect((await t.http.patch(`/training-programs/${program.id}`).send({ venue: '别处' }).expect(409)).body.error).toBe('PROGRAM_CLOSED');
    expect((await enrol(second.id).expect(409)).body.error).toBe('PROGRAM_NOT_ENROLLING');
  });
});
