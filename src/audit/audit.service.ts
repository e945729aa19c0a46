import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { STAFF_ROLES, isOneOf } from '../auth/roles.js';
import { AuditEvent } from './audit-event.entity.js';
import { inActorRegion } from '../auth/scope.js';
import { paginate, type Page } from '../core/http/pagination.js';
import type { AuditQueryDto } from './dto/audit-query.dto.js';

export interface AuditedRead {
  action: string;
  subjectType: string;
  subjectIds: readonly string[];
}

/**
 * Writes the audit log. Only staff reads are recorded: a seeker reading their own data is
 * not an event. Callers record before they answer, so a read that could not be logged is
 * not served.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async recordRead(actor: Actor, read: AuditedRead, requestId: string | null, manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (!isOneOf(actor.role, STAFF_ROLES) || read.subjectIds.length === 0) return;
    await manager.insert(
      AuditEvent,
      [...new Set(read.subjectIds)].map((subjectId) => ({
        actorUserId: actor.userId,
        actorUsername: actor.username,
        actorRole: actor.role,
        action: read.action,
        subjectType: read.subjectType,
        subjectId,
        requestId,
      })),
    );
  }

  /** Events about the residents of the admin's region (a certificate counts as its seeker's). */
  list(actor: Actor, query: AuditQueryDto): Promise<Page<AuditEvent>> {
    const qb = this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('event')
      .orderBy('event.occurredAt', 'DESC')
      .addOrderBy('event.id', 'DESC');
    // A nationwide admin reads every event without the region lookup: a removed certificate
    // no longer leads to its seeker, and the reads of its number must stay findable.
    if (actor.regionCode !== null) {
      const [inRegion, params] = inActorRegion(actor, 'subject_seeker.region_code');
      qb.andWhere(
        `EXISTS (SELECT 1 FROM seeker subject_seeker
                  WHERE ${inRegion} AND subject_seeker.id = CASE event.subject_type
                    WHEN 'seeker' THEN event.subject_id
                    ELSE (SELECT c.seeker_id FROM seeker_certificate c WHERE c.id = event.subject_id) END)`,
        params,
      );
    }
    if (query.subjectId !== undefined) qb.andWhere('event.subjectId = :subjectId', { subjectId: query.subjectId });
    if (query.actorUserId !== undefined) qb.andWhere('event.actorUserId = :actorUserId', { actorUserId: query.actorUserId });
    if (query.action !== undefined) qb.andWhere('event.action = :action', { action: query.action });
    if (query.from !== undefined) qb.andWhere('event.occurredAt >= :from', { from: query.from });
    if (query.to !== undefined) qb.andWhere('event.occurredAt < :to', { to: query.to });
    return paginate(qb, query);
  }
}
