import { slotMinutes, type WeeklySlot } from '../../../libs/labour-vocabulary/index.js';

type Day = WeeklySlot['day'];

const everyDay = (days: readonly Day[], ...spans: Array<[string, string]>): WeeklySlot[] =>
  days.flatMap((day) => spans.map(([start, end]) => ({ day, start, end })));

const MON_FRI: Day[] = [1, 2, 3, 4, 5];
const MON_SAT: Day[] = [1, 2, 3, 4, 5, 6];
const WEEKEND: Day[] = [6, 7];

/**
 * The weekly patterns of work in a county: the six-day factory week with a lunch break,
 * the office week, the school-hours post for mothers (妈妈岗: after drop-off, before
 * pick-up), weekend work and the split day of a public-welfare post.
 */
export const SCHEDULES = {
  factoryWeek: everyDay(MON_SAT, ['08:00', '12:00'], ['13:00', '17:00']),
  officeWeek: everyDay(MON_FRI, ['08:30', '12:00'], ['13:30', '17:30']),
  serviceWeek: everyDay(MON_SAT, ['08:00', '12:00'], ['14:00', '18:00']),
  schoolHours: everyDay(MON_FRI, ['09:00', '15:00']),
  weekends: everyDay(WEEKEND, ['08:00', '18:00']),
  publicWelfareDay: everyDay(MON_FRI, ['08:00', '11:30'], ['14:00', '17:30']),
  /** Shifts (排班) or work at clients' homes: the hours are agreed case by case. */
  byArrangement: [] as WeeklySlot[],
} satisfies Record<string, WeeklySlot[]>;

export type ScheduleKey = keyof typeof SCHEDULES;

/** Hours a schedule adds up to; `fallback` when the slots are left open. */
export const scheduleHours = (slots: readonly WeeklySlot[], fallback: number): number =>
  slots.length === 0 ? fallback : Math.round(slots.reduce((sum, slot) => sum + slotMinutes(slot), 0) / 60);

/** When a seeker can work. Empty means any time, as the seeker entity defines it. */
export const AVAILABILITY = {
  anyTime: [] as WeeklySlot[],
  schoolHours: SCHEDULES.schoolHours,
  weekdays: everyDay(MON_FRI, ['08:00', '18:00']),
  weekendsOnly: SCHEDULES.weekends,
} satisfies Record<string, WeeklySlot[]>;

export type AvailabilityKey = keyof typeof AVAILABILITY;
