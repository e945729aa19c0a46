import { addDays, chinaDate, type SeriesRule } from '../../libs/scheduling/index.js';
import type { EventSeries } from './event-series.entity.js';

/** How far ahead the worker keeps a series' events materialised. */
export const MATERIALISE_DAYS = 14;

export function ruleOf(series: Pick<EventSeries, 'recurrence' | 'weekday' | 'startTime' | 'durationMinutes' | 'startsOn' | 'endsOn'>): SeriesRule {
  return {
    recurrence: series.recurrence === 'weekly' ? { kind: 'weekly', weekday: series.weekday ?? 1 } : { kind: 'daily' },
    startTime: series.startTime,
    durationMinutes: series.durationMinutes,
    startsOn: series.startsOn,
    endsOn: series.endsOn,
  };
}

/** Today and the last day of the materialised window, China calendar. */
export function materialiseWindow(now = new Date()): { from: string; to: string } {
  const from = chinaDate(now);
  return { from, to: addDays(from, MATERIALISE_DAYS - 1) };
}
