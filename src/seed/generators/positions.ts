import {
  CERTIFICATE_LEVEL_LABELS_ZH,
  EDUCATION_LABELS_ZH,
  PUBLIC_WELFARE_ELIGIBLE_GROUPS,
  TARGET_GROUP_LABELS_ZH,
  type Benefit,
  type CertificateLevel,
  type EducationLevel,
  type EmploymentType,
  type TargetGroup,
  type WeeklySlot,
} from '../../../libs/labour-vocabulary/index.js';
import type { PositionStatus } from '../../positions/position.entity.js';
import type { DemoIds } from '../deterministic-id.js';
import type { Random } from '../random.js';
import { catalogueEntry } from '../vocabulary/certificates.js';
import { RECRUITMENT_BENEFITS } from '../vocabulary/industries.js';
import { OCCUPATIONS, type OccupationKey, type OccupationProfile } from '../vocabulary/occupations.js';
import { SCHEDULES, scheduleHours } from '../vocabulary/schedules.js';
import { asPoint, near, shortCommunityName, type MaybePoint, type Place } from './county-map.js';
import type { DemoContext } from './context.js';
import { addDays, workingMomentDaysAgo } from './dates.js';
import type { EnterpriseRow } from './enterprises.js';

export interface CertificateRequirementRow {
  id: string;
  positionId: string;
  certificateCode: string;
  minLevel: number | null;
  mandatory: boolean;
}

export interface PositionRow extends MaybePoint {
  id: string;
  enterpriseId: string;
  occupation: OccupationKey;
  title: string;
  occupationCode: string | null;
  description: string;
  skills: string[];
  minEducation: EducationLevel;
  salaryMin: number;
  salaryMax: number;
  headcount: number;
  employmentType: EmploymentType;
  weeklyHours: number;
  workSlots: WeeklySlot[];
  targetGroups: TargetGroup[];
  benefits: Benefit[];
  regionCode: string;
  address: string;
  status: PositionStatus;
  validUntil: string;
  publishedAt: Date | null;
  createdAt: Date;
  requirements: CertificateRequirementRow[];
}

/** The id the seed gives a position's requirement of one certificate type. */
export const requirementId = (ids: DemoIds, positionId: string, certificateCode: string) =>
  ids('position-certificate', `${positionId}:${certificateCode}`);

/** Full-time pay in the county stays within this band; part-time and home-based work pay less. */
export const FULL_TIME_SALARY_RANGE = [2000, 9000] as const;
const MIN_PART_TIME_SALARY = 800;
/** Public-welfare posts pay a subsidy close to the local minimum wage, whatever the work. */
const PUBLIC_WELFARE_PAY = [2000, 2400] as const;

const STATUS_WEIGHTS: ReadonlyArray<readonly [PositionStatus, number]> = [
  ['open', 76],
  ['draft', 5],
  ['paused', 7],
  ['filled', 7],
  ['closed', 5],
];

/** Postings from the last 60 days, each valid for two weeks to four months more. */
const PUBLISHED_WITHIN_DAYS = 60;

/**
 * Positions of each enterprise: `perEnterprise` of them, drawn from the occupations its
 * industry hires, with pay, hours, certificates and wording that fit the occupation and
 * the kind of post (妈妈岗 in school hours, 居家 work, 公益性岗位 for eligible groups).
 */
export function generatePositions(
  context: DemoContext,
  enterprises: readonly EnterpriseRow[],
  perEnterprise: readonly [number, number],
): PositionRow[] {
  const communitiesByStreet = new Map<string, Place[]>();
  for (const community of context.map.communities) {
    const list = communitiesByStreet.get(community.streetCode) ?? [];
    list.push(community);
    communitiesByStreet.set(community.streetCode, list);
  }
  return enterprises.flatMap((enterprise) => {
    const r = context.rng.fork(`positions:${enterprise.key}`);
    const count = r.int(perEnterprise[0], perEnterprise[1]);
    const usedTitles = new Set<string>();
    const rows: PositionRow[] = [];
    for (let index = 0; index < count; index++) {
      const draft = draftPosting(r, enterprise, usedTitles);
      if (!draft) continue; // this employer has no more distinct posts to offer
      usedTitles.add(draft.title);
      const sameStreet = communitiesByStreet.get(enterprise.streetCode) ?? [];
      const row = position(r, context, enterprise, index, draft, sameStreet);
      usedTitles.add(row.title);
      rows.push(row);
    }
    return rows;
  });
}

interface Draft {
  occupation: OccupationKey;
  profile: OccupationProfile;
  title: string;
  employmentType: EmploymentType;
}

function draftPosting(r: Random, enterprise: EnterpriseRow, usedTitles: ReadonlySet<string>): Draft | null {
  for (let attempt = 0; attempt < 8; attempt++) {
    const occupation = r.weighted(enterprise.industry.occupations);
    const profile: OccupationProfile = OCCUPATIONS[occupation];
    const employmentType = enterprise.industry.kind === 'government' ? 'public_welfare' : r.weighted(profile.employment);
    const title = titleFor(r, profile, employmentType);
    if (!usedTitles.has(title)) return { occupation, profile, title, employmentType };
  }
  return null;
}

/** The title follows the kind of post: a 妈妈岗 says so, a home-based post says 居家. */
function titleFor(r: Random, profile: OccupationProfile, employmentType: EmploymentType): string {
  // Live-in work (住家保姆) is full-time by nature; 妈妈岗 and 居家 are added below when they fit.
  const plain = profile.titles.filter(
    (title) => !/（(妈妈岗|居家)）/.test(title) && (employmentType === 'full_time' || !title.includes('住家')),
  );
  const base = r.pick(plain.length > 0 ? plain : profile.titles);
  const stem = base.replace(/（.*?）$/, '');
  switch (employmentType) {
    case 'public_welfare':
      return stem.includes('公益性岗位') ? stem : `${stem}（公益性岗位）`;
    case 'home_based':
      return profile.titles.find((title) => title.includes('居家')) && r.chance(0.7)
        ? r.pick(profile.titles.filter((title) => title.includes('居家')))
        : `${stem}（居家）`;
    case 'part_time':
      return r.chance(0.5) ? `${stem}（兼职）` : base;
    default:
      return base;
  }
}

function position(
  r: Random,
  context: DemoContext,
  enterprise: EnterpriseRow,
  index: number,
  draft: Draft,
  sameStreet: readonly Place[],
): PositionRow {
  const { profile, employmentType } = draft;
  const id = context.ids('position', `${enterprise.key}:${index}`);
  const hours = workHours(r, profile, employmentType);
  const title = hours.mothers && !draft.title.includes('妈妈岗') ? `${draft.title.replace(/（兼职）$/, '')}（妈妈岗）` : draft.title;
  const salary = salaryRange(r, profile, employmentType, hours.weeklyHours);
  const targetGroups = targetGroupsFor(r, employmentType, hours.mothers);
  const requirements = certificateRequirements(r, context, id, profile);
  const minEducation = r.weighted(profile.minEducation);
  const headcount = r.int(profile.headcount[0], profile.headcount[1]);
  const place = placeOfWork(r, context, enterprise, employmentType, sameStreet);
  const status = r.weighted(STATUS_WEIGHTS);
  const publishedDaysAgo = r.int(0, PUBLISHED_WITHIN_DAYS - 1);
  const publishedAt = status === 'draft' ? null : workingMomentDaysAgo(r, context.today, publishedDaysAgo);
  const createdAt = workingMomentDaysAgo(r, context.today, status === 'draft' ? r.int(0, 10) : publishedDaysAgo + r.int(0, 3));
  const skills = inOrder(profile.skills, r.sample(profile.skills, r.int(2, Math.min(5, profile.skills.length))));
  const description = describe(r, enterprise, profile, {
    title,
    headcount,
    minEducation,
    requirements,
    salary,
    hours,
    targetGroups,
    employmentType,
    address: place.address,
  });
  return {
    id,
    enterpriseId: enterprise.id,
    occupation: draft.occupation,
    title,
    occupationCode: profile.code,
    description,
    skills,
    minEducation,
    salaryMin: salary[0],
    salaryMax: salary[1],
    headcount,
    employmentType,
    weeklyHours: hours.weeklyHours,
    workSlots: hours.slots,
    targetGroups,
    benefits: benefitsIn(description),
    regionCode: place.regionCode,
    address: place.address,
    latitude: place.latitude,
    longitude: place.longitude,
    status,
    validUntil: addDays(context.today, r.int(14, 120)),
    publishedAt,
    createdAt: publishedAt && createdAt > publishedAt ? publishedAt : createdAt,
    requirements,
  };
}

interface Hours {
  slots: WeeklySlot[];
  weeklyHours: number;
  /** A school-hours post meant for mothers (妈妈岗). */
  mothers: boolean;
}

function workHours(r: Random, profile: OccupationProfile, employmentType: EmploymentType): Hours {
  switch (employmentType) {
    case 'part_time': {
      const mothers = r.chance(0.7);
      const slots = mothers ? SCHEDULES.schoolHours : SCHEDULES.weekends;
      return { slots, weeklyHours: scheduleHours(slots, 30), mothers };
    }
    case 'public_welfare':
      return { slots: SCHEDULES.publicWelfareDay, weeklyHours: scheduleHours(SCHEDULES.publicWelfareDay, 35), mothers: false };
    case 'home_based':
      return { slots: [], weeklyHours: r.int(10, 30), mothers: false };
    case 'flexible':
      return { slots: [], weeklyHours: r.int(20, 40), mothers: false };
    case 'full_time': {
      const slots = SCHEDULES[profile.schedule];
      return { slots, weeklyHours: scheduleHours(slots, r.pick([44, 48, 48, 54])), mothers: false };
    }
  }
}

/** CNY per month, rounded to 100: full-time within the county's band, less for fewer hours. */
export function salaryRange(
  r: Random,
  profile: OccupationProfile,
  employmentType: EmploymentType,
  weeklyHours: number,
): [number, number] {
  const [low, high] = employmentType === 'public_welfare' ? PUBLIC_WELFARE_PAY : profile.salary;
  const scale =
    employmentType === 'part_time' ? weeklyHours / 44
    : employmentType === 'home_based' && profile.employment.length > 1 ? 0.6
    : employmentType === 'flexible' ? 0.9
    : 1;
  const floor = employmentType === 'full_time' || employmentType === 'public_welfare' ? FULL_TIME_SALARY_RANGE[0] : MIN_PART_TIME_SALARY;
  const ceiling = FULL_TIME_SALARY_RANGE[1];
  const clamp = (value: number) => Math.min(ceiling, Math.max(floor, Math.round(value / 100) * 100));
  const min = clamp(low * scale * r.float(0.9, 1.15));
  if (r.chance(0.1)) return [min, min]; // a fixed wage, e.g. 公益岗 or 月薪固定
  const max = clamp(Math.max(min, (low + (high - low) * r.float(0.5, 1)) * scale));
  return [min, Math.max(min, max)];
}

function targetGroupsFor(r: Random, employmentType: EmploymentType, mothers: boolean): TargetGroup[] {
  if (employmentType === 'public_welfare') {
    return r.chance(0.6) ? [...PUBLIC_WELFARE_ELIGIBLE_GROUPS] : r.sample(PUBLIC_WELFARE_ELIGIBLE_GROUPS, r.int(1, 3)).sort();
  }
  if (mothers) return ['stay_at_home_mother'];
  if (employmentType === 'home_based') return r.chance(0.6) ? ['disabled', 'stay_at_home_mother'] : ['stay_at_home_mother'];
  const welcome: TargetGroup[] = [];
  if (r.chance(0.1)) welcome.push('veteran');
  if (r.chance(0.1)) welcome.push('graduate');
  if (r.chance(0.08)) welcome.push('hard_to_employ');
  return welcome;
}

function certificateRequirements(r: Random, context: DemoContext, positionId: string, profile: OccupationProfile): CertificateRequirementRow[] {
  return profile.certificates
    .filter((need) => r.chance(need.askedShare))
    .map((need) => {
      const entry = catalogueEntry(need.code);
      const minLevel = entry.levels.length === 0 ? null : bumpLevel(r, need.minLevel, entry.levels);
      return {
        id: requirementId(context.ids, positionId, need.code),
        positionId,
        certificateCode: need.code,
        minLevel,
        mandatory: r.chance(need.mandatoryShare),
      };
    });
}

/** Now and then an employer asks one level higher than usual (高级工 for a senior post). */
function bumpLevel(r: Random, level: CertificateLevel | null, levels: readonly CertificateLevel[]): CertificateLevel | null {
  if (level === null || !r.chance(0.15)) return level;
  const higher = (level - 1) as CertificateLevel;
  return levels.includes(higher) ? higher : level;
}

interface WorkPlace extends MaybePoint {
  regionCode: string;
  address: string;
}

/** Mostly the enterprise's own site; now and then a branch in another community of its street. */
function placeOfWork(
  r: Random,
  context: DemoContext,
  enterprise: EnterpriseRow,
  employmentType: EmploymentType,
  sameStreet: readonly Place[],
): WorkPlace {
  const elsewhere = employmentType === 'public_welfare' ? 0.7 : employmentType === 'home_based' ? 0 : 0.2;
  if (sameStreet.length === 0 || !r.chance(elsewhere)) {
    return { regionCode: enterprise.regionCode, address: enterprise.address, latitude: enterprise.latitude, longitude: enterprise.longitude };
  }
  const community = r.pick(sameStreet);
  const point = asPoint(community);
  const located = point ? near(r, point, 0.003) : { latitude: null, longitude: null };
  return {
    regionCode: community.code,
    address: `${context.names.county}${community.streetName}${shortCommunityName(community.name)}`,
    ...located,
  };
}

interface Wording {
  title: string;
  headcount: number;
  minEducation: EducationLevel;
  requirements: CertificateRequirementRow[];
  salary: [number, number];
  hours: Hours;
  targetGroups: TargetGroup[];
  employmentType: EmploymentType;
  address: string;
}

/** A posting as a centre publishes it: duties, requirements, pay and place, in Chinese. */
function describe(r: Random, enterprise: EnterpriseRow, profile: OccupationProfile, wording: Wording): string {
  const duties = inOrder(profile.duties, r.sample(profile.duties, r.int(2, Math.min(4, profile.duties.length))));
  const requirements: string[] = [
    wording.minEducation === 'none' ? '学历不限' : `${EDUCATION_LABELS_ZH[wording.minEducation]}及以上学历`,
    ...wording.requirements.map((requirement) => {
      const certificate = certificateWording(requirement);
      return requirement.mandatory ? `须持有${certificate}` : `持有${certificate}者优先`;
    }),
  ];
  if (wording.hours.mothers) requirements.push('工作时间9:00-15:00，方便接送孩子，欢迎宝妈');
  if (wording.employmentType === 'public_welfare') {
    requirements.push(`面向${wording.targetGroups.map((group) => TARGET_GROUP_LABELS_ZH[group]).join('、')}，经审核后上岗`);
  }
  if (wording.employmentType === 'home_based') requirements.push('在家即可完成，公司免费培训并上门收发货');
  const pay =
    wording.salary[0] === wording.salary[1] ? `${wording.salary[0]}元/月` : `${wording.salary[0]}-${wording.salary[1]}元/月`;
  const benefits =
    wording.employmentType === 'public_welfare'
      ? ['按月发放岗位补贴', '缴纳社会保险']
      : r.sample(RECRUITMENT_BENEFITS, r.int(2, 4));
  return [
    `${enterprise.name}招聘${wording.title}${wording.headcount}名。`,
    `岗位职责：${duties.map((duty, index) => `${index + 1}. ${duty}`).join('；')}。`,
    `任职要求：${requirements.join('；')}。`,
    `薪资待遇：${pay}，${benefits.join('，')}。`,
    `工作地点：${wording.address}。`,
  ].join('\n');
}

/** 焊工四级/中级工及以上职业技能等级证书, 特种作业操作证（低压电工作业）, 手工编织专项职业能力证书. */
function certificateWording(requirement: CertificateRequirementRow): string {
  const entry = catalogueEntry(requirement.certificateCode);
  switch (entry.kind) {
    case 'skill_level': {
      const level = requirement.minLevel ? `${CERTIFICATE_LEVEL_LABELS_ZH[requirement.minLevel as CertificateLevel]}及以上` : '';
      return `${entry.name}${level}职业技能等级证书`;
    }
    case 'special_ability':
      return `${entry.name}专项职业能力证书`;
    default:
      return entry.name;
  }
}

/** The picked items in the order the vocabulary lists them (duties read top-down). */
const inOrder = <T>(all: readonly T[], picked: readonly T[]): T[] => all.filter((item) => picked.includes(item));

/** The structured benefits the generated description promises, so both always agree. */
const BENEFIT_WORDING: ReadonlyArray<[Benefit, RegExp]> = [
  ['social_insurance', /缴纳五险|缴纳社会保险/],
  ['accommodation', /提供住宿/],
  ['meals', /免费工作餐|包吃/],
  ['shuttle_bus', /班车接送/],
];

function benefitsIn(description: string): Benefit[] {
  return BENEFIT_WORDING.filter(([, wording]) => wording.test(description)).map(([benefit]) => benefit);
}
