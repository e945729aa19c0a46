import {
  EDUCATION_LEVELS,
  EMPLOYMENT_TYPES,
  PUBLIC_WELFARE_ELIGIBLE_GROUPS,
  TARGET_GROUPS,
} from '../../../libs/labour-vocabulary/index.js';
import { POSITION_STATUSES } from '../../positions/position.entity.js';
import { workSlotProblems } from '../../positions/position-rules.js';
import { catalogueEntry } from '../vocabulary/certificates.js';
import { SCHEDULES } from '../vocabulary/schedules.js';
import { addDays } from './dates.js';
import { generateEnterprises } from './enterprises.js';
import { fixtureContext } from './fixture-county.js';
import { FULL_TIME_SALARY_RANGE, generatePositions } from './positions.js';

/** What the positions API accepts (6-18-02-04, or a group such as 6-30). */
const OCCUPATION_CODE = /^\d(-\d{2}){1,3}$/;

describe('generatePositions', () => {
  const context = fixtureContext();
  const enterprises = generateEnterprises(context, 60);
  const positions = generatePositions(context, enterprises, [3, 10]);

  it('posts 3–10 positions per enterprise, with unique ids', () => {
    for (const enterprise of enterprises) {
      const count = positions.filter((position) => position.enterpriseId === enterprise.id).length;
      expect(count).toBeGreaterThanOrEqual(1); // an employer with few distinct posts may stop early
      expect(count).toBeLessThanOrEqual(10);
    }
    expect(positions.length).toBeGreaterThan(60 * 5);
    expect(new Set(positions.map((position) => position.id)).size).toBe(positions.length);
  });

  it('keeps pay realistic: min ≤ max, full-time within 2,000–9,000, part-time lower', () => {
    for (const position of positions) {
      expect(position.salaryMin).toBeLessThanOrEqual(position.salaryMax);
      expect(position.salaryMin % 100).toBe(0);
      expect(position.salaryMax).toBeLessThanOrEqual(FULL_TIME_SALARY_RANGE[1]);
      if (position.employmentType === 'full_time') expect(position.salaryMin).toBeGreaterThanOrEqual(FULL_TIME_SALARY_RANGE[0]);
      expect(position.headcount).toBeGreaterThanOrEqual(1);
      expect(position.headcount).toBeLessThanOrEqual(30);
    }
    const averageMin = (type: string) => {
      const selected = positions.filter((position) => position.employmentType === type);
      return selected.reduce((sum, position) => sum + position.salaryMin, 0) / selected.length;
    };
    expect(averageMin('part_time')).toBeLessThan(averageMin('full_time'));
    expect(averageMin('home_based')).toBeLessThan(averageMin('full_time'));
  });

  it('asks for certificates of the catalogue at a level the type has; welders must hold 焊工四级 or better', () => {
    for (const position of positions) {
      for (const requirement of position.requirements) {
        const entry = catalogueEntry(requirement.certificateCode);
        if (entry.levels.length === 0) expect(requirement.minLevel).toBeNull();
        else expect(entry.levels).toContain(requirement.minLevel);
        expect(requirement.positionId).toBe(position.id);
      }
      expect(new Set(position.requirements.map((requirement) => requirement.certificateCode)).size).toBe(position.requirements.length);
    }
    const welders = positions.filter((position) => position.occupation === 'welder');
    expect(welders.length).toBeGreaterThan(0);
    for (const welder of welders) {
      const skill = welder.requirements.find((requirement) => requirement.certificateCode === 'welder-skill-level');
      expect(skill?.mandatory).toBe(true);
      expect(skill?.minLevel).toBeLessThanOrEqual(4);
    }
    for (const forklift of positions.filter((position) => position.occupation === 'forkliftDriver')) {
      expect(forklift.requirements).toEqual([expect.objectContaining({ certificateCode: 'special-equipment-forklift-n1', mandatory: true })]);
    }
  });

  it('fits hours to the kind of post: 妈妈岗 in school hours, 公益岗 for eligible groups, home-based without slots', () => {
    for (const position of positions) {
      expect(workSlotProblems(position.workSlots)).toEqual([]);
      expect(position.weeklyHours).toBeGreaterThan(0);
      expect(position.weeklyHours).toBeLessThanOrEqual(84);
      if (position.title.includes('妈妈岗')) {
        expect(position.workSlots).toEqual(SCHEDULES.schoolHours);
        expect(position.targetGroups).toEqual(['stay_at_home_mother']);
      }
      if (position.employmentType === 'public_welfare') {
        expect(position.targetGroups.length).toBeGreaterThan(0);
        for (const group of position.targetGroups) expect(PUBLIC_WELFARE_ELIGIBLE_GROUPS).toContain(group);
      }
      if (position.employmentType === 'home_based') expect(position.workSlots).toEqual([]);
      for (const group of position.targetGroups) expect(TARGET_GROUPS).toContain(group);
    }
    const types = new Set(positions.map((position) => position.employmentType));
    expect([...types].sort()).toEqual([...EMPLOYMENT_TYPES].sort());
    expect(positions.some((position) => position.title.includes('妈妈岗'))).toBe(true);
  });

  it('uses valid vocabulary and dates: mostly open, published within 60 days, valid into the future', () => {
    const today = context.today;
    for (const position of positions) {
      expect(POSITION_STATUSES).toContain(position.status);
      expect(EDUCATION_LEVELS).toContain(position.minEducation);
      if (position.occupationCode !== null) expect(position.occupationCode).toMatch(OCCUPATION_CODE);
      expect(position.validUntil > today).toBe(true);
      if (position.status === 'draft') expect(position.publishedAt).toBeNull();
      else {
        expect(position.publishedAt!.getTime()).toBeGreaterThan(new Date(`${addDays(today, -61)}T00:00:00+08:00`).getTime());
        expect(position.createdAt.getTime()).toBeLessThanOrEqual(position.publishedAt!.getTime());
      }
      expect(position.description).toContain(position.title);
      expect(position.description.length).toBeLessThanOrEqual(5000);
      expect(position.skills.length).toBeGreaterThanOrEqual(2);
    }
    const open = positions.filter((position) => position.status === 'open').length;
    expect(open / positions.length).toBeGreaterThan(0.6);
  });

  it('places each position in a community of the county', () => {
    const communities = new Set(context.map.communities.map((community) => community.code));
    for (const position of positions) expect(communities.has(position.regionCode)).toBe(true);
  });

  it('is a pure function of the seed and the day', () => {
    const again = fixtureContext();
    expect(generatePositions(again, generateEnterprises(again, 60), [3, 10])).toEqual(positions);
  });
});
