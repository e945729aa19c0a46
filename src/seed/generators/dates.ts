import type { Random } from '../random.js';

/**
 * Calendar arithmetic on YYYY-MM-DD strings. Generators take "today" as an input instead
 * of reading the clock, so the same seed on the same day gives byte-identical rows.
 */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Same month and day `years` later; 29 February becomes 28 February in common years. */
export function addYears(day: string, years: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const target = new Date(Date.UTC(year + years, month - 1, date));
  if (target.getUTCMonth() !== month - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A moment on `day` in China Standard Time (UTC+8, no daylight saving). */
export function chinaTime(day: string, hour: number, minute: number): Date {
  return new Date(`${day}T${pad(hour)}:${pad(minute)}:00+08:00`);
}

/** A working-hours moment `daysAgo` days before `today`. */
export function workingMomentDaysAgo(rng: Random, today: string, daysAgo: number): Date {
  return chinaTime(addDays(today, -daysAgo), rng.int(8, 17), rng.int(0, 59));
}

/** A real calendar date in the given year. */
export function randomDayOfYear(rng: Random, year: number): string {
  const month = rng.int(1, 12);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(rng.int(1, days))}`;
}

const pad = (value: number) => String(value).padStart(2, '0');
