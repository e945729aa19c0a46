import type { EntityManager } from 'typeorm';
import { addDays, chinaDate, firstOverlap, occurrencesBetween, type Interval } from '../../libs/scheduling/index.js';
import { ConflictError } from '../core/errors/domain-error.js';
import { EventSeries } from './event-series.entity.js';
import { ruleOf } from './series-rule.js';

export interface Candidate {
  conflictKey: string;
  intervals: readonly Interval[];
  /** The series or event being changed: it does not conflict with itself. */
  seriesId?: string;
  eventId?: string;
}

interface Clash {
  eventId?: string;
  seriesId?: string;
  startsAt: Date;
}

/**
 * Refuses (409 SCHEDULE_CONFLICT) a schedule that overlaps another at the same community or
 * stream: the events already there, and the occurrences other active series will have.
 * Takes a transaction-scoped lock on the key, so two offices booking at once are serialised.
 */
export async function assertNoScheduleConflict(manager: EntityManager, candidate: Candidate): Promise<void> {
  if (candidate.intervals.length === 0) return;
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [candidate.conflictKey]);
  const clash = (await eventClash(manager, candidate)) ?? (await seriesClash(manager, candidate));
  if (clash) {
    throw new ConflictError('SCHEDULE_CONFLICT', `Another event is scheduled there at ${clash.startsAt.toISOString()}`, {
      ...(clash.eventId ? { conflictingEventId: clash.eventId } : {}),
      ...(clash.seriesId ? { conflictingSeriesId: clash.seriesId } : {}),
      startsAt: clash.startsAt,
    });
  }
}

async function eventClash(manager: EntityManager, candidate: Candidate): Promise<Clash | undefined> {
  const { first, last } = span(candidate.intervals);
  const existing: Array<{ id: string; starts_at: Date; ends_at: Date }> = await manager.query(
    `SELECT id, starts_at, ends_at FROM event
      WHERE conflict_key = $1 AND status = 'scheduled' AND starts_at < $3 AND ends_at > $2
        AND id IS DISTINCT FROM $4 AND (series_id IS DISTINCT FROM $5 OR detached)`,
    [candidate.conflictKey, first, last, candidate.eventId ?? null, candidate.seriesId ?? null],
  );
  for (const interval of candidate.intervals) {
    const hit = firstOverlap(interval, existing.map((row) => ({ id: row.id, startsAt: row.starts_at, endsAt: row.ends_at })));
    if (hit) return { eventId: hit.id, startsAt: hit.startsAt };
  }
  return undefined;
}

/** Occurrences of other active series not yet materialised (materialised ones were checked as events). */
async function seriesClash(manager: EntityManager, candidate: Candidate): Promise<Clash | undefined> {
  const { first, last } = span(candidate.intervals);
  const others = await manager
    .getRepository(EventSeries)
    .createQueryBuilder('s')
    .where('s.conflictKey = :key AND s.status = :active', { key: candidate.conflictKey, active: 'active' })
    .andWhere('s.id IS DISTINCT FROM :self', { self: candidate.seriesId ?? null })
    .getMany();
  for (const series of others) {
    const materialised = new Set(
      (
        (await manager.query(`SELECT occurrence_date::text AS day FROM event WHERE series_id = $1 AND occurrence_date BETWEEN $2 AND $3`, [
          series.id,
          addDays(chinaDate(first), -1),
          chinaDate(last),
        ])) as Array<{ day: string }>
      ).map((row) => row.day),
    );
    const occurrences = occurrencesBetween(ruleOf(series), addDays(chinaDate(first), -1), chinaDate(last)).filter(
      (occurrence) => !materialised.has(occurrence.date),
    );
    for (const interval of candidate.intervals) {
      const hit = firstOverlap(interval, occurrences);
      if (hit) return { seriesId: series.id, startsAt: hit.startsAt };
    }
  }
  return undefined;
}

function span(intervals: readonly Interval[]): { first: Date; last: Date } {
  let first = intervals[0]!.startsAt;
  let last = intervals[0]!.endsAt;
  for (const interval of intervals) {
    if (interval.startsAt < first) first = interval.startsAt;
    if (interval.endsAt > last) last = interval.endsAt;
  }
  return { first, last };
}
