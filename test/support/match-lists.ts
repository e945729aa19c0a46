import type { DataSource } from 'typeorm';

/**
 * The stored lists of some seekers and positions (all of them when no ids are given), in a
 * form two snapshots can be compared in.
 */
export async function storedLists(dataSource: DataSource, seekerIds?: string[], positionIds?: string[]) {
  const recommendations: Array<{ seeker_id: string; position_id: string; score: number }> = await dataSource.query(
    `SELECT seeker_id, position_id, score FROM seeker_recommendation WHERE $1::uuid[] IS NULL OR seeker_id = ANY($1::uuid[])
      ORDER BY seeker_id, score DESC, position_id`,
    [seekerIds ?? null],
  );
  const candidates: Array<{ position_id: string; seeker_id: string; score: number }> = await dataSource.query(
    `SELECT position_id, seeker_id, score FROM position_candidate WHERE $1::uuid[] IS NULL OR position_id = ANY($1::uuid[])
      ORDER BY position_id, score DESC, seeker_id`,
    [positionIds ?? null],
  );
  return { recommendations, candidates };
}

/** Subjects whose newest change has not been scored yet (or never reached the worker). */
export async function unscoredSubjects(dataSource: DataSource, subjectIds: string[]): Promise<string[]> {
  const rows: Array<{ subject_id: string }> = await dataSource.query(
    `SELECT d.subject_id FROM domain_change d
       LEFT JOIN match_subject_state s ON s.subject_type = d.subject_type AND s.subject_id = d.subject_id
      WHERE d.subject_id = ANY($1::uuid[])
      GROUP BY d.subject_id, s.last_change_id, s.scored_at, s.changed_at
     HAVING s.last_change_id IS NULL OR s.last_change_id < max(d.id) OR s.scored_at IS NULL OR s.scored_at < s.changed_at`,
    [subjectIds],
  );
  return rows.map((row) => row.subject_id);
}
