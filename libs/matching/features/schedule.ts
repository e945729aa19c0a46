import { coverage, type WeekMask } from '../week-mask.js';

/**
 * How well the seeker's free time fits the job's hours. With both timetables: the share
 * of the job's hours the seeker can work. With only weekly hours: free hours against
 * them. A seeker free at any time fits everything. NaN when the job states no hours.
 */
export const scheduleFit = (
  offer: WeekMask | null,
  offerMinutes: number,
  need: WeekMask | null,
  weeklyHours: number | null,
): number => {
  if (!need && !(weeklyHours && weeklyHours > 0)) return NaN;
  if (!offer) return 1;
  if (need) return coverage(need, offer);
  const hours = weeklyHours as number;
  return Math.min(1, offerMinutes / 60 / hours);
};
