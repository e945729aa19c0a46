/** China has one time zone and no daylight saving: dates without a time are Beijing dates. */
const BEIJING_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** First instant after the given day (inclusive last day, e.g. validUntil, expiresOn). */
export const endOfDayMs = (date: string | null | undefined): number => {
  if (!date) return Infinity;
  const m = DATE_ONLY.exec(date);
  if (m) return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + DAY_MS - BEIJING_OFFSET_MS;
  const parsed = Date.parse(date);
  return Number.isNaN(parsed) ? Infinity : parsed;
};

export const instantMs = (dateTime: string | Date | number): number => {
  if (typeof dateTime === 'number') return dateTime;
  if (dateTime instanceof Date) return dateTime.getTime();
  const m = DATE_ONLY.exec(dateTime);
  if (m) return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - BEIJING_OFFSET_MS;
  return Date.parse(dateTime);
};

export const daysBetween = (fromMs: number, toMs: number): number => (toMs - fromMs) / DAY_MS;
