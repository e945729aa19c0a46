import { Random } from '../random.js';
import { distanceKm, gridCode, mapCounty, shortCommunityName } from './county-map.js';
import { fixtureCounty } from './fixture-county.js';

const FEICHENG = { latitude: 36.18, longitude: 116.77 };

describe('mapCounty', () => {
  const { streets, communities } = fixtureCounty();

  it('adds 2–4 grids per community, coded community code + G01 …, named after the community', () => {
    const map = mapCounty(new Random(1), FEICHENG, streets, communities);
    for (const community of communities) {
      const grids = map.gridRows.filter((grid) => grid.parentCode === community.code);
      expect(grids.length).toBeGreaterThanOrEqual(2);
      expect(grids.length).toBeLessThanOrEqual(4);
      grids.forEach((grid, index) => {
        expect(grid.code).toBe(gridCode(community.code, index + 1));
        expect(grid.level).toBe('grid');
        expect(grid.path).toBe(`${community.path}/${grid.code}`);
      });
    }
    expect(map.gridRows.find((grid) => grid.code === '370983001003G01')?.name).toBe('龙山社区第一网格');
    expect(map.gridRows.find((grid) => grid.code === '370983106215G02')?.name).toBe('四合村第二网格');
  });

  it('places everything near the county centre: 街道 close, towns farther, grids next to their community', () => {
    const map = mapCounty(new Random(1), FEICHENG, streets, communities);
    const at = (code: string) => [...map.streets, ...map.communities, ...map.grids].find((place) => place.code === code)!;
    const point = (code: string) => ({ latitude: at(code).latitude!, longitude: at(code).longitude! });
    expect(distanceKm(FEICHENG, point('370983001000'))).toBeLessThan(8);
    expect(distanceKm(FEICHENG, point('370983106000'))).toBeGreaterThan(8);
    expect(distanceKm(FEICHENG, point('370983106000'))).toBeLessThan(30);
    expect(distanceKm(point('370983001003'), point('370983001003G01'))).toBeLessThan(1);
    expect(map.placedRegions).toHaveLength(streets.length + communities.length);
    expect(at('370983106201').inTown).toBe(true);
    expect(at('370983001003').inTown).toBe(false);
  });

  it('keeps coordinates already stored and is the same for the same seed', () => {
    const stored = communities.map((community, index) => (index === 0 ? { ...community, latitude: 36.2, longitude: 116.8 } : community));
    const map = mapCounty(new Random(1), FEICHENG, streets, stored);
    expect(map.communities[0]).toMatchObject({ latitude: 36.2, longitude: 116.8 });
    expect(map.placedRegions.map((place) => place.code)).not.toContain(stored[0].code);
    expect(mapCounty(new Random(1), FEICHENG, streets, communities)).toEqual(mapCounty(new Random(1), FEICHENG, streets, communities));
  });

  it('leaves coordinates out when the county centre is unknown', () => {
    const map = mapCounty(new Random(1), null, streets, communities);
    expect(map.placedRegions).toEqual([]);
    expect(map.gridRows.every((grid) => grid.latitude === null && grid.longitude === null)).toBe(true);
  });

  it('shortens committee names the way people say them', () => {
    expect(shortCommunityName('贵和社区居委会')).toBe('贵和社区');
    expect(shortCommunityName('刘庄居委会')).toBe('刘庄社区');
    expect(shortCommunityName('东里村委会')).toBe('东里村');
    expect(shortCommunityName('四合村民委员会')).toBe('四合村');
    expect(shortCommunityName('王庄')).toBe('王庄');
  });
});
