/**
 * Recurrence and conflict arithmetic for recruitment events, in China time. Framework-free:
 * the service stores series and events; this library says when they happen and what clashes.
 */
export { addDays, chinaDate, chinaInstant, chinaTime, isoWeekday } from './china-time.js';
export { occurrencesBetween, ruleProblems, type Occurrence, type Recurrence, type SeriesRule } from './recurrence.js';
export { firstOverlap, overlappingPairs, overlaps, type Interval } from './conflicts.js';
