import { randomUUID } from 'node:crypto';
import { Region } from '../src/regions/region.entity.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { createEnterprise, createRegionTree } from './support/factories.js';
import { createCertificateType, positionBody } from './support/position-factories.js';

const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((error) => error.field);

describe('/positions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const create = (body: Record<string, unknown>) => t.http.post('/positions').send(body);
  const setStatus = (id: string, body: Record<string, unknown>) => t.http.post(`/positions/${id}/status`).send(body);
  async function createdPosition(body: Record<string, unknown>) {
    const response = await create(body);
    expect(response.status).toBe(201);
    return response.body;
  }
  const changesOf = async (id: string): Promise<string[]> =>
    (
      await t.dataSource.query(
        `SELECT reason FROM domain_change WHERE subject_type = 'position' AND subject_id = $1 ORDER BY id`,
        [id],
      )
    ).map((row: { reason: string }) => row.reason);

  describe('POST /positions', () => {
    it('creates a draft with its requirements, defaults and a domain change', async () => {
      const enterprise = await createEnterprise(t.dataSource);
      const welder = await createCertificateType(t.dataSource, { name: '焊工', levels: [5, 4, 3, 2, 1] });
      const firstAid = await createCertificateType(t.dataSource, { name: '急救员', kind: 'special_ability', levels: [] });
      const response = await create(
        positionBody(enterprise.id, {
          skills: [' 氩弧焊 ', '氩弧焊', 'CAD', 'ｃａｄ', '识图'],
          certificateRequirements: [
            { certificateTypeId: firstAid.id, minLevel: null, mandatory: false },
            { certificateTypeId: welder.id.toUpperCase(), minLevel: 4 },
          ],
        }),
      );

      expect(response.status).toBe(201);
      const position = response.body;
      expect(position).toMatchObject({
        enterpriseId: enterprise.id,
        enterprise: { id: enterprise.id, name: enterprise.name },
        status: 'draft',
        regionCode: enterprise.regionCode,
        skills: ['氩弧焊', 'CAD', '识图'],
        salaryMin: 5000,
        salaryMax: 8000,
        minEducation: 'junior_secondary',
        targetGroups: [],
        publishedAt: null,
        validUntil: null,
        version: 1,
      });
      expect(position.certificateRequirements).toEqual([
        {
          certificateTypeId: welder.id,
          code: welder.code,
          name: '焊工',
          minLevel: 4,
          minLevelLabelZh: '四级/中级工',
          mandatory: true,
        },
        {
          certificateTypeId: firstAid.id,
          code: firstAid.code,
          name: '急救员',
          minLevel: null,
          minLevelLabelZh: null,
          mandatory: false,
        },
      ]);

      const stored = await t.dataSource.query(
        'SELECT certificate_type_id, min_level, mandatory FROM position_certificate_requirement WHERE position_id = $1 ORDER BY mandatory DESC',
        [position.id],
      );
      expect(stored).toEqual([
        { certificate_type_id: welder.id, min_level: 4, mandatory: true },
        { certificate_type_id: firstAid.id, min_level: null, mandatory: false },
      ]);
      expect(await changesOf(position.id)).toEqual(['position.created']);

      const fetched = await t.http.get(`/positions/${position.id}`);
      expect(fetched.status).toBe(200);
      expect(fetched.body).toEqual(position);
    });

    it('answers 400 naming salaryMax when the minimum is above the maximum, and stores nothing', async () => {
      const enterprise = await createEnterprise(t.dataSource);
      const response = await create(positionBody(enterprise.id, { salaryMin: 9000, salaryMax: 6000 }));
      expect(response.status).toBe(400);
      expect(response.body.error).toBe('VALIDATION_FAILED');
      expect(fieldsOf(response.body)).toEqual(['salaryMax']);
      const [{ count }] = await t.dataSource.query('SELECT count(*)::int FROM position WHERE enterprise_id = $1', [enterprise.id]);
      expect(count).toBe(0);
    });

    it('rejects unknown fields, also inside requirements and slots', async () => {
      const enterprise = await createEnterprise(t.dataSource);
      const welder = await createCertificateType(t.dataSource);
      const response = await create(
        positionBody(enterprise.id, {
          status: 'open',
          certificateRequirements: [{ certificateTypeId: welder.id, minLevel: 4, level: 4 }],
          workSlots: [{ day: 1, start: '08:00', end: '12:00', note: 'x' }],
        }),
      );
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body).sort()).toEqual(['certificateRequirements[0].level', 'status', 'workSlots[0].note']);
    });

    it('answers 400 for references that do not exist', async () => {
      const enterprise = await createEnterprise(t.dataSource);
      const unknownType = await create(
        positionBody(enterprise.id, { certificateRequirements: [{ certificateTypeId: randomUUID(), minLevel: null }] }),
      );
      expect(unknownType.status).toBe(400);
      expect(fieldsOf(unknownType.body)).toEqual(['certificateRequirements[0].certificateTypeId']);

      const unknownEnterpriseAndRegion = await create(positionBody(randomUUID(), { regionCode: 'nowhere' }));
      expect(unknownEnterpriseAndRegion.status).toBe(400);
      expect(fieldsOf(unknownEnterpriseAndRegion.body)).toEqual(['enterpriseId', 'regionCode']);
    });

    it('answers 400 for a level the certificate type is not issued at, or a type listed twice', async () => {
      const enterprise = await createEnterprise(t.dataSource);
      const electrician = await createCertificateType(t.dataSource, { name: '电工', levels: [5, 4, 3] });
      const notIssued = await create(
        positionBody(enterprise.id, { certificateRequirements: [{ certificateTypeId: electrician.id, minLevel: 1 }] }),
      );
      expect(notIssued.status).toBe(400);
      expect(fieldsOf(notIssued.body)).toEqual(['certificateRequirements[0].minLevel']);

      const noSuchLevel = await create(
        positionBody(enterprise.id, { certificateRequirements: [{ certificateTypeId: electrician.id, minLevel: 7 }] }),
      );
      expect(noSuchLevel.status).toBe(400);
      expect(fieldsOf(noSuchLevel.body)).toEqual(['certificateRequirements[0].minLevel']);

      const twice = await create(
        positionBody(enterprise.id, {
          certificateRequirements: [
            { certificateTypeId: electrician.id, minLevel: 5 },
            { certificateTypeId: electrician.id, minLevel: 4 },
          ],
        }),
      );
      expect(twice.status).toBe(400);
      expect(fieldsOf(twice.body)).toEqual(['certificateRequirements[1].certificateTypeId']);
    });

    it('answers 400, never 500, for malformed values of every kind', async () => {
      const enterprise = await createEnterprise(t.dataSource);
      const response = await create(
        positionBody(enterprise.id, {
          title: '   ',
          occupationCode: '6-18-2',
          skills: ['焊接', 42, 'x'.repeat(51)],
          certificateRequirements: ['welder', null],
          salaryMin: 5000.5,
          salaryMax: 1e12,
          headcount: 0,
          employmentType: 'forever',
          weeklyHours: 100,
          workSlots: [{ day: 8, start: '25:00', end: '12:00' }],
          targetGroups: ['aliens'],
          latitude: 91,
          longitude: 'east',
          validUntil: '2030-02-30',
        }),
      );
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(
        expect.arrayContaining([
          'title',
          'occupationCode',
          'skills',
          'certificateRequirements[0]',
          'certificateRequirements[1]',
          'salaryMin',
          'salaryMax',
          'headcount',
          'employmentType',
          'weeklyHours',
          'workSlots[0].day',
          'workSlots[0].start',
          'targetGroups',
          'latitude',
          'longitude',
          'validUntil',
        ]),
      );
      expect(fieldsOf(response.body)).toHaveLength(16);
    });

    it('answers 400 for text PostgreSQL cannot store and for bodies that are not objects', async () => {
      const enterprise = await createEnterprise(t.dataSource);
      const nul = await create(positionBody(enterprise.id, { title: '焊工\u0000', skills: ['a\u0000'], address: '\u0000' }));
      expect(nul.status).toBe(400);
      expect(fieldsOf(nul.body).sort()).toEqual(['address', 'skills', 'title']);
      const searched = await t.http.get('/positions').query({ q: 'a\u0000', regionCode: '\u0000' });
      expect(searched.status).toBe(400);
      expect(fieldsOf(searched.body).sort()).toEqual(['q', 'regionCode']);

      expect((await t.http.post('/positions').send([])).status).toBe(400);
      const notJson = await t.http.post('/positions').set('content-type', 'application/json').send('{"title":');
      expect(notJson.status).toBe(400);
    });

    it('checks rules across fields: slots, coordinates and dates', async () => {
      const enterprise = await createEnterprise(t.dataSource);
      const response = await create(
        positionBody(enterprise.id, {
          workSlots: [
            { day: 2, start: '09:00', end: '12:00' },
            { day: 2, start: '11:00', end: '14:00' },
          ],
          latitude: 36.2,
          validUntil: '2020-01-01',
        }),
      );
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(['workSlots[1]', 'longitude', 'validUntil']);

      const backwards = await create(positionBody(enterprise.id, { workSlots: [{ day: 3, start: '18:00', end: '09:00' }] }));
      expect(backwards.status).toBe(400);
      expect(fieldsOf(backwards.body)).toEqual(['workSlots[0].end']);
    });

    it('reserves public-welfare posts for the eligible groups', async () => {
      const enterprise = await createEnterprise(t.dataSource);
      const defaulted = await createdPosition(positionBody(enterprise.id, { employmentType: 'public_welfare' }));
      expect(defaulted.targetGroups).toEqual(['hard_to_employ', 'zero_employment_family', 'disabled', 'low_income']);

      const narrowed = await createdPosition(
        positionBody(enterprise.id, { employmentType: 'public_welfare', targetGroups: ['disabled', 'disabled'] }),
      );
      expect(narrowed.targetGroups).toEqual(['disabled']);

      const widened = await create(
        positionBody(enterprise.id, { employmentType: 'public_welfare', targetGroups: ['disabled', 'graduate'] }),
      );
      expect(widened.status).toBe(400);
      expect(fieldsOf(widened.body)).toEqual(['targetGroups']);
    });

    it('places the position in a region of its own choosing', async () => {
      const enterprise = await createEnterprise(t.dataSource);
      const { grid } = await createRegionTree(t.dataSource);
      const position = await createdPosition(positionBody(enterprise.id, { regionCode: grid.code, address: '  ' }));
      expect(position.regionCode).toBe(grid.code);
      expect(position.address).toBeNull();
    });
  });

  it('documents the endpoints in the OpenAPI description', async () => {
    const { body } = await t.http.get('/docs/openapi.json');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/positions', '/positions/{id}', '/positions/{id}/status']),
    );
    expect(Object.keys(body.paths['/positions/{id}'])).toEqual(expect.arrayContaining(['get', 'patch']));
    expect(body.components.schemas.UpdatePositionDto.properties).toHaveProperty('version');
    expect(body.components.schemas.UpdatePositionDto.properties).not.toHaveProperty('enterpriseId');
    expect(body.components.schemas.CreatePositionDto.required).toEqual(
      expect.arrayContaining(['enterpriseId', 'title', 'salaryMin', 'salaryMax', 'headcount', 'employmentType', 'weeklyHours']),
    );
  });

  describe('GET /positions/:id', () => {
    it('answers 400 for a malformed id and 404 for an unknown one', async () => {
      const malformed = await t.http.get('/positions/not-a-uuid');
      expect(malformed.status).toBe(400);
      const unknownId = randomUUID();
      const unknown = await t.http.get(`/positions/${unknownId}`);
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ error: 'POSITION_NOT_FOUND', id: unknownId });

      expect((await t.http.patch('/positions/123').send({ title: 'x' })).status).toBe(400);
      expect((await t.http.patch(`/positions/${unknownId}`).send({ title: 'x' })).status).toBe(404);
      expect((await setStatus('123', { status: 'open' })).status).toBe(400);
      expect((await setStatus(unknownId, { status: 'open' })).status).toBe(404);
    });
  });

  describe('status', () => {
    it('goes through the whole lifecycle and refuses an illegal transition', async () => {
      const enterprise = await createEnterprise(t.dataSource);
      const position = await createdPosition(positionBody(enterprise.id, { headcount: 2 }));

      const skipping = await setStatus(position.id, { status: 'filled' });
      expect(skipping.status).toBe(409);
      expect(skipping.body).toMatchObject({ error: 'ILLEGAL_STATUS_TRANSITION', from: 'draft', to: 'filled', allowed: ['open'] });

      const opened = await setStatus(position.id, { status: 'open' });
      expect(opened.status).toBe(200);
      expect(opened.body.status).toBe('open');
      expect(opened.body.publishedAt).not.toBeNull();
      const { publishedAt } = opened.body;

      expect((await setStatus(position.id, { status: 'paused' })).body.status).toBe('paused');
      const reopened = await setStatus(position.id, { status: 'open' });
      expect(reopened.status).toBe(200);
      expect(reopened.body.publishedAt).toBe(publishedAt);

      expect((await setStatus(position.id, { status: 'filled' })).body.status).toBe('filled');
      const filledEdit = await t.http.patch(`/positions/${position.id}`).send({ title: '改名' });
      expect(filledEdit.status).toBe(409);
      expect(filledEdit.body).toMatchObject({ error: 'POSITION_NOT_EDITABLE', status: 'filled' });

      const withoutMorePlaces = await setStatus(position.id, { status: 'open', headcount: 2 });
      expect(withoutMorePlaces.status).toBe(400);
      expect(fieldsOf(withoutMorePlaces.body)).toEqual(['headcount']);
      const morePlaces = await setStatus(position.id, { status: 'open', headcount: 5 });
      expect(morePlaces.status).toBe(200);
      expect(morePlaces.body).toMatchObject({ status: 'open', headcount: 5, publishedAt });

      expect((await setStatus(position.id, { status: 'closed' })).body.status).toBe('closed');
      const afterClose = await setStatus(position.id, { status: 'open' });
      expect(afterClose.status).toBe(409);
      expect(afterClose.body).toMatchObject({ error: 'ILLEGAL_STATUS_TRANSITION', from: 'closed', to: 'open', allowed: [] });
      expect((await t.http.patch(`/positions/${position.id}`).send({ title: '改名' })).status).toBe(409);

      const [stored] = await t.dataSource.query('SELECT status, headcount FROM position WHERE id = $1', [position.id]);
      expect(stored).toEqual({ status: 'closed', headcount: 5 });
      expect(await changesOf(position.id)).toEqual([
        'position.created',
        ...Array<string>(6).fill('position.status_changed'),
      ]);
    });

    it('refuses headcount outside a reopening, unknown statuses, stale versions and expired positions', async () => {
      const enterprise = await createEnterprise(t.dataSource);
      const position = await createdPosition(positionBody(enterprise.id));

      const headcount = await setStatus(position.id, { status: 'open', headcount: 9 });
      expect(headcount.status).toBe(400);
      expect(fieldsOf(headcount.body)).toEqual(['headcount']);
      const unknownStatus = await setStatus(position.id, { status: 'archived' });
      expect(unknownStatus.status).toBe(400);
      expect(fieldsOf(unknownStatus.body)).toEqual(['status']);
      const stale = await setStatus(position.id, { status: 'open', version: position.version + 1 });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ error: 'POSITION_VERSION_CONFLICT', currentVersion: position.version });

      await t.dataSource.query(`UPDATE position SET valid_until = current_date - 3 WHERE id = $1`, [position.id]);
      const expired = await setStatus(position.id, { status: 'open', version: position.version });
      expect(expired.status).toBe(409);
      expect(expired.body.error).toBe('POSITION_EXPIRED');
      const [stored] = await t.dataSource.query('SELECT status, published_at FROM position WHERE id = $1', [position.id]);
      expect(stored).toEqual({ status: 'draft', published_at: null });
    });
  });

  describe('PATCH /positions/:id', () => {
    it('replaces the requirements and records the change', async () => {
      const enterprise = await createEnterprise(t.dataSource);
      const welder = await createCertificateType(t.dataSource, { name: '焊工' });
      const electrician = await createCertificateType(t.dataSource, { name: '电工', levels: [5, 4, 3] });
      const position = await createdPosition(
        positionBody(enterprise.id, { certificateRequirements: [{ certificateTypeId: welder.id, minLevel: 4 }] }),
      );

      const response = await t.http.patch(`/positions/${position.id}`).send({
        version: position.version,
        certificateRequirements: [{ certificateTypeId: electrician.id, minLevel: 3, mandatory: false }],
      });
      expect(response.status).toBe(200);
      expect(response.body.certificateRequirements).toEqual([
        {
          certificateTypeId: electrician.id,
          code: electrician.code,
          name: '电工',
          minLevel: 3,
          minLevelLabelZh: '三级/高级工',
          mandatory: false,
        },
      ]);
      expect(response.body.version).toBe(position.version + 1);
      expect(response.body.title).toBe(position.title);
      const stored = await t.dataSource.query(
        'SELECT certificate_type_id FROM position_certificate_requirement WHERE position_id = $1',
        [position.id],
      );
      expect(stored).toEqual([{ certificate_type_id: electrician.id }]);
      expect(await changesOf(position.id)).toEqual(['position.created', 'position.updated']);

      const cleared = await t.http.patch(`/positions/${position.id}`).send({ certificateRequirements: [] });
      expect(cleared.status).toBe(200);
      expect(cleared.body.certificateRequirements).toEqual([]);
    });

    it('edits fields, keeps the others and checks salary against the stored values', async () => {
      const enterprise = await createEnterprise(t.dataSource);
      const position = await createdPosition(positionBody(enterprise.id, { salaryMin: 5000, salaryMax: 8000, latitude: 36.2, longitude: 116.7 }));

      const tooLow = await t.http.patch(`/positions/${position.id}`).send({ salaryMax: 4000 });
      expect(tooLow.status).toBe(400);
      expect(fieldsOf(tooLow.body)).toEqual(['salaryMax']);

      const edited = await t.http
        .patch(`/positions/${position.id}`)
        .send({ title: ' 焊工（夜班） ', salaryMax: 9000, occupationCode: null, latitude: null, longitude: null });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({
        title: '焊工（夜班）',
        salaryMin: 5000,
        salaryMax: 9000,
        occupationCode: null,
        latitude: null,
        longitude: null,
        skills: position.skills,
        workSlots: position.workSlots,
        version: position.version + 1,
      });
      const [stored] = await t.dataSource.query('SELECT title, salary_max, occupation_code FROM position WHERE id = $1', [
        position.id,
      ]);
      expect(stored).toEqual({ title: '焊工（夜班）', salary_max: 9000, occupation_code: null });
    });

    it('refuses null for required fields, the enterprise, the status and stale versions', async () => {
      const enterprise = await createEnterprise(t.dataSource);
      const position = await createdPosition(positionBody(enterprise.id));

      const nulls = await t.http.patch(`/positions/${position.id}`).send({ title: null, skills: null, salaryMin: null });
      expect(nulls.status).toBe(400);
      expect(fieldsOf(nulls.body).sort()).toEqual(['salaryMin', 'skills', 'title']);

      const immutable = await t.http.patch(`/positions/${position.id}`).send({ enterpriseId: randomUUID(), status: 'open' });
      expect(immutable.status).toBe(400);
      expect(fieldsOf(immutable.body).sort()).toEqual(['enterpriseId', 'status']);

      expect((await t.http.patch(`/positions/${position.id}`).send({ title: '新标题', version: position.version })).status).toBe(200);
      const stale = await t.http.patch(`/positions/${position.id}`).send({ title: '旧标题', version: position.version });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ error: 'POSITION_VERSION_CONFLICT', currentVersion: position.version + 1 });
      expect((await t.http.get(`/positions/${position.id}`)).body.title).toBe('新标题');

      // Two editors who read the same version at once: exactly one wins.
      const racing = await Promise.all(
        ['甲', '乙'].map((title) =>
          t.http.patch(`/positions/${position.id}`).send({ title, version: position.version + 1 }).then((r) => r.status),
        ),
      );
      expect(racing.sort()).toEqual([200, 409]);
      const [{ version }] = await t.dataSource.query('SELECT version FROM position WHERE id = $1', [position.id]);
      expect(version).toBe(position.version + 2);
    });

    it('keeps public-welfare posts for eligible groups when the type changes', async () => {
      const enterprise = await createEnterprise(t.dataSource);
      const position = await createdPosition(positionBody(enterprise.id, { targetGroups: ['graduate'] }));
      const refused = await t.http.patch(`/positions/${position.id}`).send({ employmentType: 'public_welfare' });
      expect(refused.status).toBe(400);
      expect(fieldsOf(refused.body)).toEqual(['targetGroups']);
      const accepted = await t.http.patch(`/positions/${position.id}`).send({ employmentType: 'public_welfare', targetGroups: [] });
      expect(accepted.status).toBe(200);
      expect(accepted.body.targetGroups).toEqual(['hard_to_employ', 'zero_employment_family', 'disabled', 'low_income']);
    });
  });

  describe('GET /positions', () => {
    it('filters by region subtree, status and pay, and paginates', async () => {
      const { district, street, community, grid } = await createRegionTree(t.dataSource);
      const other = await createRegionTree(t.dataSource);
      const enterprise = await createEnterprise(t.dataSource, { regionCode: community.code });
      const make = async (overrides: Record<string, unknown>, status?: string) => {
        const position = await createdPosition(positionBody(enterprise.id, overrides));
        if (status) expect((await setStatus(position.id, { status })).status).toBe(200);
        return position;
      };
      const inGrid = await make({ regionCode: grid.code, salaryMin: 6000, salaryMax: 9000 }, 'open');
      const inStreet = await make({ regionCode: street.code, salaryMin: 3000, salaryMax: 4000 }, 'open');
      const inCommunityDraft = await make({ salaryMin: 4000, salaryMax: 7000 });
      const elsewhere = await make({ regionCode: other.grid.code }, 'open');

      const ids = (body: { items: Array<{ id: string }> }) => body.items.map((item) => item.id);

      const wholeDistrict = await t.http.get('/positions').query({ regionCode: district.code });
      expect(wholeDistrict.status).toBe(200);
      expect(wholeDistrict.body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
      // Newest first by default.
      expect(ids(wholeDistrict.body)).toEqual([inCommunityDraft.id, inStreet.id, inGrid.id]);
      expect(wholeDistrict.body.items[0].enterprise).toEqual({ id: enterprise.id, name: enterprise.name });

      const community_ = await t.http.get('/positions').query({ regionCode: community.code });
      expect(ids(community_.body).sort()).toEqual([inCommunityDraft.id, inGrid.id].sort());

      const open = await t.http.get('/positions').query({ regionCode: district.code, status: 'open' });
      expect(ids(open.body)).toEqual([inStreet.id, inGrid.id]);
      const openOrDraft = await t.http.get(`/positions?regionCode=${district.code}&status=open&status=draft`);
      expect(openOrDraft.body.total).toBe(3);
      const commaSeparated = await t.http.get('/positions').query({ regionCode: district.code, status: 'draft,paused' });
      expect(ids(commaSeparated.body)).toEqual([inCommunityDraft.id]);

      const wellPaid = await t.http.get('/positions').query({ regionCode: district.code, minSalary: 7000 });
      expect(ids(wellPaid.body)).toEqual([inCommunityDraft.id, inGrid.id]);

      const bySalary = await t.http.get('/positions').query({ enterpriseId: enterprise.id, sort: 'salaryMax' });
      expect(bySalary.body.total).toBe(4);
      expect(bySalary.body.items.map((item: { salaryMax: number }) => item.salaryMax)).toEqual([9000, 8000, 7000, 4000]);
      expect(ids(bySalary.body)).toContain(elsewhere.id);

      const firstPage = await t.http.get('/positions').query({ regionCode: district.code, pageSize: 2 });
      expect(firstPage.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
      expect(ids(firstPage.body)).toEqual([inCommunityDraft.id, inStreet.id]);
      const secondPage = await t.http.get('/positions').query({ regionCode: district.code, pageSize: 2, page: 2 });
      expect(secondPage.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(ids(secondPage.body)).toEqual([inGrid.id]);

      const unknownRegion = await t.http.get('/positions').query({ regionCode: `no-${randomUUID().slice(0, 8)}` });
      expect(unknownRegion.body).toMatchObject({ items: [], total: 0 });
    });

    it('does not mistake a region whose code merely starts with another for part of its subtree', async () => {
      const regions = t.dataSource.getRepository(Region);
      const code = `r${randomUUID().replace(/-/g, '').slice(0, 12)}`;
      const make = (regionCode: string) =>
        regions.save(regions.create({ code: regionCode, name: '测试区', level: 'district', parentCode: null, path: regionCode }));
      const [region, lookalike] = [await make(code), await make(`${code}0`)];
      const enterprise = await createEnterprise(t.dataSource, { regionCode: region.code });
      const inside = await createdPosition(positionBody(enterprise.id));
      await createdPosition(positionBody(enterprise.id, { regionCode: lookalike.code }));

      const response = await t.http.get('/positions').query({ regionCode: region.code });
      expect(response.body.total).toBe(1);
      expect(response.body.items[0].id).toBe(inside.id);
    });

    it('filters by text, occupation group and employment type, treating wildcards literally', async () => {
      const enterprise = await createEnterprise(t.dataSource);
      const marker = randomUUID().slice(0, 8);
      const welder = await createdPosition(positionBody(enterprise.id, { title: `电焊工 ${marker}`, occupationCode: '6-18-02-04' }));
      const cook = await createdPosition(
        positionBody(enterprise.id, {
          title: '中式烹调师',
          description: `后厨 100% 现做 ${marker}`,
          occupationCode: '4-03-02-01',
          employmentType: 'part_time',
        }),
      );
      const list = (query: Record<string, unknown>) => t.http.get('/positions').query({ enterpriseId: enterprise.id, ...query });
      const ids = (body: { items: Array<{ id: string }> }) => body.items.map((item) => item.id);

      expect(ids((await list({ q: marker })).body)).toEqual([cook.id, welder.id]);
      expect(ids((await list({ q: '100%' })).body)).toEqual([cook.id]);
      expect((await list({ q: '%' })).body.total).toBe(1);
      expect(ids((await list({ occupationCode: '6-18' })).body)).toEqual([welder.id]);
      expect(ids((await list({ occupationCode: '4' })).body)).toEqual([cook.id]);
      expect(ids((await list({ employmentType: 'part_time' })).body)).toEqual([cook.id]);
    });

    it('answers 400 for malformed filters', async () => {
      const response = await t.http
        .get('/positions')
        .query({ status: 'open,archived', minSalary: 'lots', enterpriseId: 'x', occupationCode: '6-1', sort: 'random', pageSize: 1000 });
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body).sort()).toEqual(['enterpriseId', 'minSalary', 'occupationCode', 'pageSize', 'sort', 'status']);
      const unknown = await t.http.get('/positions').query({ colour: 'red' });
      expect(unknown.status).toBe(400);
    });
  });
});
