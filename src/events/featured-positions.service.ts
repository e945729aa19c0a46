import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { isInScope } from '../auth/assert-in-scope.js';
import { AppConfig } from '../core/config/app-config.js';
import { InvalidInputError, NotFoundError } from '../core/errors/domain-error.js';
import { inRegionSubtree } from '../regions/region-subtree.js';
import { managedEvents } from './event-scope.js';
import { RecruitmentEvent } from './event.entity.js';

const SUGGESTIONS = 20;

export interface FeaturedSuggestion {
  positionId: string;
  title: string;
  enterpriseName: string;
  /** Seekers (of the fair's community) with a strong stored match for it. */
  strongMatches: number;
  broughtToEvent: boolean;
}

/**
 * Which positions to feature: those with the most strong matches among the seekers the
 * event reaches (a fair: its community's residents; a show: everyone). Positions brought
 * to the event come first in the pool; before anyone signs up, every open position is.
 */
@Injectable()
export class FeaturedPositionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async suggest(eventId: string): Promise<FeaturedSuggestion[]> {
    const event = await this.dataSource.getRepository(RecruitmentEvent).findOneBy({ id: eventId });
    if (!event) throw new NotFoundError('event', eventId);
    const rows: Array<{ position_id: string; title: string; enterprise_name: string; strong: string; brought: boolean }> = await this.dataSource.query(
      `WITH pool AS (
         SELECT ep.position_id FROM event_position ep WHERE ep.event_id = $1
         UNION ALL
         SELECT p.id FROM position p WHERE p.status = 'open' AND NOT EXISTS (SELECT 1 FROM event_position WHERE event_id = $1))
       SELECT p.id AS position_id, p.title, e.name AS enterprise_name,
              count(s.id) AS strong, EXISTS (SELECT 1 FROM event_position b WHERE b.event_id = $1 AND b.position_id = p.id) AS brought
         FROM pool JOIN position p ON p.id = pool.position_id AND p.status = 'open'
         JOIN enterprise e ON e.id = p.enterprise_id
         LEFT JOIN seeker_recommendation r ON r.position_id = p.id AND r.score >= $2
         LEFT JOIN seeker s ON s.id = r.seeker_id AND s.consent_to_match AND s.status = 'active'
              AND ($3 <> 'fair' OR ${inRegionSubtree('s.region_code', '$4')})
        GROUP BY p.id, e.name
        ORDER BY count(s.id) DESC, p.id
        LIMIT ${SUGGESTIONS}`,
      [eventId, this.config.STRONG_MATCH_SCORE, event.kind, event.regionCode],
    );
    return rows.map((row) => ({
      positionId: row.position_id,
      title: row.title,
      enterpriseName: row.enterprise_name,
      strongMatches: Number(row.strong),
      broughtToEvent: row.brought,
    }));
  }

  /** The centre picks which of the positions brought to the event are featured (the rest are not). */
  async setFeatured(actor: Actor, eventId: string, positionIds: string[]): Promise<string[]> {
    if (!(await isInScope(this.dataSource, actor, 'event', eventId, managedEvents))) throw new NotFoundError('event', eventId);
    return this.dataSource.transaction(async (manager) => {
      const brought: Array<{ position_id: string }> = await manager.query(`SELECT position_id FROM event_position WHERE event_id = $1`, [eventId]);
      const missing = positionIds.filter((id) => !brought.some((row) => row.position_id === id));
      if (missing.length > 0) throw new InvalidInputError('positionIds', `not brought to this event: ${missing.join(', ')}`);
      await manager.query(`UPDATE event_position SET featured = (position_id = ANY($2::uuid[])) WHERE event_id = $1`, [eventId, positionIds]);
      return positionIds;
    });
  }
}
