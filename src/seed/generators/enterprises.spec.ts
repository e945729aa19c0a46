import { isValidUnifiedSocialCreditCode } from '../../../libs/china-ids/index.js';
import { Random } from '../random.js';
import { INDUSTRIES } from '../vocabulary/industries.js';
import { organizationCodeCheckChar, unifiedSocialCreditCode } from './credit-code.js';
import { KEY_ENTERPRISE_SHARE, generateEnterprises } from './enterprises.js';
import { fixtureContext } from './fixture-county.js';

describe('generateEnterprises', () => {
  const context = fixtureContext();
  const enterprises = generateEnterprises(context, 120);

  it('gives every enterprise a valid, unique unified social credit code of the county', () => {
    for (const enterprise of enterprises) {
      expect(isValidUnifiedSocialCreditCode(enterprise.creditCode)).toBe(true);
      expect(enterprise.creditCode.slice(2, 8)).toBe('370983');
    }
    expect(new Set(enterprises.map((enterprise) => enterprise.creditCode)).size).toBe(enterprises.length);
    expect(new Set(enterprises.map((enterprise) => enterprise.name)).size).toBe(enterprises.length);
  });

  it('names employers as they register: company, cooperative, street office', () => {
    for (const { name, industry, creditCode } of enterprises) {
      if (industry.kind === 'company') {
        expect(name).toMatch(/^(肥城市|泰安|山东).+有限公司$/);
        expect(creditCode.startsWith('91')).toBe(true);
      } else if (industry.kind === 'cooperative') {
        expect(name).toMatch(/^肥城市.+专业合作社$/);
        expect(creditCode.startsWith('93')).toBe(true);
      } else {
        expect(name).toMatch(/^肥城市.+(办事处|人民政府)$/);
        expect(creditCode.startsWith('11')).toBe(true);
      }
    }
  });

  it('covers every industry once before following the weights, and marks a fifth as key enterprises', () => {
    const small = generateEnterprises(context, INDUSTRIES.length);
    expect(new Set(small.map((enterprise) => enterprise.industry.label)).size).toBe(INDUSTRIES.length);
    const key = enterprises.filter((enterprise) => enterprise.isKeyEnterprise);
    expect(key).toHaveLength(Math.round(enterprises.length * KEY_ENTERPRISE_SHARE));
    expect(key.every((enterprise) => enterprise.industry.kind !== 'government')).toBe(true);
  });

  it('places each enterprise in a community of the county with contacts and a specialist of the centre', () => {
    const communities = new Set(context.map.communities.map((community) => community.code));
    for (const enterprise of enterprises) {
      expect(communities.has(enterprise.regionCode)).toBe(true);
      expect(enterprise.address.startsWith('肥城市')).toBe(true);
      expect(context.staff).toContain(enterprise.serviceSpecialist);
      expect(enterprise.contactName).toMatch(/^\p{Script=Han}{2,3}$/u);
      expect(enterprise.contactPhone).toMatch(/^(1[3-9]\d{9}|0538-3\d{6})$/);
      expect(enterprise.latitude).not.toBeNull();
    }
  });

  it('is a pure function of the seed', () => {
    expect(generateEnterprises(fixtureContext(), 30)).toEqual(generateEnterprises(fixtureContext(), 30));
    expect(generateEnterprises(fixtureContext(8), 30)).not.toEqual(generateEnterprises(fixtureContext(), 30));
  });
});

describe('unifiedSocialCreditCode', () => {
  it('computes the GB 11714 organisation check character', () => {
    // 组织机构代码 D2143569-X is the standard's worked example.
    expect(organizationCodeCheckChar('D2143569')).toBe('X');
  });

  it('is valid for every kind of employer, thousands of times over', () => {
    const rng = new Random(11);
    for (let i = 0; i < 3000; i++) {
      for (const kind of ['company', 'cooperative', 'government'] as const) {
        expect(isValidUnifiedSocialCreditCode(unifiedSocialCreditCode(rng, kind, '370983'))).toBe(true);
      }
    }
  });
});
