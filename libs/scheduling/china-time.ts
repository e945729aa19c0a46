/**
 * Asia/Shanghai has been UTC+8 all year since 1991 (no daylight saving), so local
 * wall-clock times convert with a fixed offset: no time-zone database is needed.
 */
const OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` + `HH:MM` in China → the instant. */
export function chinaInstant(date: string, time: string): Date {
  return new Date(Date.parse(`${date}T${time}:00Z`) - OFFSET_MS);
}

/** The calendar day in China of an instant, `YYYY-MM-DD`. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The wall-clock time in China of an instant, `HH:MM`. */
export function chinaTime(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(11, 16);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a `YYYY-MM-DD` date. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
