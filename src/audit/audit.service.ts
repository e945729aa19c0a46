import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { STAFF_ROLES, isOneOf } from '../auth/roles.js';
import { AuditEvent } from './audit-event.entity.js';

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
}
