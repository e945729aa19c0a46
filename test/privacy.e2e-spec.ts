import { createEnterprise, createRegionTree } from './support/factories.js';
import { createPosition } from './support/position-factories.js';
import { catalogueType, createSeeker, seekerPayload, uniqueCertificateNumber } from './support/seeker-factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** What each role sees of a resident's personal data, and the audit trail of clear reads. */
describe('privacy: masking and the audit log', () => {
  let t: TestApp;
  let tree: Awaited<ReturnType<typeof createRegionTree>>;
  beforeAll(async () => {
    t = await createTestApp();
    tree = await createRegionTree(t.dataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  const auditOf = async (subjectId: string) =>
    (await t.dataSource.query(`SELECT actor_user_id, actor_role, action, subject_type, request_id FROM audit_event WHERE subject_id = $1 ORDER BY id`, [
      subjectId,
    ])) as Array<{ actor_user_id: string; actor_role: string; action: string; subject_type: string; request_id: string | null }>;

  /** An enterprise with an open position and an HR officer, and a seeker stored as its candidate. */
  async function candidateOfEnterprise() {
    const enterprise = await createEnterprise(t.dataSource, { regionCode: tree.community.code });
    const position = await createPosition(t.dataSource, { enterpriseId: enterprise.id, regionCode: tree.community.code, status: 'open' });
    const seeker = await createSeeker(t, tree.grid.code, { phone: '13912345678' });
    await t.dataSource.query(`INSERT INTO position_candidate (position_id, seeker_id, score, computed_at) VALUES ($1, $2, 0.7, now())`, [
      position.id,
      seeker.id,
    ]);
    const hr = await t.as({ role: 'hr_officer', enterpriseId: enterprise.id });
    return { enterprise, position, seeker, hr };
  }

  it('an HR officer sees a candidate’s phone and certificate numbers masked, unaudited, until the seeker applies', async () => {
    const { position, seeker, hr } = await candidateOfEnterprise();
    const welder = await catalogueType(t.dataSource, 'welder-skill-level');
    const number = uniqueCertificateNumber();
    await t.http
      .post(`/seekers/${seeker.id}/certificates`)
      .send({ certificateTypeId: welder.id, level: 4, certificateNumber: number, issuer: '肥城市职业技能鉴定中心', issuedOn: '2023-06-15' })
      .expect(201);
    await t.dataSource.query(`DELETE FROM audit_event WHERE subject_id = $1`, [seeker.id]);

    const masked = await hr.get(`/seekers/${seeker.id}`).expect(200);
    expect(masked.body.phone).toBe('139****5678');
    expect(masked.body.idNumberMasked).toMatch(/\*{8}/);
    const maskedCertificates = await hr.get(`/seekers/${seeker.id}/certificates`).expect(200);
    expect(maskedCertificates.body.items[0].certificateNumber).toBe(`${'*'.repeat(number.length - 4)}${number.slice(-4)}`);
    expect(await auditOf(seeker.id)).toEqual([]);

    // The seeker applies: contact details are now shared with this enterprise.
    const seekerClient = await t.as({ role: 'seeker', seekerId: seeker.id });
    await seekerClient.post('/applications').send({ positionId: position.id }).expect(201);
    const clear = await hr.get(`/seekers/${seeker.id}`).set('X-Request-Id', 'privacy-test-1').expect(200);
    expect(clear.body.phone).toBe('13912345678');
    expect((await hr.get(`/seekers/${seeker.id}/certificates`).expect(200)).body.items[0].certificateNumber).toBe(number);
    expect(await auditOf(seeker.id)).toEqual([
      { actor_user_id: hr.account.id, actor_role: 'hr_officer', action: 'seeker.phone.read', subject_type: 'seeker', request_id: 'privacy-test-1' },
    ]);
  });

  it('another enterprise’s HR officer still cannot see the seeker at all', async () => {
    const { seeker } = await candidateOfEnterprise();
    const { hr: otherHr } = await candidateOfEnterprise();
    await otherHr.get(`/seekers/${seeker.id}`).expect(404);
    await otherHr.get(`/seekers/${seeker.id}/certificates`).expect(404);
  });

  it('a consented candidate only: withdrawing consent hides the seeker from HR (unless they applied)', async () => {
    const { seeker, hr } = await candidateOfEnterprise();
    await t.http.patch(`/seekers/${seeker.id}`).send({ consentToMatch: false }).expect(200);
    await hr.get(`/seekers/${seeker.id}`).expect(404);
  });

  it('centre staff and grid workers read phones in clear, each read audited; lists audit every seeker shown', async () => {
    const seeker = await createSeeker(t, tree.grid.code, { phone: '13700001111' });
    const staff = await t.as({ role: 'centre_staff', regionCode: tree.street.code });
    const gridWorker = await t.as({ role: 'grid_worker', regionCode: tree.grid.code });
    await t.dataSource.query(`DELETE FROM audit_event WHERE subject_id = $1`, [seeker.id]);

    expect((await staff.get(`/seekers/${seeker.id}`).expect(200)).body.phone).toBe('13700001111');
    const listed = await gridWorker.get('/seekers').query({ pageSize: 100 }).expect(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(seeker.id);
    const actions = (await auditOf(seeker.id)).map((row) => [row.actor_user_id, row.action]);
    expect(actions).toEqual([
      [staff.account.id, 'seeker.phone.read'],
      [gridWorker.account.id, 'seeker.phone.read'],
    ]);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE actor_user_id = $1 AND action = 'seeker.phone.read'`,
      [gridWorker.account.id],
    );
    expect(n).toBe(listed.body.items.filter((item: { phone: string | null }) => item.phone !== null).length);
  });

  it('a seeker reads their own data in clear without an audit entry', async () => {
    const seeker = await createSeeker(t, tree.grid.code, { phone: '13600002222' });
    const self = await t.as({ role: 'seeker', seekerId: seeker.id });
    await t.dataSource.query(`DELETE FROM audit_event WHERE subject_id = $1`, [seeker.id]);
    expect((await self.get(`/seekers/${seeker.id}`).expect(200)).body.phone).toBe('13600002222');
    expect(await auditOf(seeker.id)).toEqual([]);
  });

  it('the ID number in clear: staff who manage the seeker only, every read audited', async () => {
    const payload = seekerPayload(tree.grid.code);
    const seeker = (await t.http.post('/seekers').send(payload).expect(201)).body;
    const gridWorker = await t.as({ role: 'grid_worker', regionCode: tree.grid.code });
    const elsewhere = await t.as({ role: 'grid_worker', regionCode: (await createRegionTree(t.dataSource)).grid.code });
    const self = await t.as({ role: 'seeker', seekerId: seeker.id });

    const read = await gridWorker.get(`/seekers/${seeker.id}/id-number`).expect(200);
    expect(read.body).toEqual({ seekerId: seeker.id, idNumber: payload.idNumber });
    await elsewhere.get(`/seekers/${seeker.id}/id-number`).expect(404);
    await self.get(`/seekers/${seeker.id}/id-number`).expect(403);
    const entries = (await auditOf(seeker.id)).filter((row) => row.action === 'seeker.id_number.read');
    expect(entries.map((row) => row.actor_user_id)).toEqual([gridWorker.account.id]);
  });

  it('registering someone already registered elsewhere answers 409 without naming the profile', async () => {
    const payload = seekerPayload(tree.grid.code);
    const existing = (await t.http.post('/seekers').send(payload).expect(201)).body;
    const mine = await t.as({ role: 'grid_worker', regionCode: tree.grid.code });
    const other = await t.as({ role: 'grid_worker', regionCode: (await createRegionTree(t.dataSource)).grid.code });
    expect((await mine.post('/seekers').send(payload).expect(409)).body.seekerId).toBe(existing.id);
    const duplicate = await other.post('/seekers').send(payload).expect(409);
    expect(duplicate.body.error).toBe('SEEKER_DUPLICATE');
    expect(duplicate.body.seekerId).toBeUndefined();
  });

  describe('GET /audit-events', () => {
    it('lets a centre admin search the log of their region; nobody else may read it', async () => {
      const seeker = await createSeeker(t, tree.grid.code);
      const staff = await t.as({ role: 'centre_staff', regionCode: tree.district.code });
      await staff.get(`/seekers/${seeker.id}`).expect(200);

      const admin = await t.as({ role: 'centre_admin', regionCode: tree.district.code });
      const found = await admin.get('/audit-events').query({ subjectId: seeker.id, actorUserId: staff.account.id }).expect(200);
      expect(found.body.total).toBe(1);
      expect(found.body.items[0]).toMatchObject({ action: 'seeker.phone.read', actorRole: 'centre_staff', subjectId: seeker.id });
      const byAction = await admin.get('/audit-events').query({ subjectId: seeker.id, action: 'seeker.id_number.read' }).expect(200);
      expect(byAction.body.total).toBe(0);
      const future = await admin.get('/audit-events').query({ subjectId: seeker.id, from: '2999-01-01T00:00:00Z' }).expect(200);
      expect(future.body.total).toBe(0);

      const otherAdmin = await t.as({ role: 'centre_admin', regionCode: (await createRegionTree(t.dataSource)).district.code });
      expect((await otherAdmin.get('/audit-events').query({ subjectId: seeker.id }).expect(200)).body.total).toBe(0);
      await staff.get('/audit-events').expect(403);
      const malformed = await admin.get('/audit-events').query({ from: 'yesterday' }).expect(400);
      expect(malformed.body.errors[0].field).toBe('from');
    });

    it('a nationwide admin still finds the reads of a certificate number after the certificate is removed', async () => {
      const seeker = await createSeeker(t, tree.grid.code);
      const welder = await catalogueType(t.dataSource, 'welder-skill-level');
      const staff = await t.as({ role: 'centre_staff', regionCode: tree.district.code });
      const certificate = (
        await staff
          .post(`/seekers/${seeker.id}/certificates`)
          .send({ certificateTypeId: welder.id, level: 4, certificateNumber: uniqueCertificateNumber(), issuer: '肥城市职业技能鉴定中心', issuedOn: '2023-06-15' })
          .expect(201)
      ).body;
      await staff.delete(`/seekers/${seeker.id}/certificates/${certificate.id}`).expect(204);

      const found = await t.http.get('/audit-events').query({ subjectId: certificate.id }).expect(200);
      expect(found.body.items).toEqual([
        expect.objectContaining({ action: 'seeker_certificate.number.read', actorUserId: staff.account.id, subjectId: certificate.id }),
      ]);
    });
  });
});
