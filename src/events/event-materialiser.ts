import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { occurrencesBetween } from '../../libs/scheduling/index.js';
import { DomainError } from '../core/errors/domain-error.js';
import { EventSeries } from './event-series.entity.js';
import { RecruitmentEvent } from './event.entity.js';
import { assertNoScheduleConflict } from './schedule-conflicts.js';
import { materialiseWindow, ruleOf } from './series-rule.js';

export interface MaterialiseResult {
  created: number;
  /** Occurrences left out because something else holds the community or stream then. */
  conflicts: number;
}

/**
 * Keeps the events of active series materialised for the coming days. Idempotent: an
 * occurrence is keyed by (series, day), so re-running writes nothing new, and one that
 * was cancelled or moved on its own stays as it is.
 */
@Injectable()
export class EventMaterialiser {
  private readonly logger = new Logger('EventMaterialiser');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async materialise(seriesId?: string, now = new Date()): Promise<MaterialiseResult> {
    const query = this.dataSource.getRepository(EventSeries).createQueryBuilder('s').where("s.status = 'active'");
    if (seriesId !== undefined) query.andWhere('s.id = :seriesId', { seriesId });
    const result: MaterialiseResult = { created: 0, conflicts: 0 };
    for (const series of await query.getMany()) {
      const { from, to } = materialiseWindow(now);
      for (const occurrence of occurrencesBetween(ruleOf(series), from, to)) {
        if (occurrence.startsAt <= now) continue;
        const outcome = await this.materialiseOne(series, occurrence.date, occurrence.startsAt, occurrence.endsAt);
        if (outcome === 'created') result.created++;
        if (outcome === 'conflict') result.conflicts++;
      }
    }
    return result;
  }

  private materialiseOne(series: EventSeries, date: string, startsAt: Date, endsAt: Date): Promise<'created' | 'exists' | 'conflict'> {
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(RecruitmentEvent, { seriesId: series.id, occurrenceDate: date })) return 'exists';
      try {
        await assertNoScheduleConflict(manager, { conflictKey: series.conflictKey, intervals: [{ startsAt, endsAt }], seriesId: series.id });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        this.logger.warn(`series ${series.id}: ${date} left out, ${error.message}`);
        return 'conflict';
      }
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(RecruitmentEvent)
        .values({
          seriesId: series.id,
          occurrenceDate: date,
          kind: series.kind,
          title: series.title,
          startsAt,
          endsAt,
          regionCode: series.regionCode,
          host: series.host,
          streamUrl: series.streamUrl,
          venue: series.venue,
          conflictKey: series.conflictKey,
        })
        .orIgnore()
        .execute();
      // ON CONFLICT DO NOTHING returns no row when another worker got there first.
      return (inserted.raw as unknown[]).length > 0 ? 'created' : 'exists';
    });
  }
}
