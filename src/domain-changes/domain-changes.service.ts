import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { QUEUES } from '../core/queues/queue-names.js';
import { QueuesService } from '../core/queues/queues.service.js';
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
/** How far back a worker's first sweep looks for lost changes; later sweeps start where the last one ended. */
const FIRST_SWEEP_WINDOW = '1 day';
/**
 * A relay stamps relayed_at with its transaction's start and may commit seconds later (the
 * enqueue waits up to 3 s): the next sweep starts this much before the bound, so such a
 * row is never between two windows.
 */
const RELAY_COMMIT_MARGIN = '1 minute';

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
      await this.queues.addBulk(
        QUEUES.matching,
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
      await manager.query('UPDATE domain_change SET relayed_at = now() WHERE id = ANY($1::bigint[])', [
        pending.map((row) => row.id),
      ]);
      return pending.length;
    });
  }

  /**
   * Sends again the changes that were relayed but never scored: the queue lost them (Redis
   * restarted empty, it keeps nothing on disk) or their job failed for good (PostgreSQL
   * down through every retry). A subject is stale when its newest change, relayed more
   * than `graceSeconds` ago, is newer than its last scoring; its newest change goes back to
   * pending and the relay sends it like any other. The caller runs this only while the
   * queue is idle, so a change still waiting in a backlog is never sent twice.
   *
   * Only changes relayed since `checkedUpTo` (the bound this answered last time; on a first
   * run the last day) are looked at: older ones were scored when last checked, or sent again
   * and so relayed anew. Answers how many were sent again and the bound to pass next time.
   */
  async redeliverUnscored(graceSeconds: number, checkedUpTo: Date | null): Promise<{ redelivered: number; checkedUpTo: Date }> {
    const [{ bound, next }]: Array<{ bound: Date; next: Date }> = await this.dataSource.query(
      `SELECT now() - make_interval(secs => $1) AS bound, now() - make_interval(secs => $1) - interval '${RELAY_COMMIT_MARGIN}' AS next`,
      [graceSeconds],
    );
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `WITH newest AS (
         SELECT DISTINCT ON (d.subject_type, d.subject_id) d.id, d.subject_type, d.subject_id, d.created_at, d.relayed_at
           FROM domain_change d
          WHERE d.relayed_at >= COALESCE($2::timestamptz, now() - interval '${FIRST_SWEEP_WINDOW}')
          ORDER BY d.subject_type, d.subject_id, d.id DESC)
       UPDATE domain_change d SET relayed_at = NULL
         FROM newest n
         LEFT JOIN match_subject_state s ON s.subject_type = n.subject_type AND s.subject_id = n.subject_id
        WHERE d.id = n.id AND n.relayed_at < $1
          AND (s.scored_at IS NULL OR s.scored_at < n.created_at)
       RETURNING d.id`,
      [bound, checkedUpTo],
    );
    if (rows.length > 0) this.logger.warn(`${rows.length} relayed changes were never scored; sending them again`);
    return { redelivered: rows.length, checkedUpTo: next };
  }

  /** Best-effort relay right after a commit, so changes reach the worker without waiting for the poll. */
  relaySoon(): void {
    this.relayPending().catch((error: Error) =>
      this.logger.warn(`outbox relay postponed (the worker retries): ${error.message}`),
    );
  }
}
