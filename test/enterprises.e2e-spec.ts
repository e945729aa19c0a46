import { randomInt, randomUUID } from 'node:crypto';
import { uniformCreditCodeCheckChar } from '../libs/china-ids/index.js';
import { Enterprise } from '../src/enterprises/enterprise.entity.js';
import { createEnterprise, createRegionTree, validCreditCode } from './support/factories.js';
import { uniqueRegionCode } from './support/region-factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((error) => error.field);

/** A valid code with letters in it, so case handling is exercised. */
function creditCodeWithLetters(): string {
  const body = `91370983MA${String(randomInt(10 ** 7)).padStart(7, '0')}`;
  return body + uniformCreditCodeCheckChar(body);
}

/** A valid code whose last character is deliberately wrong. */
function creditCodeWithBadChecksum(): string {
  const code = validCreditCode();
  return code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
}

const RESPONSE_KEYS = [
  'address',
  'contactName',
  'contactPhone',
  'createdAt',
  'creditCode',
  'id',
  'industry',
  'isKeyEnterprise',
  'name',
  'regionCode',
  'regionName',
  'serviceSpecialist',
  'updatedAt',
];

describe('enterprises', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  const body = (regionCode: string, overrides: Record<string, unknown> = {}) => ({
    name: `肥城市桃都机械有限公司${randomUUID().slice(0, 8)}`,
    creditCode: validCreditCode(),
    industry: '制造业',
    regionCode,
    ...overrides,
  });

  describe('POST /enterprises', () => {
    it('registers an enterprise, upper-casing the credit code and naming its region', async () => {
      const { community } = await createRegionTree(t.dataSource);
      const creditCode = creditCodeWithLetters();
      const response = await t.http
        .post('/enterprises')
        .send(
          body(community.code, {
            creditCode: creditCode.toLowerCase(),
            address: ' 肥城市新城街道龙山路88号 ',
            isKeyEnterprise: true,
            serviceSpecialist: '王专员',
            contactName: '李经理',
            contactPhone: '13812345678',
          }),
        )
        .expect(201);
      expect(Object.keys(response.body).sort()).toEqual(RESPONSE_KEYS);
      expect(response.body).toMatchObject({
        creditCode,
        industry: '制造业',
        regionCode: community.code,
        regionName: '贵和社区',
        address: '肥城市新城街道龙山路88号',
        isKeyEnterprise: true,
        serviceSpecialist: '王专员',
        contactName: '李经理',
        contactPhone: '13812345678',
      });
      const stored = await t.dataSource.getRepository(Enterprise).findOneByOrFail({ id: response.body.id });
      expect(stored).toMatchObject({ creditCode, regionCode: community.code, isKeyEnterprise: true, address: '肥城市新城街道龙山路88号' });
    });

    it('defaults optional fields, stores blanks as null and accepts a landline', async () => {
      const { street } = await createRegionTree(t.dataSource);
      const response = await t.http
        .post('/enterprises')
        .send(body(street.code, { address: '   ', contactPhone: '0538-3221234' }))
        .expect(201);
      expect(response.body).toMatchObject({ isKeyEnterprise: false, address: null, serviceSpecialist: null, contactPhone: '0538-3221234' });
      const stored = await t.dataSource.getRepository(Enterprise).findOneByOrFail({ id: response.body.id });
      expect(stored.address).toBeNull();
    });

    it('rejects a credit code with a wrong check character, on field creditCode', async () => {
      const { community } = await createRegionTree(t.dataSource);
      const creditCode = creditCodeWithBadChecksum();
      const response = await t.http.post('/enterprises').send(body(community.code, { creditCode })).expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'VALIDATION_FAILED' });
      expect(response.body.errors).toEqual([{ field: 'creditCode', messages: [expect.stringContaining('unified social credit code')] }]);
      expect(await t.dataSource.getRepository(Enterprise).existsBy({ creditCode })).toBe(false);
    });

    it('rejects unknown fields, missing fields and bad phones with every failing field', async () => {
      const { community } = await createRegionTree(t.dataSource);
      const unknown = await t.http.post('/enterprises').send(body(community.code, { id: randomUUID(), verified: true })).expect(400);
      expect(fieldsOf(unknown.body).sort()).toEqual(['id', 'verified']);
      const missing = await t.http
        .post('/enterprises')
        .send({ name: '', contactPhone: '12345', isKeyEnterprise: 'yes', address: 'x'.repeat(301) })
        .expect(400);
      expect(fieldsOf(missing.body).sort()).toEqual(['address', 'contactPhone', 'creditCode', 'industry', 'isKeyEnterprise', 'name', 'regionCode']);
    });

    it('rejects a region that does not exist, on field regionCode', async () => {
      const response = await t.http.post('/enterprises').send(body(uniqueRegionCode('nowhere'))).expect(400);
      expect(fieldsOf(response.body)).toEqual(['regionCode']);
    });

    it('answers 409 ENTERPRISE_DUPLICATE for a registered credit code, in any case', async () => {
      const { community } = await createRegionTree(t.dataSource);
      const existing = await createEnterprise(t.dataSource, { regionCode: community.code, creditCode: creditCodeWithLetters() });
      const response = await t.http
        .post('/enterprises')
        .send(body(community.code, { creditCode: existing.creditCode.toLowerCase() }))
        .expect(409);
      expect(response.body).toMatchObject({ error: 'ENTERPRISE_DUPLICATE', creditCode: existing.creditCode, existingId: existing.id });
      expect(await t.dataSource.getRepository(Enterprise).countBy({ creditCode: existing.creditCode })).toBe(1);
    });

    it('lets only one of three concurrent registrations of a code succeed; the others get ENTERPRISE_DUPLICATE', async () => {
      const { community } = await createRegionTree(t.dataSource);
      const creditCode = validCreditCode();
      const responses = await Promise.all([1, 2, 3].map(() => t.http.post('/enterprises').send(body(community.code, { creditCode }))));
      expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409]);
      for (const response of responses.filter((r) => r.status === 409)) {
        expect(response.body).toMatchObject({ error: 'ENTERPRISE_DUPLICATE', creditCode });
      }
      expect(await t.dataSource.getRepository(Enterprise).countBy({ creditCode })).toBe(1);
    });
  });

  describe('GET /enterprises', () => {
    it('filters by region subtree, industry, key flag and text, sorted by name', async () => {
      const tree = await createRegionTree(t.dataSource);
      const other = await createRegionTree(t.dataSource);
      const tag = randomUUID().slice(0, 8);
      const inGrid = await createEnterprise(t.dataSource, { name: `乙${tag}网格企业`, regionCode: tree.grid.code, industry: '餐饮业' });
      const inCommunity = await createEnterprise(t.dataSource, { name: `甲${tag}社区企业`, regionCode: tree.community.code, isKeyEnterprise: true });
      const inStreet = await createEnterprise(t.dataSource, { name: `丙${tag}街道企业`, regionCode: tree.street.code });
      await createEnterprise(t.dataSource, { name: `丁${tag}别处企业`, regionCode: other.community.code });

      const ids = (response: { body: { items: Array<{ id: string }> } }) => response.body.items.map((item) => item.id);
      const inDistrict = await t.http.get('/enterprises').query({ regionCode: tree.district.code }).expect(200);
      expect(inDistrict.body.total).toBe(3);
      // Sorted by name (code point order of 丙 < 乙 < 甲 here).
      expect(ids(inDistrict)).toEqual([inStreet.id, inGrid.id, inCommunity.id]);
      expect(inDistrict.body.items[1]).toMatchObject({ regionCode: tree.grid.code, regionName: '第一网格' });

      const inCommunitySubtree = await t.http.get('/enterprises').query({ regionCode: tree.community.code }).expect(200);
      expect(ids(inCommunitySubtree).sort()).toEqual([inCommunity.id, inGrid.id].sort());

      const keyOnly = await t.http.get('/enterprises').query({ regionCode: tree.district.code, isKeyEnterprise: 'true' }).expect(200);
      expect(ids(keyOnly)).toEqual([inCommunity.id]);
      const notKey = await t.http.get('/enterprises').query({ regionCode: tree.district.code, isKeyEnterprise: 'false' }).expect(200);
      expect(notKey.body.total).toBe(2);

      const catering = await t.http.get('/enterprises').query({ regionCode: tree.district.code, industry: '餐饮业' }).expect(200);
      expect(ids(catering)).toEqual([inGrid.id]);

      const byName = await t.http.get('/enterprises').query({ q: `${tag}别处` }).expect(200);
      expect(byName.body.total).toBe(1);
      const byCode = await t.http.get('/enterprises').query({ q: inStreet.creditCode.toLowerCase() }).expect(200);
      expect(ids(byCode)).toEqual([inStreet.id]);
    });

    it('paginates with totals', async () => {
      const { street } = await createRegionTree(t.dataSource);
      for (let i = 0; i < 3; i++) await createEnterprise(t.dataSource, { name: `分页企业${i}`, regionCode: street.code });
      const first = await t.http.get('/enterprises').query({ regionCode: street.code, pageSize: 2 }).expect(200);
      expect(first.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
      expect(first.body.items.map((item: Enterprise) => item.name)).toEqual(['分页企业0', '分页企业1']);
      const second = await t.http.get('/enterprises').query({ regionCode: street.code, pageSize: 2, page: 2 }).expect(200);
      expect(second.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(second.body.items.map((item: Enterprise) => item.name)).toEqual(['分页企业2']);
    });

    it('rejects an unknown region filter and malformed filters with 400', async () => {
      const unknown = await t.http.get('/enterprises').query({ regionCode: uniqueRegionCode('nowhere') }).expect(400);
      expect(fieldsOf(unknown.body)).toEqual(['regionCode']);
      const bad = await t.http.get('/enterprises').query({ isKeyEnterprise: 'maybe', page: 0, sort: 'name' }).expect(400);
      expect(fieldsOf(bad.body).sort()).toEqual(['isKeyEnterprise', 'page', 'sort']);
    });
  });

  describe('GET /enterprises/:id', () => {
    it('returns one enterprise with its region name', async () => {
      const enterprise = await createEnterprise(t.dataSource);
      const response = await t.http.get(`/enterprises/${enterprise.id}`).expect(200);
      expect(Object.keys(response.body).sort()).toEqual(RESPONSE_KEYS);
      expect(response.body).toMatchObject({ id: enterprise.id, name: enterprise.name, creditCode: enterprise.creditCode, regionName: '贵和社区' });
    });

    it('answers 400 for a malformed id and 404 for an unknown one', async () => {
      await t.http.get('/enterprises/not-a-uuid').expect(400);
      await t.http.patch('/enterprises/not-a-uuid').send({ name: 'x' }).expect(400);
      const id = randomUUID();
      const missing = await t.http.get(`/enterprises/${id}`).expect(404);
      expect(missing.body).toMatchObject({ error: 'ENTERPRISE_NOT_FOUND' });
      await t.http.patch(`/enterprises/${id}`).send({ name: '无' }).expect(404);
    });
  });

  describe('PATCH /enterprises/:id', () => {
    it('changes fields, clears nullable ones with null and keeps the rest', async () => {
      const { community, street } = await createRegionTree(t.dataSource);
      const enterprise = await createEnterprise(t.dataSource, { regionCode: community.code, address: '旧地址', contactName: '张三' });
      const newCode = creditCodeWithLetters();
      const response = await t.http
        .patch(`/enterprises/${enterprise.id}`)
        .send({ name: '肥城新名称有限公司', address: null, regionCode: street.code, isKeyEnterprise: true, creditCode: newCode.toLowerCase() })
        .expect(200);
      expect(response.body).toMatchObject({
        name: '肥城新名称有限公司',
        address: null,
        contactName: '张三',
        regionCode: street.code,
        regionName: '新城街道',
        isKeyEnterprise: true,
        creditCode: newCode,
        industry: enterprise.industry,
      });
      const stored = await t.dataSource.getRepository(Enterprise).findOneByOrFail({ id: enterprise.id });
      expect(stored).toMatchObject({ name: '肥城新名称有限公司', address: null, contactName: '张三', creditCode: newCode, regionCode: street.code });
      expect(stored.updatedAt.getTime()).toBeGreaterThanOrEqual(enterprise.updatedAt.getTime());
    });

    it('answers 409 when the new credit code belongs to another enterprise', async () => {
      const { community } = await createRegionTree(t.dataSource);
      const first = await createEnterprise(t.dataSource, { regionCode: community.code });
      const second = await createEnterprise(t.dataSource, { regionCode: community.code });
      const response = await t.http.patch(`/enterprises/${second.id}`).send({ creditCode: first.creditCode }).expect(409);
      expect(response.body).toMatchObject({ error: 'ENTERPRISE_DUPLICATE', existingId: first.id });
      // Re-sending its own code is not a conflict.
      await t.http.patch(`/enterprises/${second.id}`).send({ creditCode: second.creditCode }).expect(200);
    });

    it('re-validates: bad checksum, null for required fields, unknown region, unknown fields', async () => {
      const enterprise = await createEnterprise(t.dataSource);
      const invalid = await t.http
        .patch(`/enterprises/${enterprise.id}`)
        .send({ creditCode: creditCodeWithBadChecksum(), name: null, isKeyEnterprise: null, contactPhone: '999' })
        .expect(400);
      expect(fieldsOf(invalid.body).sort()).toEqual(['contactPhone', 'creditCode', 'isKeyEnterprise', 'name']);
      const region = await t.http.patch(`/enterprises/${enterprise.id}`).send({ regionCode: uniqueRegionCode('nowhere') }).expect(400);
      expect(fieldsOf(region.body)).toEqual(['regionCode']);
      const unknown = await t.http.patch(`/enterprises/${enterprise.id}`).send({ createdAt: '2020-01-01' }).expect(400);
      expect(fieldsOf(unknown.body)).toEqual(['createdAt']);
      const stored = await t.dataSource.getRepository(Enterprise).findOneByOrFail({ id: enterprise.id });
      expect(stored).toMatchObject({ name: enterprise.name, creditCode: enterprise.creditCode, regionCode: enterprise.regionCode });
    });

    it('answers an empty change with the enterprise unchanged', async () => {
      const enterprise = await createEnterprise(t.dataSource);
      const response = await t.http.patch(`/enterprises/${enterprise.id}`).send({}).expect(200);
      expect(response.body).toMatchObject({ id: enterprise.id, name: enterprise.name });
    });
  });
});
