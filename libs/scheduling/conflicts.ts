/** A stretch of time, half-open: [startsAt, endsAt). Back-to-back events do not overlap. */
export interface Interval {
  startsAt: Date;
  endsAt: Date;
}

export const overlaps = (a: Interval, b: Interval): boolean => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/**
 * The first of `existing` that overlaps `candidate` (after the optional buffer between
 * events, e.g. to reset a venue), or undefined.
 */
export function firstOverlap<T extends Interval>(candidate: Interval, existing: readonly T[], bufferMinutes = 0): T | undefined {
  const buffer = bufferMinutes * 60_000;
  const widened = { startsAt: new Date(candidate.startsAt.getTime() - buffer), endsAt: new Date(candidate.endsAt.getTime() + buffer) };
  return existing.find((interval) => overlaps(widened, interval));
}

/** Pairs among `intervals` that overlap each other (for checking a whole schedule at once). */
export function overlappingPairs<T extends Interval>(intervals: readonly T[]): Array<[T, T]> {
  const sorted = [...intervals].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const pairs: Array<[T, T]> = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && (sorted[j] as T).startsAt < (sorted[i] as T).endsAt; j++) {
      pairs.push([sorted[i] as T, sorted[j] as T]);
    }
  }
  return pairs;
}
