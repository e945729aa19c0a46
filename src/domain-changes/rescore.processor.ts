import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { ProcessesQueue, type QueueProcessor } from '../core/queues/queue-processor.decorator.js';
import { QUEUES } from '../core/queues/queue-names.js';
import type { RescoreJobData } from './domain-changes.service.js';

/**
 * Records that a subject's matches are stale. Idempotent: it reads the newest change of
 * the subject from the outbox, so replays and collapsed duplicates give the same row.
 */
@Injectable()
@ProcessesQueue(QUEUES.matching)
export class RescoreProcessor implements QueueProcessor {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async process(job: Job<RescoreJobData>): Promise<{ lastChangeId: string }> {
    const { subjectType, subjectId } = job.data;
    const [row] = await this.dataSource.query(
      `INSERT INTO match_subject_state (subject_type, subject_id, changed_at, last_change_id, change_count)
       SELECT $1::varchar, $2::uuid, max(created_at), max(id), count(*)::int FROM domain_change
       WHERE subject_type = $1::varchar AND subject_id = $2::uuid
       HAVING count(*) > 0
       ON CONFLICT (subject_type, subject_id) DO UPDATE SET
         changed_at = EXCLUDED.changed_at,
         last_change_id = EXCLUDED.last_change_id,
         change_count = EXCLUDED.change_count
       RETURNING last_change_id`,
      [subjectType, subjectId],
    );
    return { lastChangeId: String(row?.last_change_id ?? job.data.changeId) };
  }
}
