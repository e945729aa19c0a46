import { randomUUID } from 'node:crypto';
import { residentIdCheckDigit } from '../libs/china-ids/index.js';
import { createRegionTree } from './support/factories.js';
import { createSeeker, domainChangeReasons, seekerPayload, uniqueResidentId } from './support/seeker-factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((error) => error.field);

describe('seekers', () => {
  let t: TestApp;
  let regionCode: string;
  beforeAll(async () => {
    t = await createTestApp();
    regionCode = (await createRegionTree(t.dataSource)).community.code;
  });
  afterAll(() => t.close());

  describe('POST /seekers', () => {
    it('registers a seeker, derives gender and birth date, and shows the ID number masked only', async () => {
      const idNumber = uniqueResidentId();
      const response = await t.http
        .post('/seekers')
        .send(seekerPayload(regionCode, { idNumber, phone: '+86 138-0013-8000', skills: [' 氩弧焊 ', '氩弧焊', '识图'] }))
        .expect(201);

      const body = response.body;
      expect(body).toMatchObject({
        fullName: '王秀兰',
        idNumberMasked: `${idNumber.slice(0, 6)}********${idNumber.slice(14)}`,
        birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
        gender: Number(idNumber[16]) % 2 === 1 ? 'male' : 'female',
        phone: '13800138000',
        skills: ['氩弧焊', '识图'],
        experience: [{ title: '电焊工', employer: '肥城市某机械有限公司', years: 3 }],
        availability: [{ day: 1, start: '08:30', end: '14:30' }],
        regionCode,
        consentToMatch: true,
        status: 'active',
        version: 1,
      });
      expect(body.consentAt).toEqual(expect.any(String));
      expect(Object.keys(body)).not.toEqual(expect.arrayContaining(['idNumber']));
      expect(Object.keys(body).filter((key) => /hash|encrypted/i.test(key))).toEqual([]);
      expect(JSON.stringify(body)).not.toContain(idNumber);
      expect(JSON.stringify(body)).not.toContain(idNumber.slice(6, 14) + idNumber.slice(14));

      // The database holds neither the number in clear nor anything that contains it.
      const [stored] = await t.dataSource.query(
        'SELECT id_number_encrypted, id_number_hash, id_number_masked, row_to_json(s)::text AS whole FROM seeker s WHERE id = $1',
        [body.id],
      );
      expect(stored.id_number_encrypted).not.toContain(idNumber);
      expect(stored.id_number_encrypted).toMatch(/^v1:/);
      expect(stored.id_number_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(stored.id_number_hash).not.toContain(idNumber);
      expect(stored.id_number_masked).toBe(body.idNumberMasked);
      expect(stored.whole).not.toContain(idNumber);
      expect(stored.whole).not.toContain(idNumber.slice(6, 17));

      expect(await domainChangeReasons(t.dataSource, body.id)).toEqual(['seeker.created']);
    });

    it('takes the defaults when only the required fields are given', async () => {
      const response = await t.http
        .post('/seekers')
        .send({ fullName: '李强', idNumber: uniqueResidentId(), regionCode })
        .expect(201);
      expect(response.body).toMatchObject({
        phone: null,
        education: 'none',
        skills: [],
        experience: [],
        availability: [],
        targetGroups: [],
        consentToMatch: false,
        consentAt: null,
        latitude: null,
        maxTravelKm: null,
      });
    });

    it('refuses an ID number with a wrong check digit, naming the field, and stores nothing', async () => {
      const valid = uniqueResidentId();
      const wrongDigit = valid.slice(0, 17) + (valid[17] === '1' ? '2' : '1');
      const fullName = `校验位${randomUUID().slice(0, 8)}`;
      const response = await t.http.post('/seekers').send(seekerPayload(regionCode, { idNumber: wrongDigit, fullName })).expect(400);
      expect(response.body.error).toBe('VALIDATION_FAILED');
      expect(fieldsOf(response.body)).toEqual(['idNumber']);
      const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM seeker WHERE full_name = $1', [fullName]);
      expect(count).toBe(0);
    });

    it('refuses an impossible birth date even with a matching check digit', async () => {
      const body = '37098319900230001';
      const response = await t.http
        .post('/seekers')
        .send(seekerPayload(regionCode, { idNumber: body + residentIdCheckDigit(body) }))
        .expect(400);
      expect(fieldsOf(response.body)).toEqual(['idNumber']);
    });

    it('keeps one profile per person, whatever the case of the final X', async () => {
      const idNumber = uniqueResidentId({ endingWithX: true });
      const first = await createSeeker(t, regionCode, { idNumber });

      const again = await t.http.post('/seekers').send(seekerPayload(regionCode, { idNumber })).expect(409);
      expect(again.body).toMatchObject({ error: 'SEEKER_DUPLICATE', seekerId: first.id });

      const lowerCase = await t.http
        .post('/seekers')
        .send(seekerPayload(regionCode, { idNumber: ` ${idNumber.toLowerCase()} `, fullName: '另一个名字' }))
        .expect(409);
      expect(lowerCase.body).toMatchObject({ error: 'SEEKER_DUPLICATE', seekerId: first.id });
    });

    it('lets only one of two simultaneous registrations of a person through', async () => {
      const idNumber = uniqueResidentId();
      const responses = await Promise.all(
        [1, 2, 3].map(() => t.http.post('/seekers').send(seekerPayload(regionCode, { idNumber }))),
      );
      expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409]);
      const created = responses.find((response) => response.status === 201)!;
      for (const refused of responses.filter((response) => response.status === 409)) {
        expect(refused.body).toMatchObject({ error: 'SEEKER_DUPLICATE', seekerId: created.body.id });
      }
    });

    it('refuses a region that does not exist', async () => {
      const response = await t.http.post('/seekers').send(seekerPayload('nowhere-0000')).expect(400);
      expect(fieldsOf(response.body)).toEqual(['regionCode']);
    });

    it('answers 400, never 500, for malformed profiles', async () => {
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ availability: [{ day: 1, start: '14:00', end: '09:00' }] }, 'availability[0].end'],
        [{ availability: [{ day: 8, start: '08:00', end: '09:00' }] }, 'availability[0].day'],
        [{ availability: [{ day: 1, start: '8:00', end: '09:00' }] }, 'availability[0].start'],
        [{ availability: [{ day: 1, start: '08:00', end: '24:00' }] }, 'availability[0].end'],
        [{ fullName: '王'.repeat(101) }, 'fullName'],
        // 100 characters to class-validator's MaxLength, 200 to PostgreSQL.
        [{ fullName: 'a\uFE0F'.repeat(100) }, 'fullName'],
        [{ fullName: '王\u0000秀兰' }, 'fullName'],
        [{ fullName: '   ' }, 'fullName'],
        [{ phone: '12345' }, 'phone'],
        [{ skills: ['焊接', 42] }, 'skills'],
        [{ skills: ['x'.repeat(51)] }, 'skills'],
        [{ experience: [{ employer: '无名' }] }, 'experience[0].title'],
        [{ experience: [{ title: '焊工', years: -1 }] }, 'experience[0].years'],
        [{ experience: [{ title: '焊\u0000工' }] }, 'experience[0].title'],
        [{ desiredOccupationCodes: ['welder'] }, 'desiredOccupationCodes'],
        [{ desiredSalaryMin: 3_000_000_000 }, 'desiredSalaryMin'],
        [{ desiredSalaryMin: 4500.5 }, 'desiredSalaryMin'],
        [{ maxTravelKm: 501 }, 'maxTravelKm'],
        [{ latitude: 91 }, 'latitude'],
        [{ targetGroups: ['millionaire'] }, 'targetGroups'],
        [{ education: 'phd' }, 'education'],
        [{ consentToMatch: 'yes' }, 'consentToMatch'],
        [{ regionCode: 'x'.repeat(33) }, 'regionCode'],
        [{ skills: null }, 'skills'],
        [{ nickname: '小王' }, 'nickname'],
      ];
      for (const [overrides, field] of cases) {
        const response = await t.http.post('/seekers').send(seekerPayload(regionCode, overrides));
        expect({ overrides, status: response.status }).toEqual({ overrides, status: 400 });
        expect(fieldsOf(response.body)).toContain(field);
      }
    });

    it('wants latitude and longitude together', async () => {
      const response = await t.http
        .post('/seekers')
        .send(seekerPayload(regionCode, { latitude: 36.1, longitude: null }))
        .expect(400);
      expect(fieldsOf(response.body)).toEqual(['longitude']);
    });
  });

  describe('GET /seekers', () => {
    it('finds a resident by ID number through the hash, in either case of X, never from a URL', async () => {
      const idNumber = uniqueResidentId({ endingWithX: true });
      const seeker = await createSeeker(t, regionCode, { idNumber });
      await createSeeker(t, regionCode);

      for (const spelling of [idNumber, idNumber.toLowerCase()]) {
        const response = await t.http.post('/seekers/lookup').send({ idNumber: spelling }).expect(200);
        expect(response.body.id).toBe(seeker.id);
      }
      // ID numbers stay out of query strings (and so out of access logs).
      const inUrl = await t.http.get('/seekers').query({ idNumber }).expect(400);
      expect(fieldsOf(inUrl.body)).toEqual(['idNumber']);
    });

    it('looks a resident up by ID number in the body (POST /seekers/lookup)', async () => {
      const idNumber = uniqueResidentId();
      const seeker = await createSeeker(t, regionCode, { idNumber });
      const found = await t.http.post('/seekers/lookup').send({ idNumber }).expect(200);
      expect(found.body).toMatchObject({ id: seeker.id, idNumberMasked: seeker.idNumberMasked });

      const missing = await t.http.post('/seekers/lookup').send({ idNumber: uniqueResidentId() }).expect(404);
      expect(missing.body.error).toBe('SEEKER_NOT_FOUND');
      expect(JSON.stringify(missing.body)).toMatch(/\*{8}/);
    });

    it('filters by region subtree: a street includes its communities and grids', async () => {
      const tree = await createRegionTree(t.dataSource);
      const other = await createRegionTree(t.dataSource);
      const inGrid = await createSeeker(t, tree.grid.code);
      const inCommunity = await createSeeker(t, tree.community.code);
      const elsewhere = await createSeeker(t, other.grid.code);

      const ids = async (code: string) =>
        (await t.http.get('/seekers').query({ regionCode: code, pageSize: 100 }).expect(200)).body.items
          .map((item: { id: string }) => item.id)
          .sort();
      expect(await ids(tree.street.code)).toEqual([inGrid.id, inCommunity.id].sort());
      expect(await ids(tree.district.code)).toEqual([inGrid.id, inCommunity.id].sort());
      expect(await ids(tree.grid.code)).toEqual([inGrid.id]);
      expect(await ids(other.district.code)).toEqual([elsewhere.id]);
      expect(await ids('no-such-region')).toEqual([]);
    });

    it('filters by target group, status, education, consent and name, and pages the result', async () => {
      const tree = await createRegionTree(t.dataSource);
      const tag = randomUUID().slice(0, 6);
      const mother = await createSeeker(t, tree.grid.code, {
        fullName: `张${tag}芳`,
        targetGroups: ['stay_at_home_mother', 'low_income'],
        education: 'senior_secondary',
        consentToMatch: true,
      });
      const veteran = await createSeeker(t, tree.grid.code, {
        fullName: `刘${tag}军`,
        targetGroups: ['veteran'],
        education: 'associate',
        consentToMatch: false,
      });
      const list = async (query: Record<string, unknown>) =>
        (await t.http.get('/seekers').query({ regionCode: tree.street.code, ...query }).expect(200)).body;

      expect((await list({ targetGroup: 'low_income' })).items.map((s: { id: string }) => s.id)).toEqual([mother.id]);
      expect((await list({ education: 'associate' })).items.map((s: { id: string }) => s.id)).toEqual([veteran.id]);
      expect((await list({ consentToMatch: 'true' })).items.map((s: { id: string }) => s.id)).toEqual([mother.id]);
      expect((await list({ consentToMatch: 'false' })).items.map((s: { id: string }) => s.id)).toEqual([veteran.id]);
      expect((await list({ q: `${tag}军` })).items.map((s: { id: string }) => s.id)).toEqual([veteran.id]);
      expect((await list({ q: '%' })).total).toBe(0);
      const firstPage = await list({ pageSize: 1 });
      expect(firstPage).toMatchObject({ total: 2, page: 1, pageSize: 1 });
      // Newest first.
      expect(firstPage.items[0].id).toBe(veteran.id);
      expect((await list({ pageSize: 1, page: 2 })).items[0].id).toBe(mother.id);

      for (const query of [{ targetGroup: 'rich' }, { status: 'retired' }, { consentToMatch: 'maybe' }, { q: 'a\u0000b' }, { pageSize: 101 }]) {
        await t.http.get('/seekers').query(query).expect(400);
      }
    });
  });

  describe('GET and PATCH /seekers/:id', () => {
    it('answers 404 for an unknown seeker and 400 for a malformed id', async () => {
      expect((await t.http.get(`/seekers/${randomUUID()}`).expect(404)).body.error).toBe('SEEKER_NOT_FOUND');
      await t.http.get('/seekers/not-a-uuid').expect(400);
      await t.http.patch(`/seekers/${randomUUID()}`).send({ fullName: '某人' }).expect(404);
    });

    it('turns consent on and off, dating each decision, and records each update', async () => {
      const seeker = await createSeeker(t, regionCode, { consentToMatch: false });
      expect(seeker.consentAt).toBeNull();

      const given = (await t.http.patch(`/seekers/${seeker.id}`).send({ consentToMatch: true }).expect(200)).body;
      expect(given.consentToMatch).toBe(true);
      expect(given.consentAt).toEqual(expect.any(String));
      expect(given.version).toBe(2);

      // Repeating the same answer keeps the date of the decision.
      const repeated = (await t.http.patch(`/seekers/${seeker.id}`).send({ consentToMatch: true }).expect(200)).body;
      expect(repeated.consentAt).toBe(given.consentAt);

      const withdrawn = (await t.http.patch(`/seekers/${seeker.id}`).send({ consentToMatch: false }).expect(200)).body;
      expect(withdrawn.consentToMatch).toBe(false);
      expect(new Date(withdrawn.consentAt).getTime()).toBeGreaterThan(new Date(given.consentAt).getTime());

      const [row] = await t.dataSource.query('SELECT consent_to_match, consent_at FROM seeker WHERE id = $1', [seeker.id]);
      expect(row.consent_to_match).toBe(false);
      expect(new Date(row.consent_at).toISOString()).toBe(withdrawn.consentAt);

      expect(await domainChangeReasons(t.dataSource, seeker.id)).toEqual([
        'seeker.created',
        'seeker.updated',
        'seeker.updated',
        'seeker.updated',
      ]);
    });

    it('changes the fields given, clears nullable ones with null, and leaves the rest', async () => {
      const seeker = await createSeeker(t, regionCode);
      const other = await createRegionTree(t.dataSource);
      const updated = (
        await t.http
          .patch(`/seekers/${seeker.id}`)
          .send({
            phone: null,
            major: '  ',
            skills: ['育婴'],
            availability: [
              { day: 3, start: '13:00', end: '15:00' },
              { day: 1, start: '09:00', end: '11:00' },
            ],
            regionCode: other.grid.code,
            latitude: null,
            longitude: null,
            status: 'employed',
          })
          .expect(200)
      ).body;
      expect(updated).toMatchObject({
        fullName: seeker.fullName,
        idNumberMasked: seeker.idNumberMasked,
        phone: null,
        major: null,
        skills: ['育婴'],
        availability: [
          { day: 1, start: '09:00', end: '11:00' },
          { day: 3, start: '13:00', end: '15:00' },
        ],
        regionCode: other.grid.code,
        latitude: null,
        longitude: null,
        status: 'employed',
        desiredSalaryMin: seeker.desiredSalaryMin,
        targetGroups: seeker.targetGroups,
      });
      const employed = await t.http.get('/seekers').query({ regionCode: other.district.code, status: 'employed' }).expect(200);
      expect(employed.body.items.map((item: { id: string }) => item.id)).toEqual([seeker.id]);
    });

    it('refuses to change the ID number, to null a required field, an unknown region and a stale version', async () => {
      const seeker = await createSeeker(t, regionCode);
      const attempts: Array<[Record<string, unknown>, string]> = [
        [{ idNumber: uniqueResidentId() }, 'idNumber'],
        [{ fullName: null }, 'fullName'],
        [{ consentToMatch: null }, 'consentToMatch'],
        [{ status: 'retired' }, 'status'],
        [{ regionCode: 'nowhere-1111' }, 'regionCode'],
        [{ latitude: null }, 'latitude'],
        [{ skills: null }, 'skills'],
      ];
      for (const [body, field] of attempts) {
        const response = await t.http.patch(`/seekers/${seeker.id}`).send(body);
        expect({ body, status: response.status }).toEqual({ body, status: 400 });
        expect(fieldsOf(response.body)).toContain(field);
      }

      const stale = await t.http.patch(`/seekers/${seeker.id}`).send({ fullName: '新名字', version: 99 }).expect(409);
      expect(stale.body).toMatchObject({ error: 'SEEKER_VERSION_CONFLICT', currentVersion: 1 });

      const unchanged = (await t.http.get(`/seekers/${seeker.id}`).expect(200)).body;
      expect(unchanged).toMatchObject({ fullName: seeker.fullName, version: 1, status: 'active', regionCode });
      expect(await domainChangeReasons(t.dataSource, seeker.id)).toEqual(['seeker.created']);
    });

    it('accepts an empty PATCH as a save', async () => {
      const seeker = await createSeeker(t, regionCode);
      const saved = (await t.http.patch(`/seekers/${seeker.id}`).send({ version: 1 }).expect(200)).body;
      expect(saved.version).toBe(2);
    });
  });
});
