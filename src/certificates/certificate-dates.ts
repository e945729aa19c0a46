/** Calendar dates (YYYY-MM-DD) as the centres live them: in China Standard Time. */
const CHINA_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function todayInChina(now = new Date()): string {
  return CHINA_DATE.format(now);
}

/**
 * The same day `years` later; 29 February falls back to 28 February in common years
 * (a certificate does not gain a day by being issued on a leap day).
 */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const targetYear = year + years;
  const lastDay = new Date(Date.UTC(targetYear, month, 0)).getUTCDate();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(month)}-${pad(Math.min(day, lastDay))}`;
}

/** Valid through its expiry date; expired from the day after. */
export const isExpired = (expiresOn: string | null, today: string): boolean => expiresOn !== null && expiresOn < today;
