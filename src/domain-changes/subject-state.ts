import type { DataSource } from 'typeorm';
import type { SubjectType } from './domain-change.entity.js';

/**
 * Records that a subject's matches are stale. Idempotent: it reads the newest change of
 * the subject from the outbox, so replays and collapsed duplicate jobs give the same row.
 */
export async function recordSubjectChange(dataSource: DataSource, subjectType: SubjectType, subjectId: string) {
  await dataSource.query(
    `INSERT INTO match_subject_state (subject_type, subject_id, changed_at, last_change_id, change_count)
     SELECT $1::varchar, $2::uuid, max(created_at), max(id), count(*)::int FROM domain_change
     WHERE subject_type = $1::varchar AND subject_id = $2::uuid
     HAVING count(*) > 0
     ON CONFLICT (subject_type, subject_id) DO UPDATE SET
       changed_at = EXCLUDED.changed_at,
       last_change_id = EXCLUDED.last_change_id,
       change_count = EXCLUDED.change_count`,
    [subjectType, subjectId],
  );
}
