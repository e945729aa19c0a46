import type { EntityManager } from 'typeorm';

export type Side = 'seeker' | 'position';

/** A ranked pair as the worker stores it. */
export interface RankedPair {
  seekerId: string;
  positionId: string;
  score: number;
}

/**
 * The two stored lists: a seeker's top positions and a position's top candidates.
 * `own` is the column of the subject whose list it is, `other` the ranked side.
 */
/** One string per seeker × position pair, for sets and maps. */
export const pairKey = (seekerId: string, positionId: string) => `${seekerId}:${positionId}`;

const LISTS = {
  seeker: { table: 'seeker_recommendation', own: 'seeker_id', other: 'position_id' },
  position: { table: 'position_candidate', own: 'position_id', other: 'seeker_id' },
} as const;

const WRITE_CHUNK = 20_000;

/**
 * Makes each subject's list exactly `pairs`: drops pairs that left it, inserts new ones
 * and rewrites a score only when it changed. Unchanged rows are not written at all, and a
 * changed score is an in-place (HOT) update thanks to the tables' fill factor, so a nightly
 * rebuild costs far less than deleting and inserting every row. Idempotent.
 */
export async function replaceLists(
  manager: EntityManager,
  side: Side,
  subjectIds: readonly string[],
  pairs: readonly RankedPair[],
  at: Date,
): Promise<void> {
  if (subjectIds.length === 0) return;
  const { table, own, other } = LISTS[side];
  // A first rebuild finds the lists empty: no need to compare against the new pairs.
  const [stored] = await manager.query(`SELECT 1 FROM ${table} WHERE ${own} = ANY($1::uuid[]) LIMIT 1`, [subjectIds]);
  if (stored) {
    await manager.query(
      `DELETE FROM ${table} t WHERE t.${own} = ANY($1::uuid[])
         AND NOT EXISTS (SELECT 1 FROM unnest($2::uuid[], $3::uuid[]) AS n(s, p)
                         WHERE n.s = t.seeker_id AND n.p = t.position_id)`,
      [subjectIds, pairs.map((m) => m.seekerId), pairs.map((m) => m.positionId)],
    );
  }
  for (let start = 0; start < pairs.length; start += WRITE_CHUNK) {
    const chunk = pairs.slice(start, start + WRITE_CHUNK);
    await manager.query(
      `INSERT INTO ${table} AS t (seeker_id, position_id, score, computed_at)
       SELECT s, p, sc, $4 FROM unnest($1::uuid[], $2::uuid[], $3::real[]) AS n(s, p, sc)
       ON CONFLICT (${own}, ${other}) DO UPDATE SET score = EXCLUDED.score, computed_at = EXCLUDED.computed_at
       WHERE t.score IS DISTINCT FROM EXCLUDED.score`,
      [chunk.map((m) => m.seekerId), chunk.map((m) => m.positionId), chunk.map((m) => m.score), at],
    );
  }
}

/**
 * Offers freshly ranked pairs to the lists of the other side: a new position enters the
 * recommendations of the seekers it suits when it beats their weakest entry, and each
 * list is trimmed back to `keep`. Pairs that are no longer eligible leave the lists.
 */
export async function offerToLists(
  manager: EntityManager,
  side: Side,
  pairs: readonly RankedPair[],
  dropped: readonly Omit<RankedPair, 'score'>[],
  keep: number,
  at: Date,
): Promise<void> {
  const { table, own } = LISTS[side];
  if (dropped.length > 0) {
    await manager.query(
      `DELETE FROM ${table} t USING unnest($1::uuid[], $2::uuid[]) AS d(s, p)
       WHERE t.seeker_id = d.s AND t.position_id = d.p`,
      [dropped.map((m) => m.seekerId), dropped.map((m) => m.positionId)],
    );
  }
  if (pairs.length === 0) return;
  await manager.query(
    `INSERT INTO ${table} (seeker_id, position_id, score, computed_at)
     SELECT s, p, sc, $4 FROM unnest($1::uuid[], $2::uuid[], $3::real[]) AS t(s, p, sc)
     ON CONFLICT (${own}, ${LISTS[side].other}) DO UPDATE SET score = EXCLUDED.score, computed_at = EXCLUDED.computed_at`,
    [pairs.map((m) => m.seekerId), pairs.map((m) => m.positionId), pairs.map((m) => m.score), at],
  );
  const owners = [...new Set(pairs.map((m) => (side === 'seeker' ? m.seekerId : m.positionId)))];
  // Per owner through the primary key, by row address: a plan that cannot turn into a scan
  // of the whole table whatever the statistics say.
  await manager.query(
    `DELETE FROM ${table} WHERE ctid = ANY(ARRAY(
       SELECT extra.ctid FROM unnest($1::uuid[]) AS o(id)
       CROSS JOIN LATERAL (SELECT ctid FROM ${table} WHERE ${own} = o.id
                           ORDER BY score DESC, ${LISTS[side].other} OFFSET $2) AS extra))`,
    [owners, keep],
  );
}

/** The pairs of the other side's lists that mention these subjects (to score them again). */
export async function pairsListedElsewhere(
  manager: Pick<EntityManager, 'query'>,
  side: Side,
  subjectIds: readonly string[],
): Promise<Array<Omit<RankedPair, 'score'>>> {
  if (subjectIds.length === 0) return [];
  // A seeker appears in position_candidate lists; a position in seeker_recommendation lists.
  const { table } = LISTS[side === 'seeker' ? 'position' : 'seeker'];
  const column = side === 'seeker' ? 'seeker_id' : 'position_id';
  const rows: Array<{ seeker_id: string; position_id: string }> = await manager.query(
    `SELECT seeker_id, position_id FROM ${table} WHERE ${column} = ANY($1::uuid[])`,
    [subjectIds],
  );
  return rows.map((row) => ({ seekerId: row.seeker_id, positionId: row.position_id }));
}

/** Removes subjects that can no longer be matched (closed, withdrawn) from every list. */
export async function removeSubjects(manager: EntityManager, side: Side, subjectIds: readonly string[]): Promise<void> {
  if (subjectIds.length === 0) return;
  const column = side === 'seeker' ? 'seeker_id' : 'position_id';
  for (const { table } of Object.values(LISTS)) {
    await manager.query(`DELETE FROM ${table} WHERE ${column} = ANY($1::uuid[])`, [subjectIds]);
  }
}

/** Fresh statistics after a bulk rewrite, so the planner keeps using the indexes. */
export async function analyzeLists(manager: Pick<EntityManager, 'query'>): Promise<void> {
  for (const { table } of Object.values(LISTS)) await manager.query(`ANALYZE ${table}`);
}

/**
 * After a full rebuild: pairs of subjects that can no longer be matched (a seeker who
 * withdrew, a position that closed while no job noticed) leave every list. Reached
 * through the indexes from the few unmatchable subjects, not by scanning the lists.
 */
export async function removeUnmatchable(manager: Pick<EntityManager, 'query'>): Promise<void> {
  const seekers = `SELECT id FROM seeker WHERE NOT (status = 'active' AND consent_to_match)`;
  const positions = `SELECT id FROM position WHERE status <> 'open'`;
  for (const { table } of Object.values(LISTS)) {
    await manager.query(`DELETE FROM ${table} WHERE seeker_id = ANY(ARRAY(${seekers}))`);
    await manager.query(`DELETE FROM ${table} WHERE position_id = ANY(ARRAY(${positions}))`);
  }
}
