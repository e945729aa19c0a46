import {
  isValidResidentId,
  maskResidentId,
  residentIdBirthDate,
  residentIdGender,
} from '../../../libs/china-ids/index.js';
import { EDUCATION_LEVELS, TARGET_GROUPS, meetsLevel } from '../../../libs/labour-vocabulary/index.js';
import { VERIFICATION_STATUSES } from '../../certificates/seeker-certificate.entity.js';
import { Random } from '../random.js';
import { catalogueEntry } from '../vocabulary/certificates.js';
import { SURNAMES } from '../vocabulary/names.js';
import { SCHEDULES } from '../vocabulary/schedules.js';
import { fixtureContext } from './fixture-county.js';
import { residentId, generateSeekers } from './seekers.js';

describe('generateSeekers', () => {
  const context = fixtureContext();
  const seekers = generateSeekers(context, 1500);
  const share = (predicate: (seeker: (typeof seekers)[number]) => boolean) => seekers.filter(predicate).length / seekers.length;

  it('gives every seeker a valid, unique resident ID of the county matching birth date and gender', () => {
    for (const seeker of seekers) {
      expect(isValidResidentId(seeker.idNumber)).toBe(true);
      expect(seeker.idNumber.startsWith('370983')).toBe(true);
      expect(residentIdBirthDate(seeker.idNumber)).toBe(seeker.birthDate);
      expect(residentIdGender(seeker.idNumber)).toBe(seeker.gender);
      const year = Number(seeker.birthDate.slice(0, 4));
      expect(year).toBeGreaterThanOrEqual(1966);
      expect(year).toBeLessThanOrEqual(2004);
    }
    expect(new Set(seekers.map((seeker) => seeker.idNumber)).size).toBe(seekers.length);
    expect(new Set(seekers.map((seeker) => seeker.id)).size).toBe(seekers.length);
  });

  it('builds resident IDs whose sequence parity is the gender, thousands of times over', () => {
    const rng = new Random(3);
    for (let i = 0; i < 5000; i++) {
      const gender = rng.chance(0.5) ? 'male' : 'female';
      const id = residentId(rng, '370983', '1988-02-29', gender);
      expect(isValidResidentId(id)).toBe(true);
      expect(residentIdGender(id)).toBe(gender);
      expect(maskResidentId(id)).toMatch(/^370983\*{8}\d{3}[\dX]$/);
    }
  });

  it('uses Chinese names with common surnames and mainland mobile numbers', () => {
    for (const seeker of seekers) {
      expect(seeker.fullName).toMatch(/^\p{Script=Han}{2,3}$/u);
      expect(SURNAMES).toContain(seeker.fullName[0]);
      if (seeker.phone !== null) expect(seeker.phone).toMatch(/^1[3-9]\d{9}$/);
    }
    expect(share((seeker) => seeker.fullName.startsWith('王'))).toBeGreaterThan(0.03);
  });

  it('has the target groups, consent and certificates of a real county register', () => {
    for (const seeker of seekers) {
      for (const group of seeker.targetGroups) expect(TARGET_GROUPS).toContain(group);
      expect(EDUCATION_LEVELS).toContain(seeker.education);
    }
    expect(share((seeker) => seeker.consentToMatch)).toBeGreaterThan(0.85);
    expect(share((seeker) => seeker.consentToMatch)).toBeLessThan(0.95);
    expect(share((seeker) => seeker.certificates.length > 0)).toBeGreaterThan(0.33);
    expect(share((seeker) => seeker.certificates.length > 0)).toBeLessThan(0.48);
    expect(share((seeker) => seeker.targetGroups.includes('stay_at_home_mother'))).toBeGreaterThan(0.08);
    expect(share((seeker) => seeker.targetGroups.includes('graduate'))).toBeGreaterThan(0.08);
    for (const group of ['hard_to_employ', 'zero_employment_family', 'disabled', 'veteran', 'laid_off'] as const) {
      expect(share((seeker) => seeker.targetGroups.includes(group))).toBeGreaterThan(0.005);
    }
    const mothers = seekers.filter((seeker) => seeker.targetGroups.includes('stay_at_home_mother'));
    expect(mothers.every((mother) => mother.gender === 'female')).toBe(true);
    expect(mothers.filter((mother) => JSON.stringify(mother.availability) === JSON.stringify(SCHEDULES.schoolHours)).length / mothers.length).toBeGreaterThan(0.5);
  });

  it('issues certificates of the catalogue at a level the type has, after the holder turned 18', () => {
    const certificates = seekers.flatMap((seeker) => seeker.certificates.map((certificate) => ({ seeker, certificate })));
    for (const { seeker, certificate } of certificates) {
      const entry = catalogueEntry(certificate.certificateCode);
      if (entry.levels.length === 0) expect(certificate.level).toBeNull();
      else expect(entry.levels).toContain(certificate.level);
      expect(certificate.issuedOn > seeker.birthDate).toBe(true);
      expect(Number(certificate.issuedOn.slice(0, 4)) - Number(seeker.birthDate.slice(0, 4))).toBeGreaterThanOrEqual(18);
      expect(certificate.issuedOn < context.today).toBe(true);
      expect(certificate.expiresOn === null).toBe(entry.validityYears === null);
      expect(VERIFICATION_STATUSES).toContain(certificate.verificationStatus);
      expect(certificate.verifiedAt === null).toBe(certificate.verificationStatus === 'pending');
      if (certificate.verifiedAt) expect(certificate.verifiedAt.getTime()).toBeGreaterThanOrEqual(new Date(certificate.issuedOn).getTime());
      expect(certificate.verificationNote !== null).toBe(certificate.verificationStatus === 'rejected');
      expect(certificate.seekerId).toBe(seeker.id);
    }
    const numbers = certificates.map(({ certificate }) => `${certificate.certificateCode}:${certificate.certificateNumber}`);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(certificates.some(({ certificate }) => certificate.expiresOn !== null && certificate.expiresOn < context.today)).toBe(true);
    const statuses = new Set(certificates.map(({ certificate }) => certificate.verificationStatus));
    expect([...statuses].sort()).toEqual(['pending', 'rejected', 'verified']);
    // Certificates fit what the seeker wants to do: a welder's certificate goes with welding.
    for (const { seeker } of certificates.filter(({ certificate }) => certificate.certificateCode === 'welder-skill-level')) {
      expect(seeker.desiredOccupationCodes).toContain('6-18-02-04');
    }
    expect(certificates.some(({ certificate }) => meetsLevel(certificate.level, 4) && certificate.certificateCode === 'welder-skill-level')).toBe(true);
  });

  it('lives in a grid of the county, near it, and wants pay that fits the hours', () => {
    const grids = new Map(context.map.grids.map((grid) => [grid.code, grid]));
    for (const seeker of seekers) {
      const grid = grids.get(seeker.regionCode)!;
      expect(grid).toBeDefined();
      expect(Math.abs(seeker.latitude! - grid.latitude!)).toBeLessThan(0.01);
      if (seeker.desiredSalaryMin !== null) {
        expect(seeker.desiredSalaryMin).toBeGreaterThanOrEqual(1000);
        expect(seeker.desiredSalaryMin).toBeLessThanOrEqual(9000);
      }
      expect(seeker.desiredTitles.length).toBeGreaterThan(0);
      expect(seeker.skills.length).toBeGreaterThan(0);
    }
  });

  it('is a pure function of the seed, and a smaller run is a prefix of a larger one', () => {
    expect(generateSeekers(fixtureContext(), 200)).toEqual(seekers.slice(0, 200));
    expect(generateSeekers(fixtureContext(8), 50)).not.toEqual(seekers.slice(0, 50));
  });
});
