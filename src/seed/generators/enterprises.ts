import type { Random } from '../random.js';
import { INDUSTRIES, NAME_PREFIXES, ROADS, TRADE_NAMES, type IndustryProfile } from '../vocabulary/industries.js';
import { asPoint, near, shortCommunityName, type MaybePoint, type Place } from './county-map.js';
import type { DemoContext } from './context.js';
import { unifiedSocialCreditCode } from './credit-code.js';
import { chineseName, countyLandline, mobilePhone } from './names.js';
import { uniqueDraw } from './unique-draw.js';

export interface EnterpriseRow extends MaybePoint {
  id: string;
  /** Position in the generated list; keys the enterprise's own random streams. */
  key: number;
  name: string;
  creditCode: string;
  industry: IndustryProfile;
  regionCode: string;
  streetCode: string;
  address: string;
  isKeyEnterprise: boolean;
  serviceSpecialist: string;
  contactName: string;
  contactPhone: string;
}

/**
 * The county's recruiting employers. The first ones cover every industry once (so a
 * small demo still shows 家政, 公益岗 and 农业合作社), the rest follow the industries'
 * weights. Names and credit codes are unique within the list.
 */
export function generateEnterprises(context: DemoContext, count: number): EnterpriseRow[] {
  const { rng, map } = context;
  if (map.communities.length === 0) throw new Error('the county has no communities to place enterprises in');
  const coverage = rng.fork('industry-coverage').shuffle(INDUSTRIES);
  const usedNames = new Set<string>();
  const usedCodes = new Set<string>();
  const rows: EnterpriseRow[] = [];
  for (let key = 0; key < count; key++) {
    const r = rng.fork(`enterprise:${key}`);
    let industry = key < coverage.length ? coverage[key] : pickIndustry(r, INDUSTRIES);
    // A few 街道办事处 / 镇人民政府 (one per street at most); past that, a business instead.
    if (industry.kind === 'government' && governmentSeatsLeft(Math.min(map.streets.length, Math.max(1, Math.floor(count / 25))), rows) <= 0) {
      industry = pickIndustry(r, INDUSTRIES.filter((profile) => profile.kind !== 'government'));
    }
    let site = pickSite(r, context, industry);
    const name = uniqueDraw(usedNames, () => {
      site = pickSite(r, context, industry);
      return enterpriseName(r, context, industry, site);
    });
    const creditCode = uniqueDraw(usedCodes, () => unifiedSocialCreditCode(r, industry.kind, context.countyCode6));
    const point = asPoint(site);
    const location = point ? near(r, point, 0.003) : { latitude: null, longitude: null };
    rows.push({
      id: context.ids('enterprise', key),
      key,
      name,
      creditCode,
      industry,
      regionCode: site.code,
      streetCode: site.streetCode,
      address: address(r, context, site, industry),
      isKeyEnterprise: false,
      serviceSpecialist: r.pick(context.staff),
      contactName: chineseName(r, r.chance(0.6) ? 'female' : 'male', r.int(1970, 1997)),
      contactPhone: r.chance(0.8) ? mobilePhone(r) : countyLandline(r),
      ...location,
    });
  }
  markKeyEnterprises(context, rows);
  return rows;
}

/** Share of employers the centre follows as 重点企业. */
export const KEY_ENTERPRISE_SHARE = 0.2;

/**
 * Exactly a fifth are key enterprises, chosen with a bias to the industries the centre
 * watches (factories, builders) rather than a coin toss per employer, which could give a
 * demo of 50 anywhere between 5 and 15.
 */
function markKeyEnterprises({ rng }: DemoContext, rows: EnterpriseRow[]): void {
  const ranked = rows
    .map((row) => ({ row, score: row.industry.keyEnterpriseShare * rng.fork(`key-enterprise:${row.key}`).next() }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.row.key - b.row.key);
  for (const { row } of ranked.slice(0, Math.round(rows.length * KEY_ENTERPRISE_SHARE))) row.isKeyEnterprise = true;
}

const pickIndustry = (r: Random, industries: readonly IndustryProfile[]) =>
  r.weighted(industries.map((profile) => [profile, profile.weight] as const));

const governmentSeatsLeft = (seats: number, rows: readonly EnterpriseRow[]) =>
  seats - rows.filter((row) => row.industry.kind === 'government').length;

/** Factories and farms lean to the towns, services to the urban 街道. */
function pickSite(r: Random, { map }: DemoContext, industry: IndustryProfile): Place {
  const inTown = map.communities.filter((place) => place.inTown);
  const urban = map.communities.filter((place) => !place.inTown);
  const wantTown = r.chance(industry.townShare);
  const pool = (wantTown ? inTown : urban).length > 0 ? (wantTown ? inTown : urban) : map.communities;
  return r.pick(pool);
}

function enterpriseName(r: Random, { names }: DemoContext, industry: IndustryProfile, site: Place): string {
  if (industry.kind === 'government') {
    // The 街道办事处 or 镇人民政府 of the site's street develops the public-welfare posts.
    return site.inTown ? `${names.county}${site.streetName}人民政府` : `${names.county}${site.streetName}办事处`;
  }
  const trade = r.pick(TRADE_NAMES);
  const word = r.pick(industry.nameWords);
  if (industry.kind === 'cooperative') return `${names.county}${trade}${word}`;
  const prefix = r.weighted(NAME_PREFIXES);
  const region = prefix === '肥城市' ? names.county : prefix === '泰安' ? names.city : names.province;
  return `${region}${trade}${word}有限公司`;
}

function address(r: Random, { names }: DemoContext, site: Place, industry: IndustryProfile): string {
  if (industry.kind === 'cooperative') return `${names.county}${site.streetName}${shortCommunityName(site.name)}`;
  if (site.inTown && industry.kind !== 'government') {
    return r.chance(0.5)
      ? `${names.county}${site.streetName}${shortCommunityName(site.name)}`
      : `${names.county}${site.streetName}工业园${r.pick(ROADS)}${r.int(1, 99)}号`;
  }
  return `${names.county}${site.streetName}${r.pick(ROADS)}${r.int(1, 299)}号`;
}
