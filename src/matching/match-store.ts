import type { EntityManager } from 'typeorm';
import type { Match as EngineMatch } from '../../libs/matching/index.js';

type Side = 'seeker' | 'position';

const COLUMNS = {
  seeker: { key: 'seeker_id', flag: 'in_seeker_top' },
  position: { key: 'position_id', flag: 'in_position_top' },
} as const;

/**
 * Writes the top matches of a set of seekers (or positions) in bulk: flags the new top
 * rows, unflags the old ones, updates pairs already stored from the other side, and
 * deletes rows that are nobody's top any more. Idempotent: the same input gives the same
 * rows, so a retried or repeated job changes nothing.
 */
export async function replaceTopMatches(
  manager: EntityManager,
  side: Side,
  subjectIds: readonly string[],
  tops: readonly EngineMatch[],
  others: readonly EngineMatch[],
  computedAt: Date,
): Promise<number> {
  if (subjectIds.length === 0) return 0;
  const { key, flag } = COLUMNS[side];
  await manager.query(`UPDATE match SET ${flag} = false WHERE ${key} = ANY($1::uuid[]) AND ${flag}`, [subjectIds]);
  await upsert(manager, tops, side, computedAt);
  await upsert(manager, others, null, computedAt);
  await manager.query(
    `DELETE FROM match WHERE ${key} = ANY($1::uuid[]) AND NOT in_seeker_top AND NOT in_position_top`,
    [subjectIds],
  );
  return tops.length;
}

/** Removes every stored pair of subjects that can no longer be matched (closed, withdrawn). */
export async function removeMatches(manager: EntityManager, side: Side, subjectIds: readonly string[]): Promise<void> {
  if (subjectIds.length === 0) return;
  await manager.query(`DELETE FROM match WHERE ${COLUMNS[side].key} = ANY($1::uuid[])`, [subjectIds]);
}

const CHUNK = 2000;

async function upsert(manager: EntityManager, matches: readonly EngineMatch[], topOf: Side | null, at: Date) {
  for (let start = 0; start < matches.length; start += CHUNK) {
    const chunk = matches.slice(start, start + CHUNK);
    const seekerTop = topOf === 'seeker';
    const positionTop = topOf === 'position';
    // Rows that are only refreshed (topOf null) keep whatever flags they had.
    await manager.query(
      `INSERT INTO match (seeker_id, position_id, score, eligible, in_seeker_top, in_position_top,
                          features, reasons, gaps, engine_version, computed_at)
       SELECT s, p, sc, el, $5, $6, f, r, g, $10, $11
       FROM unnest($1::uuid[], $2::uuid[], $3::real[], $4::boolean[], $7::jsonb[], $8::jsonb[], $9::jsonb[])
            AS t(s, p, sc, el, f, r, g)
       ON CONFLICT (seeker_id, position_id) DO UPDATE SET
         score = EXCLUDED.score, eligible = EXCLUDED.eligible,
         in_seeker_top = match.in_seeker_top OR EXCLUDED.in_seeker_top,
         in_position_top = match.in_position_top OR EXCLUDED.in_position_top,
         features = EXCLUDED.features, reasons = EXCLUDED.reasons, gaps = EXCLUDED.gaps,
         engine_version = EXCLUDED.engine_version, computed_at = EXCLUDED.computed_at`,
      [
        chunk.map((m) => m.seekerId),
        chunk.map((m) => m.positionId),
        chunk.map((m) => m.score),
        chunk.map((m) => m.eligible),
        seekerTop,
        positionTop,
        chunk.map((m) => JSON.stringify(m.features)),
        chunk.map((m) => JSON.stringify(m.reasons)),
        chunk.map((m) => JSON.stringify(m.gaps)),
        chunk[0].engineVersion,
        at,
      ],
    );
  }
}
