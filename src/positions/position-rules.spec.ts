import { PUBLIC_WELFARE_ELIGIBLE_GROUPS, type WeeklySlot } from '../../libs/labour-vocabulary/index.js';
import {
  coordinateProblems,
  isExpired,
  requirementProblems,
  resolveTargetGroups,
  salaryProblems,
  todayInServiceZone,
  validUntilProblems,
  workSlotProblems,
} from './position-rules.js';

const slot = (day: WeeklySlot['day'], start: string, end: string): WeeklySlot => ({ day, start, end });
const fields = (problems: Array<{ field: string }>) => problems.map((problem) => problem.field);

describe('salary range', () => {
  it('accepts min below or equal to max', () => {
    expect(salaryProblems(3000, 5000)).toEqual([]);
    expect(salaryProblems(4000, 4000)).toEqual([]);
    expect(salaryProblems(0, 0)).toEqual([]);
  });

  it('blames salaryMax when min is above max', () => {
    const problems = salaryProblems(6000, 5000);
    expect(fields(problems)).toEqual(['salaryMax']);
    expect(problems[0].messages[0]).toContain('5000');
  });
});

describe('work slots', () => {
  it('accepts ordered, non-overlapping slots, touching ones included', () => {
    expect(workSlotProblems([])).toEqual([]);
    expect(workSlotProblems([slot(1, '08:30', '11:30'), slot(1, '11:30', '15:00'), slot(2, '08:30', '11:30')])).toEqual([]);
  });

  it('rejects a slot that does not end after it starts', () => {
    expect(fields(workSlotProblems([slot(1, '08:00', '12:00'), slot(2, '12:00', '12:00'), slot(3, '18:00', '09:00')]))).toEqual([
      'workSlots[1].end',
      'workSlots[2].end',
    ]);
  });

  it('rejects slots of one day that overlap, naming the earlier one', () => {
    const problems = workSlotProblems([slot(1, '08:00', '12:00'), slot(2, '09:00', '10:00'), slot(1, '11:00', '13:00')]);
    expect(fields(problems)).toEqual(['workSlots[2]']);
    expect(problems[0].messages[0]).toContain('workSlots[0]');
  });

  it('rejects a slot contained in another', () => {
    expect(fields(workSlotProblems([slot(5, '08:00', '18:00'), slot(5, '09:00', '10:00')]))).toEqual(['workSlots[1]']);
  });
});

describe('coordinates', () => {
  it('needs both or neither', () => {
    expect(coordinateProblems(null, null)).toEqual([]);
    expect(coordinateProblems(36.2, 116.7)).toEqual([]);
    expect(fields(coordinateProblems(36.2, null))).toEqual(['longitude']);
    expect(fields(coordinateProblems(null, 116.7))).toEqual(['latitude']);
  });
});

describe('validity dates', () => {
  it('refuses a date before today and accepts today', () => {
    expect(fields(validUntilProblems('2026-03-31', '2026-04-01'))).toEqual(['validUntil']);
    expect(validUntilProblems('2026-04-01', '2026-04-01')).toEqual([]);
    expect(validUntilProblems(null, '2026-04-01')).toEqual([]);
    expect(isExpired('2026-03-31', '2026-04-01')).toBe(true);
    expect(isExpired('2026-04-01', '2026-04-01')).toBe(false);
    expect(isExpired(null, '2026-04-01')).toBe(false);
  });

  it('counts days in China time', () => {
    // 17:00 UTC on 31 March is already 1 April in Beijing.
    expect(todayInServiceZone(new Date('2026-03-31T17:00:00Z'))).toBe('2026-04-01');
    expect(todayInServiceZone(new Date('2026-03-31T15:59:00Z'))).toBe('2026-03-31');
  });
});

describe('target groups', () => {
  it('keeps the groups of ordinary positions as given', () => {
    expect(resolveTargetGroups('full_time', ['graduate'])).toEqual({ targetGroups: ['graduate'], problems: [] });
    expect(resolveTargetGroups('part_time', [])).toEqual({ targetGroups: [], problems: [] });
  });

  it('opens a public-welfare post to every eligible group by default', () => {
    expect(resolveTargetGroups('public_welfare', [])).toEqual({ targetGroups: [...PUBLIC_WELFARE_ELIGIBLE_GROUPS], problems: [] });
  });

  it('lets a public-welfare post narrow the groups but not widen them', () => {
    expect(resolveTargetGroups('public_welfare', ['disabled']).problems).toEqual([]);
    const widened = resolveTargetGroups('public_welfare', ['disabled', 'graduate']);
    expect(fields(widened.problems)).toEqual(['targetGroups']);
    expect(widened.problems[0].messages[0]).toContain('graduate');
  });
});

describe('certificate requirements', () => {
  const welder = 'aaaaaaaa-0000-4000-8000-000000000001';
  const electrician = 'aaaaaaaa-0000-4000-8000-000000000002';
  const firstAid = 'aaaaaaaa-0000-4000-8000-000000000003';
  const catalogue = new Map<string, number[]>([
    [welder, [5, 4, 3, 2, 1]],
    [electrician, [5, 4, 3]],
    [firstAid, []],
  ]);

  it('accepts known types at one of their levels or at any level', () => {
    expect(
      requirementProblems(
        [
          { certificateTypeId: welder, minLevel: 4 },
          { certificateTypeId: electrician.toUpperCase(), minLevel: null },
          { certificateTypeId: firstAid, minLevel: null },
        ],
        catalogue,
      ),
    ).toEqual([]);
  });

  it('names each failing requirement', () => {
    const problems = requirementProblems(
      [
        { certificateTypeId: welder, minLevel: 4 },
        { certificateTypeId: 'bbbbbbbb-0000-4000-8000-000000000009', minLevel: null },
        { certificateTypeId: electrician, minLevel: 1 },
        { certificateTypeId: firstAid, minLevel: 5 },
        { certificateTypeId: welder, minLevel: 3 },
      ],
      catalogue,
    );
    expect(fields(problems)).toEqual([
      'certificateRequirements[1].certificateTypeId',
      'certificateRequirements[2].minLevel',
      'certificateRequirements[3].minLevel',
      'certificateRequirements[4].certificateTypeId',
    ]);
    expect(problems[1].messages[0]).toContain('5, 4, 3');
  });
});
