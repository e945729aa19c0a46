import { randomUUID } from 'node:crypto';
import { CertificateCatalogueSeeder } from '../src/certificates/catalogue/certificate-catalogue.seeder.js';
import { CERTIFICATE_CATALOGUE } from '../src/certificates/catalogue/certificate-catalogue.js';
import { todayInChina } from '../src/certificates/certificate-dates.js';
import { createRegionTree } from './support/factories.js';
import { catalogueType, createSeeker, domainChangeReasons, uniqueCertificateNumber } from './support/seeker-factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { TEST_ADMIN } from './support/test-env.js';

/** How the first centre admin of the test app signs its decisions. */
const ADMIN_LABEL = `中心管理员 (${TEST_ADMIN.username})`;

const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((error) => error.field);

describe('certificates', () => {
  let t: TestApp;
  let regionCode: string;
  let welder: { id: string };
  let infantCare: { id: string };
  let lowVoltage: { id: string };
  let knotting: { id: string };
  beforeAll(async () => {
    t = await createTestApp();
    regionCode = (await createRegionTree(t.dataSource)).community.code;
    welder = await catalogueType(t.dataSource, 'welder-skill-level');
    infantCare = await catalogueType(t.dataSource, 'infant-care-worker-skill-level');
    lowVoltage = await catalogueType(t.dataSource, 'special-operation-low-voltage-electrician');
    knotting = await catalogueType(t.dataSource, 'chinese-knotting-special-ability');
  });
  afterAll(() => t.close());

  const certificateBody = (overrides: Record<string, unknown> = {}) => ({
    certificateTypeId: welder.id,
    level: 4,
    certificateNumber: uniqueCertificateNumber(),
    issuer: '肥城市职业技能鉴定中心',
    issuedOn: '2023-06-15',
    ...overrides,
  });

  describe('GET /certificate-types', () => {
    it('serves the seeded catalogue: 焊工 with its five levels', async () => {
      const response = await t.http.get('/certificate-types').query({ q: '焊工', kind: 'skill_level' }).expect(200);
      // Other test files may add types of their own to the shared database: look for ours.
      expect(response.body.items).toContainEqual(
        {
          id: welder.id,
          code: 'welder-skill-level',
          name: '焊工',
          occupationCode: '6-18-02-04',
          kind: 'skill_level',
          kindLabel: '职业技能等级',
          levels: [
            { level: 5, label: '五级/初级工' },
            { level: 4, label: '四级/中级工' },
            { level: 3, label: '三级/高级工' },
            { level: 2, label: '二级/技师' },
            { level: 1, label: '一级/高级技师' },
          ],
          validityYears: null,
        },
      );
      const one = await t.http.get(`/certificate-types/${welder.id}`).expect(200);
      expect(one.body.name).toBe('焊工');
    });

    it('holds every catalogue entry once, and filters by kind, occupation prefix and name', async () => {
      const codes: string[] = [];
      for (let page = 1; ; page++) {
        const { body } = await t.http.get('/certificate-types').query({ page, pageSize: 100 }).expect(200);
        codes.push(...body.items.map((type: { code: string }) => type.code));
        if (page * 100 >= body.total) break;
      }
      const catalogueCodes = CERTIFICATE_CATALOGUE.map((entry) => entry.code);
      expect(codes.filter((code) => catalogueCodes.includes(code)).sort()).toEqual([...catalogueCodes].sort());

      const licences = await t.http.get('/certificate-types').query({ kind: 'vocational_qualification', pageSize: 100 }).expect(200);
      expect(licences.body.items.length).toBeGreaterThan(0);
      for (const type of licences.body.items) {
        expect(type.kind).toBe('vocational_qualification');
        if (catalogueCodes.includes(type.code)) expect(type.levels).toEqual([]);
      }
      const lowVoltageType = licences.body.items.find((type: { id: string }) => type.id === lowVoltage.id);
      expect(lowVoltageType).toMatchObject({ name: '特种作业操作证（低压电工作业）', validityYears: 6 });

      const machining = await t.http.get('/certificate-types').query({ occupationCode: '6-18', pageSize: 100 }).expect(200);
      expect(machining.body.items.map((type: { occupationCode: string }) => type.occupationCode.slice(0, 4))).toEqual(
        machining.body.items.map(() => '6-18'),
      );
      expect(machining.body.items.map((type: { code: string }) => type.code)).toEqual(
        expect.arrayContaining(['welder-skill-level', 'lathe-operator-skill-level', 'special-operation-welding-cutting']),
      );

      const infant = await t.http.get('/certificate-types').query({ q: '育婴' }).expect(200);
      const infantType = infant.body.items.find((type: { id: string }) => type.id === infantCare.id);
      expect(infantType.levels.map((level: { level: number }) => level.level)).toEqual([5, 4, 3]);
      expect((await t.http.get('/certificate-types').query({ q: '%' }).expect(200)).body.total).toBe(0);

      await t.http.get('/certificate-types').query({ kind: 'diploma' }).expect(400);
      await t.http.get('/certificate-types').query({ occupationCode: "6-18'; --" }).expect(400);
      await t.http.get('/certificate-types/not-a-uuid').expect(400);
      expect((await t.http.get(`/certificate-types/${randomUUID()}`).expect(404)).body.error).toBe('CERTIFICATE_TYPE_NOT_FOUND');
    });

    it('seeds idempotently, even when several replicas start at once', async () => {
      const seeder = t.app.get(CertificateCatalogueSeeder);
      await Promise.all([seeder.onApplicationBootstrap(), seeder.onApplicationBootstrap(), seeder.onApplicationBootstrap()]);
      const [{ count, ids }] = await t.dataSource.query(
        `SELECT count(*)::int AS count, count(DISTINCT code)::int AS ids FROM certificate_type WHERE code = ANY($1)`,
        [CERTIFICATE_CATALOGUE.map((entry) => entry.code)],
      );
      expect({ count, ids }).toEqual({ count: CERTIFICATE_CATALOGUE.length, ids: CERTIFICATE_CATALOGUE.length });
      // Ids survive re-seeding, so certificates keep pointing at their type.
      expect((await catalogueType(t.dataSource, 'welder-skill-level')).id).toBe(welder.id);
    });

    it('repairs a catalogue row that drifted', async () => {
      await t.dataSource.query(`UPDATE certificate_type SET name = '焊工（旧名）', levels = '{5}' WHERE id = $1`, [welder.id]);
      await t.app.get(CertificateCatalogueSeeder).onApplicationBootstrap();
      const repaired = await catalogueType(t.dataSource, 'welder-skill-level');
      expect(repaired).toMatchObject({ id: welder.id, name: '焊工', levels: [5, 4, 3, 2, 1] });
    });
  });

  describe('POST /seekers/:id/certificates', () => {
    it('adds a pending certificate with its level label and records the change', async () => {
      const seeker = await createSeeker(t, regionCode);
      const number = uniqueCertificateNumber();
      const response = await t.http
        .post(`/seekers/${seeker.id}/certificates`)
        .send(certificateBody({ certificateNumber: ` ${number.toLowerCase()} ` }))
        .expect(201);
      expect(response.body).toMatchObject({
        seekerId: seeker.id,
        certificateType: { id: welder.id, name: '焊工', occupationCode: '6-18-02-04', kind: 'skill_level' },
        level: 4,
        levelLabel: '四级/中级工',
        certificateNumber: number,
        issuer: '肥城市职业技能鉴定中心',
        issuedOn: '2023-06-15',
        expiresOn: null,
        expired: false,
        verificationStatus: 'pending',
        verifiedAt: null,
        verifiedBy: null,
      });
      const [row] = await t.dataSource.query('SELECT verification_status, level FROM seeker_certificate WHERE id = $1', [
        response.body.id,
      ]);
      expect(row).toEqual({ verification_status: 'pending', level: 4 });
      expect(await domainChangeReasons(t.dataSource, seeker.id)).toEqual(['seeker.created', 'certificate.added']);

      const list = await t.http.get(`/seekers/${seeker.id}/certificates`).expect(200);
      expect(list.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
      expect(list.body.items[0]).toMatchObject({ id: response.body.id, levelLabel: '四级/中级工', expired: false });
    });

    it('holds the level to what the certificate type is issued at', async () => {
      const seeker = await createSeeker(t, regionCode);
      const attempts: Array<Record<string, unknown>> = [
        { certificateTypeId: infantCare.id, level: 1 }, // 育婴员 stops at 三级
        { certificateTypeId: welder.id, level: null },
        { certificateTypeId: welder.id, level: undefined },
        { certificateTypeId: knotting.id, level: 5 }, // 专项职业能力 has no levels
        { certificateTypeId: welder.id, level: 6 },
        { certificateTypeId: welder.id, level: '4' },
      ];
      for (const overrides of attempts) {
        const response = await t.http.post(`/seekers/${seeker.id}/certificates`).send(certificateBody(overrides));
        expect({ overrides, status: response.status }).toEqual({ overrides, status: 400 });
        expect(fieldsOf(response.body)).toEqual(['level']);
      }
      const knot = await t.http
        .post(`/seekers/${seeker.id}/certificates`)
        .send(certificateBody({ certificateTypeId: knotting.id, level: null }))
        .expect(201);
      expect(knot.body).toMatchObject({ level: null, levelLabel: null, certificateType: { kind: 'special_ability' } });
    });

    it('checks type, seeker, dates and the rest of the body', async () => {
      const seeker = await createSeeker(t, regionCode);
      const url = `/seekers/${seeker.id}/certificates`;
      const unknownType = await t.http.post(url).send(certificateBody({ certificateTypeId: randomUUID() })).expect(400);
      expect(fieldsOf(unknownType.body)).toEqual(['certificateTypeId']);

      const unknownSeeker = await t.http.post(`/seekers/${randomUUID()}/certificates`).send(certificateBody()).expect(404);
      expect(unknownSeeker.body.error).toBe('SEEKER_NOT_FOUND');
      await t.http.post('/seekers/nope/certificates').send(certificateBody()).expect(400);

      const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ issuedOn: tomorrow }, 'issuedOn'],
        [{ issuedOn: '2023-02-30' }, 'issuedOn'],
        [{ issuedOn: '2023-6-15' }, 'issuedOn'],
        [{ issuedOn: '2023-06-15T10:00:00Z' }, 'issuedOn'],
        [{ expiresOn: '2023-06-15' }, 'expiresOn'],
        [{ expiresOn: '2020-01-01' }, 'expiresOn'],
        [{ certificateNumber: '' }, 'certificateNumber'],
        [{ certificateNumber: 'A'.repeat(65) }, 'certificateNumber'],
        [{ certificateNumber: 'AB;DROP' }, 'certificateNumber'],
        [{ issuer: '' }, 'issuer'],
        [{ issuer: '中'.repeat(201) }, 'issuer'],
        [{ issuer: '鉴定\u0000中心' }, 'issuer'],
        [{ certificateTypeId: 'welder' }, 'certificateTypeId'],
        [{ verificationStatus: 'verified' }, 'verificationStatus'],
      ];
      for (const [overrides, field] of cases) {
        const response = await t.http.post(url).send(certificateBody(overrides));
        expect({ overrides, status: response.status }).toEqual({ overrides, status: 400 });
        expect(fieldsOf(response.body)).toEqual([field]);
      }
      expect((await t.http.get(url).expect(200)).body.total).toBe(0);
    });

    it('refuses a certificate number already registered for the type, for anyone, in any spelling', async () => {
      const first = await createSeeker(t, regionCode);
      const second = await createSeeker(t, regionCode);
      const number = uniqueCertificateNumber();
      await t.http.post(`/seekers/${first.id}/certificates`).send(certificateBody({ certificateNumber: number })).expect(201);

      for (const [seeker, spelling] of [
        [first, number],
        [second, number],
        [second, ` ${number.slice(0, 4)} ${number.slice(4).toLowerCase()}`],
      ] as const) {
        const response = await t.http
          .post(`/seekers/${seeker.id}/certificates`)
          .send(certificateBody({ certificateNumber: spelling }))
          .expect(409);
        expect(response.body.error).toBe('CERTIFICATE_DUPLICATE');
        expect(JSON.stringify(response.body)).not.toContain(first.id);
      }
      // The same number under another type is another certificate.
      await t.http
        .post(`/seekers/${second.id}/certificates`)
        .send(certificateBody({ certificateNumber: number, certificateTypeId: infantCare.id, level: 5 }))
        .expect(201);

      const racing = uniqueCertificateNumber();
      const responses = await Promise.all(
        [first, second].map((seeker) =>
          t.http.post(`/seekers/${seeker.id}/certificates`).send(certificateBody({ certificateNumber: racing })),
        ),
      );
      expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
    });

    it('dates the expiry from the type’s validity and flags expired certificates', async () => {
      const seeker = await createSeeker(t, regionCode);
      const url = `/seekers/${seeker.id}/certificates`;
      const old = await t.http
        .post(url)
        .send(certificateBody({ certificateTypeId: lowVoltage.id, level: null, issuedOn: '2016-02-29' }))
        .expect(201);
      // Six years from a leap day ends on 28 February.
      expect(old.body).toMatchObject({ expiresOn: '2022-02-28', expired: true });

      const today = todayInChina();
      const current = await t.http
        .post(url)
        .send(certificateBody({ certificateTypeId: lowVoltage.id, level: null, issuedOn: today }))
        .expect(201);
      expect(current.body).toMatchObject({ expiresOn: `${Number(today.slice(0, 4)) + 6}${today.slice(4)}`.replace(/-02-29$/, '-02-28'), expired: false });

      const lastDay = await t.http
        .post(url)
        .send(certificateBody({ issuedOn: '2020-01-01', expiresOn: today }))
        .expect(201);
      expect(lastDay.body).toMatchObject({ expiresOn: today, expired: false });

      const explicit = await t.http
        .post(url)
        .send(certificateBody({ issuedOn: '2015-03-01', expiresOn: '2019-03-01' }))
        .expect(201);
      expect(explicit.body.expired).toBe(true);

      const list = await t.http.get(url).expect(200);
      const expiredById = Object.fromEntries(list.body.items.map((c: { id: string; expired: boolean }) => [c.id, c.expired]));
      expect(expiredById).toEqual({
        [old.body.id]: true,
        [current.body.id]: false,
        [lastDay.body.id]: false,
        [explicit.body.id]: true,
      });
      // Latest issued first.
      expect(list.body.items[0].id).toBe(current.body.id);
    });
  });

  describe('verification', () => {
    const addCertificate = async (seekerId: string) =>
      (await t.http.post(`/seekers/${seekerId}/certificates`).send(certificateBody()).expect(201)).body;

    it('verifies a pending certificate once and records certificate.verified', async () => {
      const seeker = await createSeeker(t, regionCode);
      const certificate = await addCertificate(seeker.id);
      const url = `/seekers/${seeker.id}/certificates/${certificate.id}`;

      const verified = await t.http
        .post(`${url}/verify`)
        .send({ note: '已联网核验' })
        .expect(200);
      expect(verified.body).toMatchObject({
        id: certificate.id,
        verificationStatus: 'verified',
        verifiedBy: ADMIN_LABEL,
        verificationNote: '已联网核验',
      });
      expect(verified.body.verifiedAt).toEqual(expect.any(String));

      const rows = await t.dataSource.query(
        `SELECT reason FROM domain_change WHERE subject_type = 'seeker' AND subject_id = $1 AND reason = 'certificate.verified'`,
        [seeker.id],
      );
      expect(rows).toHaveLength(1);
      const [stored] = await t.dataSource.query('SELECT verification_status, verified_by FROM seeker_certificate WHERE id = $1', [
        certificate.id,
      ]);
      expect(stored).toEqual({ verification_status: 'verified', verified_by: ADMIN_LABEL });

      const again = await t.http.post(`${url}/verify`).send({}).expect(409);
      expect(again.body).toMatchObject({ error: 'CERTIFICATE_ALREADY_VERIFIED', verificationStatus: 'verified' });
      expect((await t.http.get(url).expect(200)).body.verifiedBy).toBe(ADMIN_LABEL);
    });

    it('needs a reason to reject, and allows revoking a verified certificate and re-verifying a rejected one', async () => {
      const seeker = await createSeeker(t, regionCode);
      const certificate = await addCertificate(seeker.id);
      const url = `/seekers/${seeker.id}/certificates/${certificate.id}`;

      for (const body of [{}, { note: '   ' }, { note: null }]) {
        const refused = await t.http.post(`${url}/reject`).send(body).expect(400);
        expect(fieldsOf(refused.body)).toEqual(['note']);
      }
      // Who decides comes from the sign-in, not from the body.
      expect(fieldsOf((await t.http.post(`${url}/verify`).send({ verifiedBy: '冒名' }).expect(400)).body)).toEqual(['verifiedBy']);
      expect((await t.http.get(url).expect(200)).body.verificationStatus).toBe('pending');

      await t.http.post(`${url}/verify`).send({}).expect(200);
      const officer = await t.as({ role: 'centre_staff', regionCode: null });
      const revoked = await officer.post(`${url}/reject`).send({ note: '发证机构撤销' }).expect(200);
      expect(revoked.body).toMatchObject({
        verificationStatus: 'rejected',
        verifiedBy: `${officer.account.username} (${officer.account.username})`,
        verificationNote: '发证机构撤销',
      });
      expect((await t.http.post(`${url}/reject`).send({ note: '重复' }).expect(409)).body.error).toBe(
        'CERTIFICATE_ALREADY_REJECTED',
      );

      const rechecked = await t.http.post(`${url}/verify`).send({ note: '核对原件' }).expect(200);
      expect(rechecked.body).toMatchObject({ verificationStatus: 'verified', verificationNote: '核对原件' });

      expect(await domainChangeReasons(t.dataSource, seeker.id)).toEqual([
        'seeker.created',
        'certificate.added',
        'certificate.verified',
        'certificate.rejected',
        'certificate.verified',
      ]);
    });

    it('hides another seeker’s certificate behind 404', async () => {
      const owner = await createSeeker(t, regionCode);
      const stranger = await createSeeker(t, regionCode);
      const certificate = await addCertificate(owner.id);
      const foreign = `/seekers/${stranger.id}/certificates/${certificate.id}`;

      expect((await t.http.post(`${foreign}/verify`).send({}).expect(404)).body.error).toBe('CERTIFICATE_NOT_FOUND');
      await t.http.post(`${foreign}/reject`).send({ note: '不符' }).expect(404);
      await t.http.get(foreign).expect(404);
      await t.http.delete(foreign).expect(404);
      await t.http.post(`/seekers/${randomUUID()}/certificates/${certificate.id}/verify`).send({}).expect(404);
      await t.http.post(`/seekers/${owner.id}/certificates/${randomUUID()}/verify`).send({}).expect(404);

      expect((await t.http.get(`/seekers/${owner.id}/certificates/${certificate.id}`).expect(200)).body.verificationStatus).toBe('pending');
      expect(await domainChangeReasons(t.dataSource, stranger.id)).toEqual(['seeker.created']);
    });

    it('removes a certificate and records certificate.removed', async () => {
      const seeker = await createSeeker(t, regionCode);
      const kept = await addCertificate(seeker.id);
      const removed = await addCertificate(seeker.id);

      await t.http.delete(`/seekers/${seeker.id}/certificates/${removed.id}`).expect(204);
      const list = await t.http.get(`/seekers/${seeker.id}/certificates`).expect(200);
      expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([kept.id]);
      const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM seeker_certificate WHERE id = $1', [removed.id]);
      expect(count).toBe(0);
      expect((await domainChangeReasons(t.dataSource, seeker.id)).at(-1)).toBe('certificate.removed');

      await t.http.delete(`/seekers/${seeker.id}/certificates/${removed.id}`).expect(404);
      // The number is free again once the certificate is gone.
      await t.http
        .post(`/seekers/${seeker.id}/certificates`)
        .send(certificateBody({ certificateNumber: removed.certificateNumber }))
        .expect(201);
    });

    it('lists nothing for an unknown seeker', async () => {
      expect((await t.http.get(`/seekers/${randomUUID()}/certificates`).expect(404)).body.error).toBe('SEEKER_NOT_FOUND');
    });
  });
});
