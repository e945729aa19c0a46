import { addDays, chinaInstant, isoWeekday } from './china-time.js';

/** Every day, or one weekday a week (ISO: 1 = Monday … 7 = Sunday). */
export type Recurrence = { kind: 'daily' } | { kind: 'weekly'; weekday: number };

/** A recurring event in China time: e.g. every day at 15:00 for 60 minutes from 2026-12-01. */
export interface SeriesRule {
  recurrence: Recurrence;
  /** `HH:MM`, China time. */
  startTime: string;
  durationMinutes: number;
  /** First day that may hold an occurrence, `YYYY-MM-DD`. */
  startsOn: string;
  /** Last day that may hold one (inclusive); null = open-ended. */
  endsOn: string | null;
}

export interface Occurrence {
  /** The China calendar day, `YYYY-MM-DD`: with the series it identifies the occurrence. */
  date: string;
  startsAt: Date;
  endsAt: Date;
}

const MAX_DAYS = 366;

/**
 * The occurrences of `rule` on the China calendar days `fromDate` … `toDate` (inclusive),
 * in order. Bounded to a year per call: schedules are materialised a window at a time.
 */
export function occurrencesBetween(rule: SeriesRule, fromDate: string, toDate: string): Occurrence[] {
  const first = fromDate > rule.startsOn ? fromDate : rule.startsOn;
  const last = rule.endsOn !== null && rule.endsOn < toDate ? rule.endsOn : toDate;
  const result: Occurrence[] = [];
  for (let date = first, days = 0; date <= last && days < MAX_DAYS; date = addDays(date, 1), days++) {
    if (rule.recurrence.kind === 'weekly' && isoWeekday(date) !== rule.recurrence.weekday) continue;
    const startsAt = chinaInstant(date, rule.startTime);
    result.push({ date, startsAt, endsAt: new Date(startsAt.getTime() + rule.durationMinutes * 60_000) });
  }
  return result;
}

/** Why a rule cannot be scheduled, or null. Field names match the API's. */
export function ruleProblems(rule: SeriesRule): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(rule.startTime)) problems.push({ field: 'startTime', message: 'startTime must be HH:MM (00:00–23:59)' });
  if (!Number.isInteger(rule.durationMinutes) || rule.durationMinutes < 10 || rule.durationMinutes > 12 * 60) {
    problems.push({ field: 'durationMinutes', message: 'durationMinutes must be a whole number from 10 to 720' });
  }
  if (rule.recurrence.kind === 'weekly' && !(Number.isInteger(rule.recurrence.weekday) && rule.recurrence.weekday >= 1 && rule.recurrence.weekday <= 7)) {
    problems.push({ field: 'weekday', message: 'weekday must be 1 (Monday) to 7 (Sunday)' });
  }
  if (rule.endsOn !== null && rule.endsOn < rule.startsOn) problems.push({ field: 'endsOn', message: 'endsOn must not be before startsOn' });
  return problems;
}
