import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { QUEUES } from '../core/queues/queue-names.js';
import { QueuesService } from '../core/queues/queues.service.js';
import { withTimeout } from '../core/with-timeout.js';
import { DomainChange, type SubjectType } from './domain-change.entity.js';

export interface RescoreJobData {
  changeId: string;
  subjectType: SubjectType;
  subjectId: string;
  reason: string;
  changedAt: string;
}

export const RESCORE_JOB = 'rescore';
const RELAY_BATCH = 500;
const ENQUEUE_TIMEOUT_MS = 3000;

/** Deterministic id: repeated changes of one subject collapse into one pending rescore. */
export const rescoreDeduplicationId = (subjectType: SubjectType, subjectId: string) =>
  `rescore:${subjectType}:${subjectId}`;

@Injectable()
export class DomainChangesService {
  private readonly logger = new Logger(DomainChangesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueuesService,
  ) {}

  /** Call inside the transaction that makes the change. */
  async record(manager: EntityManager, subjectType: SubjectType, subjectId: string, reason: string): Promise<void> {
    await manager.insert(DomainChange, { subjectType, subjectId, reason });
  }

  /**
   * Moves pending outbox rows to the matching queue and marks them relayed, in one
   * transaction holding row locks (SKIP LOCKED lets several relays run side by side).
   * When the queue is unreachable the transaction rolls back and the rows wait.
   */
  async relayPending(limit = RELAY_BATCH): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const pending: Array<{ id: string; subject_type: SubjectType; subject_id: string; reason: string; created_at: Date }> =
        await manager.query(
          `SELECT id, subject_type, subject_id, reason, created_at FROM domain_change
           WHERE relayed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [limit],
        );
      if (pending.length === 0) return 0;
      const queue = this.queues.get(QUEUES.matching);
      const enqueue = queue.addBulk(
        pending.map((row) => ({
          name: RESCORE_JOB,
          data: {
            changeId: String(row.id),
            subjectType: row.subject_type,
            subjectId: row.subject_id,
            reason: row.reason,
            changedAt: new Date(row.created_at).toISOString(),
          } satisfies RescoreJobData,
          opts: { deduplication: { id: rescoreDeduplicationId(row.subject_type, row.subject_id), keepLastIfActive: true } },
        })),
      );
      await withTimeout(enqueue, ENQUEUE_TIMEOUT_MS, 'the matching queue did not answer');
      await manager.query('UPDATE domain_change SET relayed_at = now() WHERE id = ANY($1::bigint[])', [
        pending.map((row) => row.id),
      ]);
      return pending.length;
    });
  }

  /** Best-effort relay right after a commit, so changes reach the worker without waiting for the poll. */
  relaySoon(): void {
    this.relayPending().catch((error: Error) =>
      this.logger.warn(`outbox relay postponed (the worker retries): ${error.message}`),
    );
  }
}
