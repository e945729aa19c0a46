import { chinaDate, chinaInstant, chinaTime, firstOverlap, isoWeekday, occurrencesBetween, overlappingPairs, overlaps, ruleProblems } from './index.js';

const at = (iso: string) => new Date(iso);

describe('China time', () => {
  it('converts wall-clock times at UTC+8 all year round', () => {
    expect(chinaInstant('2026-12-01', '15:00').toISOString()).toBe('2026-12-01T07:00:00.000Z');
    expect(chinaInstant('2026-07-01', '00:30').toISOString()).toBe('2026-06-30T16:30:00.000Z');
    expect(chinaDate(at('2026-06-30T16:30:00Z'))).toBe('2026-07-01');
    expect(chinaTime(at('2026-06-30T16:30:00Z'))).toBe('00:30');
  });

  it('numbers weekdays the ISO way', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
  });
});

describe('occurrencesBetween', () => {
  const daily = { recurrence: { kind: 'daily' as const }, startTime: '15:00', durationMinutes: 60, startsOn: '2026-12-01', endsOn: null };

  it('a daily show: one occurrence per day in the window, from its first day', () => {
    const occurrences = occurrencesBetween(daily, '2026-11-28', '2026-12-03');
    expect(occurrences.map((occurrence) => occurrence.date)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
    expect(occurrences[0]).toEqual({ date: '2026-12-01', startsAt: at('2026-12-01T07:00:00Z'), endsAt: at('2026-12-01T08:00:00Z') });
  });

  it('a weekly fair on Wednesdays stops at its last day', () => {
    const weekly = { ...daily, recurrence: { kind: 'weekly' as const, weekday: 3 }, startTime: '09:00', durationMinutes: 180, endsOn: '2026-12-16' };
    expect(occurrencesBetween(weekly, '2026-11-23', '2026-12-31').map((occurrence) => occurrence.date)).toEqual([
      '2026-12-02',
      '2026-12-09',
      '2026-12-16',
    ]);
  });

  it('an occurrence that runs past midnight keeps its starting day', () => {
    const late = { ...daily, startTime: '23:30', durationMinutes: 60 };
    const [first] = occurrencesBetween(late, '2026-12-01', '2026-12-01');
    expect(first?.endsAt.toISOString()).toBe('2026-12-01T16:30:00.000Z');
    expect(chinaDate(first!.endsAt)).toBe('2026-12-02');
  });

  it('an empty window gives nothing', () => {
    expect(occurrencesBetween(daily, '2026-12-05', '2026-12-04')).toEqual([]);
    expect(occurrencesBetween({ ...daily, endsOn: '2026-11-30' }, '2026-11-01', '2026-11-29')).toEqual([]);
  });
});

describe('ruleProblems', () => {
  it('names each bad field', () => {
    const problems = ruleProblems({ recurrence: { kind: 'weekly', weekday: 8 }, startTime: '24:00', durationMinutes: 5, startsOn: '2026-12-02', endsOn: '2026-12-01' });
    expect(problems.map((problem) => problem.field)).toEqual(['startTime', 'durationMinutes', 'weekday', 'endsOn']);
    expect(ruleProblems({ recurrence: { kind: 'daily' }, startTime: '09:30', durationMinutes: 60, startsOn: '2026-12-01', endsOn: null })).toEqual([]);
  });
});

describe('conflicts', () => {
  const a = { startsAt: at('2026-12-01T01:00:00Z'), endsAt: at('2026-12-01T03:00:00Z') };
  const b = { startsAt: at('2026-12-01T02:59:00Z'), endsAt: at('2026-12-01T04:00:00Z') };
  const c = { startsAt: at('2026-12-01T03:00:00Z'), endsAt: at('2026-12-01T04:00:00Z') };

  it('overlap is half-open: back to back is fine', () => {
    expect(overlaps(a, b)).toBe(true);
    expect(overlaps(a, c)).toBe(false);
  });

  it('finds the first clash, optionally with a buffer between events', () => {
    expect(firstOverlap(c, [a])).toBeUndefined();
    expect(firstOverlap(c, [a], 30)).toBe(a);
    expect(firstOverlap(b, [c, a])).toBe(c);
  });

  it('lists every overlapping pair of a schedule', () => {
    expect(overlappingPairs([c, a, b])).toEqual([
      [a, b],
      [b, c],
    ]);
  });
});
