import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { addDays, occurrencesBetween, ruleProblems } from '../../libs/scheduling/index.js';
import type { Actor } from '../auth/actor.js';
import { ConflictError, DomainError, NotFoundError } from '../core/errors/domain-error.js';
import { paginate, type Page } from '../core/http/pagination.js';
import { QUEUES } from '../core/queues/queue-names.js';
import { QueuesService } from '../core/queues/queues.service.js';
import type { CreateEventSeriesDto, SeriesQueryDto, UpdateEventSeriesDto } from './dto/event-series.dto.js';
import { assertEventRegion } from './event-places.js';
import { managedEvents } from './event-scope.js';
import { EventSeries, type SeriesStatus } from './event-series.entity.js';
import { conflictKeyOf } from './event.entity.js';
import { MATERIALISE_JOB } from './events.processor.js';
import { assertNoScheduleConflict } from './schedule-conflicts.js';
import { materialiseWindow, ruleOf } from './series-rule.js';

const SERIES_MOVES: Record<'pause' | 'resume' | 'cancel', { from: SeriesStatus[]; to: SeriesStatus }> = {
  pause: { from: ['active'], to: 'paused' },
  resume: { from: ['paused'], to: 'active' },
  cancel: { from: ['active', 'paused'], to: 'cancelled' },
};

/**
 * Event series: created and changed here, materialised by the worker. A change of schedule
 * re-times the series' future events in place (their sign-ups stay), cancels those whose
 * day no longer fits, and leaves occurrences changed on their own alone.
 */
@Injectable()
export class SeriesService {
  private readonly logger = new Logger('SeriesService');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueuesService,
  ) {}

  async create(actor: Actor, dto: CreateEventSeriesDto): Promise<EventSeries> {
    const fields = {
      kind: dto.kind,
      title: dto.title,
      recurrence: dto.recurrence,
      weekday: dto.recurrence === 'weekly' ? (dto.weekday as number) : null,
      startTime: dto.startTime,
      durationMinutes: dto.durationMinutes,
      startsOn: dto.startsOn,
      endsOn: dto.endsOn ?? null,
      regionCode: dto.regionCode,
      host: dto.host ?? null,
      streamUrl: dto.kind === 'livestream' ? (dto.streamUrl as string) : null,
      venue: dto.kind === 'fair' ? (dto.venue as string) : null,
    };
    throwRuleProblems(ruleOf(fields));
    const id = await this.dataSource.transaction(async (manager) => {
      await assertEventRegion(manager, actor, dto.kind, dto.regionCode);
      const conflictKey = conflictKeyOf(fields);
      await assertNoScheduleConflict(manager, { conflictKey, intervals: upcoming(fields) });
      const result = await manager.insert(EventSeries, { ...fields, conflictKey });
      return (result.identifiers[0] as { id: string }).id;
    });
    await this.materialiseSoon(id);
    return this.get(id);
  }

  async get(id: string): Promise<EventSeries> {
    const series = await this.dataSource.getRepository(EventSeries).findOneBy({ id });
    if (!series) throw new NotFoundError('event_series', id);
    return series;
  }

  list(query: SeriesQueryDto): Promise<Page<EventSeries>> {
    const qb = this.dataSource.getRepository(EventSeries).createQueryBuilder('s').orderBy('s.createdAt', 'DESC').addOrderBy('s.id', 'DESC');
    if (query.kind !== undefined) qb.andWhere('s.kind = :kind', { kind: query.kind });
    if (query.status !== undefined) qb.andWhere('s.status = :status', { status: query.status });
    return paginate(qb, query);
  }

  async update(actor: Actor, id: string, dto: UpdateEventSeriesDto): Promise<EventSeries> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.lockManaged(manager, actor, id);
      if (dto.version !== undefined && dto.version !== current.version) {
        throw new ConflictError('SERIES_VERSION_CONFLICT', `series ${id} changed since version ${dto.version}; reload it`, { currentVersion: current.version });
      }
      if (current.status === 'cancelled') throw new ConflictError('SERIES_CANCELLED', 'A cancelled series cannot change');
      const next = {
        ...current,
        ...definedOnly({ title: dto.title, startTime: dto.startTime, durationMinutes: dto.durationMinutes, venue: dto.venue }),
        ...(dto.weekday !== undefined && current.recurrence === 'weekly' ? { weekday: dto.weekday } : {}),
        ...(dto.endsOn !== undefined ? { endsOn: dto.endsOn } : {}),
        ...(dto.host !== undefined ? { host: dto.host } : {}),
      };
      throwRuleProblems(ruleOf(next));
      if (next.status === 'active') await assertNoScheduleConflict(manager, { conflictKey: next.conflictKey, intervals: upcoming(next), seriesId: id });
      await manager.update(EventSeries, { id }, {
        title: next.title,
        weekday: next.weekday,
        startTime: next.startTime,
        durationMinutes: next.durationMinutes,
        endsOn: next.endsOn,
        host: next.host,
        venue: next.venue,
      });
      await this.retimeFutureEvents(manager, next);
    });
    await this.materialiseSoon(id);
    return this.get(id);
  }

  /** pause: future events cancelled, no new ones; resume: they come back (conflicts permitting); cancel: final. */
  async move(actor: Actor, id: string, move: keyof typeof SERIES_MOVES): Promise<EventSeries> {
    const { from, to } = SERIES_MOVES[move];
    await this.dataSource.transaction(async (manager) => {
      const current = await this.lockManaged(manager, actor, id);
      if (!from.includes(current.status)) {
        throw new ConflictError('ILLEGAL_SERIES_TRANSITION', `A ${current.status} series cannot ${move}`, { status: current.status });
      }
      if (to === 'active') {
        await assertNoScheduleConflict(manager, { conflictKey: current.conflictKey, intervals: upcoming(current), seriesId: id });
        await manager.query(
          `UPDATE event SET status = 'scheduled', updated_at = now() WHERE series_id = $1 AND NOT detached AND status = 'cancelled' AND starts_at > now()`,
          [id],
        );
      } else {
        await manager.query(
          `UPDATE event SET status = 'cancelled', updated_at = now() WHERE series_id = $1 AND NOT detached AND status = 'scheduled' AND starts_at > now()`,
          [id],
        );
      }
      await manager.update(EventSeries, { id }, { status: to });
    });
    if (to === 'active') await this.materialiseSoon(id);
    return this.get(id);
  }

  private async lockManaged(manager: EntityManager, actor: Actor, id: string): Promise<EventSeries> {
    const series = await manager
      .getRepository(EventSeries)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.id = :id', { id })
      .andWhere(...managedEvents(actor, 's'))
      .getOne();
    if (!series) throw new NotFoundError('event_series', id);
    return series;
  }

  /** Future, not separately changed events follow the new rule; a day that no longer fits is cancelled. */
  private async retimeFutureEvents(manager: EntityManager, series: EventSeries): Promise<void> {
    const events: Array<{ id: string; occurrence_date: string }> = await manager.query(
      `SELECT id, occurrence_date::text FROM event WHERE series_id = $1 AND NOT detached AND status = 'scheduled' AND starts_at > now()`,
      [series.id],
    );
    for (const event of events) {
      const [occurrence] = occurrencesBetween(ruleOf(series), event.occurrence_date, event.occurrence_date);
      if (occurrence) {
        await manager.query(
          `UPDATE event SET starts_at = $2, ends_at = $3, title = $4, host = $5, venue = $6, updated_at = now() WHERE id = $1`,
          [event.id, occurrence.startsAt, occurrence.endsAt, series.title, series.host, series.venue],
        );
      } else {
        await manager.query(`UPDATE event SET status = 'cancelled', updated_at = now() WHERE id = $1`, [event.id]);
      }
    }
  }

  /** The change is committed; should the queue be down now, the hourly scheduler catches up. */
  private async materialiseSoon(seriesId: string): Promise<void> {
    await this.queues
      .add(QUEUES.events, MATERIALISE_JOB, { seriesId }, { removeOnComplete: 100, removeOnFail: 1000 })
      .catch((error: Error) => this.logger.warn(`series ${seriesId}: materialisation left to the hourly run (${error.message})`));
  }
}

/** A series is checked against everything else over this many days ahead (not just the materialised two weeks). */
const CONFLICT_HORIZON_DAYS = 90;

/** The coming occurrences that must not clash with anything else at the same place. */
function upcoming(series: Parameters<typeof ruleOf>[0]) {
  const { from } = materialiseWindow();
  const now = new Date();
  return occurrencesBetween(ruleOf(series), from, addDays(from, CONFLICT_HORIZON_DAYS - 1)).filter((occurrence) => occurrence.startsAt > now);
}

function throwRuleProblems(rule: ReturnType<typeof ruleOf>): void {
  const problems = ruleProblems(rule);
  if (problems.length > 0) {
    throw new DomainError('invalid', 'VALIDATION_FAILED', problems.map((problem) => problem.message).join('; '), {
      errors: problems.map((problem) => ({ field: problem.field, messages: [problem.message] })),
    });
  }
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
