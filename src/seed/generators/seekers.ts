import { residentIdCheckDigit, residentIdGender } from '../../../libs/china-ids/index.js';
import {
  educationRank,
  type EducationLevel,
  type TargetGroup,
  type WeeklySlot,
} from '../../../libs/labour-vocabulary/index.js';
import type { ExperienceEntry, SeekerStatus } from '../../seekers/seeker.entity.js';
import type { DemoIds } from '../deterministic-id.js';
import type { Random } from '../random.js';
import { INDUSTRIES, TRADE_NAMES, type IndustryProfile } from '../vocabulary/industries.js';
import { OCCUPATIONS, type OccupationKey } from '../vocabulary/occupations.js';
import {
  FORMER_EMPLOYER_PLACES,
  FORMER_EMPLOYER_SUFFIXES,
  GENERAL_MAJORS,
  OCCUPATION_MAJORS,
  PERSONAS,
  type Persona,
} from '../vocabulary/personas.js';
import { AVAILABILITY } from '../vocabulary/schedules.js';
import { generateCertificate, type SeekerCertificateRow } from './certificates.js';
import { asPoint, near, type MaybePoint, type Place } from './county-map.js';
import type { DemoContext } from './context.js';
import { addDays, randomDayOfYear, workingMomentDaysAgo } from './dates.js';
import { chineseName, mobilePhone, type Gender } from './names.js';
import { uniqueDraw } from './unique-draw.js';

export interface SeekerRow extends MaybePoint {
  id: string;
  /** Position in the generated list; keys the seeker's random stream and certificate ids. */
  key: number;
  persona: string;
  fullName: string;
  /** In clear here; the seed stage encrypts, hashes and masks it like the service does. */
  idNumber: string;
  gender: Gender;
  birthDate: string;
  phone: string | null;
  education: EducationLevel;
  major: string | null;
  skills: string[];
  experience: ExperienceEntry[];
  desiredTitles: string[];
  desiredOccupationCodes: string[];
  desiredSalaryMin: number | null;
  availability: WeeklySlot[];
  regionCode: string;
  maxTravelKm: number | null;
  targetGroups: TargetGroup[];
  consentToMatch: boolean;
  consentAt: Date | null;
  status: SeekerStatus;
  createdAt: Date;
  certificates: SeekerCertificateRow[];
}

const STATUS_WEIGHTS: ReadonlyArray<readonly [SeekerStatus, number]> = [
  ['active', 92],
  ['employed', 5],
  ['inactive', 3],
];
const CONSENT_SHARE = 0.9;
/**
 * Birth years are absolute (1966–2004), so the age that shapes experience and seniority is
 * taken in a fixed year: a re-run next year still generates the same people.
 */
const AGE_REFERENCE_YEAR = 2026;
/** Registered with the centre within the last year and a half. */
const REGISTERED_WITHIN_DAYS = 540;

/**
 * Residents registered with the centre. Each is drawn from a persona, so age, schooling,
 * wanted jobs, skills, certificates, hours and groups hang together. Resident ID numbers
 * are valid (region, real birth date, sequence whose parity is the gender, check digit)
 * and unique within the list.
 */
export function generateSeekers(context: DemoContext, count: number): SeekerRow[] {
  const { map } = context;
  const homes = map.grids.length > 0 ? map.grids : map.communities;
  if (homes.length === 0) throw new Error('the county has no communities or grids to place seekers in');
  const usedIds = new Set<string>();
  const usedCertificateNumbers = new Set<string>();
  const personaWeights = PERSONAS.map((persona) => [persona, persona.weight] as const);
  const rows: SeekerRow[] = [];
  for (let key = 0; key < count; key++) {
    const r = context.rng.fork(`seeker:${key}`);
    const persona = r.weighted(personaWeights);
    rows.push(seeker(r, context, key, persona, homes, usedIds, usedCertificateNumbers));
  }
  return rows;
}

function seeker(
  r: Random,
  context: DemoContext,
  key: number,
  persona: Persona,
  homes: readonly Place[],
  usedIds: Set<string>,
  usedCertificateNumbers: Set<string>,
): SeekerRow {
  const id = context.ids('seeker', key);
  const wantedGender: Gender = r.chance(persona.maleShare) ? 'male' : 'female';
  const birthYear = r.int(persona.birthYears[0], persona.birthYears[1]);
  const birthDate = randomDayOfYear(r, birthYear);
  const idNumber = uniqueDraw(usedIds, () => residentId(r, context.countyCode6, birthDate, wantedGender));
  const gender = residentIdGender(idNumber);
  const age = AGE_REFERENCE_YEAR - birthYear;

  const education = r.weighted(persona.education);
  const wanted = wantedOccupations(r, persona);
  const availabilityKey = r.weighted(persona.availability);
  const availability = AVAILABILITY[availabilityKey];
  const targetGroups = persona.targetGroups.filter(([, share]) => r.chance(share)).map(([group]) => group);
  if (targetGroups.includes('zero_employment_family') && !targetGroups.includes('hard_to_employ')) targetGroups.push('hard_to_employ');

  const home = pickHome(r, persona, homes);
  const homePoint = asPoint(home);
  const location = homePoint ? near(r, homePoint, 0.003) : { latitude: null, longitude: null };
  const registeredDaysAgo = r.int(1, REGISTERED_WITHIN_DAYS);
  const createdAt = workingMomentDaysAgo(r, context.today, registeredDaysAgo);
  const consentToMatch = r.chance(CONSENT_SHARE);
  const seniority = Math.min(1, Math.max(0, (age - 22) / 25));

  const certificates = r.chance(persona.certificateShare)
    ? certificateCodes(r, wanted).map((code, index) =>
        generateCertificate(
          r.fork(`certificate:${index}`),
          seekerCertificateId(context.ids, key, index),
          { id, birthDate, registeredOn: addDays(context.today, -registeredDaysAgo) },
          { code, seniority },
          context.today,
          context.staff,
          usedCertificateNumbers,
        ),
      )
    : [];

  return {
    id,
    key,
    persona: persona.key,
    fullName: chineseName(r, gender, birthYear),
    idNumber,
    gender,
    birthDate,
    phone: r.chance(0.96) ? mobilePhone(r) : null,
    education,
    major: educationRank(education) >= educationRank('vocational_secondary') ? majorFor(r, persona, wanted[0]) : null,
    skills: skillsFor(r, wanted, education),
    experience: experienceFor(r, context, persona, wanted, age, education),
    desiredTitles: [...new Set(wanted.map((occupation) => desiredTitle(r, occupation)))],
    desiredOccupationCodes: [...new Set(wanted.map((occupation) => OCCUPATIONS[occupation].code).filter((code) => code !== null))],
    desiredSalaryMin: desiredSalary(r, wanted[0], availabilityKey),
    availability,
    regionCode: home.code,
    ...location,
    maxTravelKm: r.chance(0.05) ? null : r.pick(persona.maxTravelKm),
    targetGroups: targetGroups.sort(),
    consentToMatch,
    consentAt: consentToMatch ? createdAt : null,
    status: r.weighted(STATUS_WEIGHTS),
    createdAt,
    certificates,
  };
}

/** A seeker holds at most this many certificates from the seed. */
export const MAX_SEEDED_CERTIFICATES = 2;

export const seekerCertificateId = (ids: DemoIds, seekerKey: number, index: number) =>
  ids('seeker-certificate', `${seekerKey}:${index}`);

/** 18 characters: county, birth date, a sequence whose last digit is odd for men, check digit. */
export function residentId(r: Random, countyCode6: string, birthDate: string, gender: Gender): string {
  const sequence = r.int(0, 499) * 2 + (gender === 'male' ? 1 : 0);
  const first17 = `${countyCode6}${birthDate.replace(/-/g, '')}${String(sequence).padStart(3, '0')}`;
  return first17 + residentIdCheckDigit(first17);
}

/** Most people studied something related to the job they want most. */
function majorFor(r: Random, persona: Persona, occupation: OccupationKey): string {
  const related = OCCUPATION_MAJORS[occupation];
  return related && r.chance(0.7) ? r.pick(related) : r.pick(persona.majors ?? GENERAL_MAJORS);
}

function wantedOccupations(r: Random, persona: Persona): OccupationKey[] {
  const wanted: OccupationKey[] = [];
  const count = r.weighted([[1, 4], [2, 4], [3, 2]] as const);
  for (let attempt = 0; attempt < 10 && wanted.length < count; attempt++) {
    const occupation = r.weighted(persona.occupations);
    if (!wanted.includes(occupation)) wanted.push(occupation);
  }
  return wanted;
}

/** People from the villages live in the towns; graduates and mothers more often in town centres. */
function pickHome(r: Random, persona: Persona, homes: readonly Place[]): Place {
  const townShare = ['rural-migrant', 'care-worker', 'older-laid-off'].includes(persona.key) ? 0.7 : 0.4;
  const wantTown = r.chance(townShare);
  const pool = homes.filter((place) => place.inTown === wantTown);
  return r.pick(pool.length > 0 ? pool : homes);
}

function desiredTitle(r: Random, occupation: OccupationKey): string {
  const profile = OCCUPATIONS[occupation];
  return r.chance(0.6) ? profile.title : r.pick(profile.titles).replace(/（.*?）$/, '');
}

function skillsFor(r: Random, wanted: readonly OccupationKey[], education: EducationLevel): string[] {
  const skills = new Set<string>();
  wanted.forEach((occupation, index) => {
    const pool = OCCUPATIONS[occupation].skills;
    for (const skill of r.sample(pool, index === 0 ? r.int(2, 4) : r.int(1, 2))) skills.add(skill);
  });
  if (educationRank(education) >= educationRank('senior_secondary') && r.chance(0.4)) skills.add('电脑基本操作');
  if (r.chance(0.15)) skills.add('驾驶证C1');
  return [...skills];
}

/** A certificate fits what the seeker wants to do: the types their wanted occupations ask for. */
function certificateCodes(r: Random, wanted: readonly OccupationKey[]): string[] {
  const candidates = [...new Set(wanted.flatMap((occupation) => OCCUPATIONS[occupation].certificates.map((need) => need.code)))];
  if (candidates.length === 0) return [];
  return r.sample(candidates, r.chance(0.3) ? MAX_SEEDED_CERTIFICATES : 1);
}

function experienceFor(
  r: Random,
  context: DemoContext,
  persona: Persona,
  wanted: readonly OccupationKey[],
  age: number,
  education: EducationLevel,
): ExperienceEntry[] {
  const rank = educationRank(education);
  const schoolingEnds = rank >= educationRank('bachelor') ? 22 : rank >= educationRank('associate') ? 21 : 18;
  let yearsLeft = Math.max(0, age - schoolingEnds);
  if (persona.key === 'graduate') {
    const occupation = wanted[0];
    return r.chance(0.6)
      ? [{ title: `${OCCUPATIONS[occupation].title}（实习）`, employer: formerEmployer(r, context, occupation), years: 0, description: '毕业实习' }]
      : [];
  }
  const entries: ExperienceEntry[] = [];
  if (persona.key === 'veteran') {
    const service = r.int(2, 5);
    yearsLeft -= service;
    entries.push({ title: '士兵（服役）', employer: '中国人民解放军某部', years: service, description: '服役期间获优秀士兵' });
  }
  if (persona.key === 'stay-at-home-mother') yearsLeft = Math.max(0, yearsLeft - r.int(3, 8)); // years at home with children
  const count = Math.min(r.int(1, 3), yearsLeft);
  for (let index = 0; index < count && yearsLeft > 0; index++) {
    const hired = wanted.filter((occupation) => employersOf(occupation).length > 0);
    const occupation = hired.length > 0 ? r.pick(hired) : 'generalWorker';
    const years = r.int(1, Math.max(1, Math.min(5, yearsLeft)));
    yearsLeft -= years;
    entries.push({
      title: desiredTitle(r, occupation),
      employer: formerEmployer(r, context, occupation),
      years,
      description: r.pick(OCCUPATIONS[occupation].duties),
    });
  }
  return entries;
}

/** Businesses whose industry hires the occupation (public-welfare posts have none). */
const employersOf = (occupation: OccupationKey): IndustryProfile[] =>
  INDUSTRIES.filter((industry) => industry.kind === 'company' && industry.occupations.some(([key]) => key === occupation));

/** A former employer of the kind that hires the occupation, at home or where people go to work. */
function formerEmployer(r: Random, { names }: DemoContext, occupation: OccupationKey): string {
  const place = r.pick(FORMER_EMPLOYER_PLACES);
  const region = place === '肥城市' ? names.county : place;
  const industries = employersOf(occupation);
  const word = industries.length > 0 ? r.pick(r.pick(industries).nameWords) : '商贸';
  return `${region}${r.pick(TRADE_NAMES)}${word}${r.pick(FORMER_EMPLOYER_SUFFIXES)}`;
}

/** What the seeker asks for, from the pay of the job they want most; less for school hours. */
function desiredSalary(r: Random, occupation: OccupationKey, availability: keyof typeof AVAILABILITY): number | null {
  if (r.chance(0.1)) return null;
  const [low] = OCCUPATIONS[occupation].salary;
  const hoursFactor = availability === 'schoolHours' ? 0.65 : availability === 'weekendsOnly' ? 0.45 : 1;
  return Math.max(1000, Math.round((low * hoursFactor * r.float(0.85, 1.15)) / 100) * 100);
}
