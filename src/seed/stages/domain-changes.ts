import type { EntityManager } from 'typeorm';
import type { SubjectType } from '../../domain-changes/domain-change.entity.js';

/** Reasons recorded in the outbox: a demo row that is new, or one the seed rewrote. */
export const SEED_IMPORTED = 'seed.imported';
export const SEED_UPDATED = 'seed.updated';

/**
 * One outbox row per subject, in the transaction that wrote it, so the worker scores the
 * seeded data. Unchanged rows get none: a repeated seed does not trigger a rescoring storm.
 */
export async function recordSeedChanges(
  manager: EntityManager,
  subjectType: SubjectType,
  subjectIds: readonly string[],
  reason: string,
): Promise<number> {
  if (subjectIds.length === 0) return 0;
  await manager.query(
    'INSERT INTO domain_change (subject_type, subject_id, reason) SELECT $1, unnest($2::uuid[]), $3',
    [subjectType, [...subjectIds], reason],
  );
  return subjectIds.length;
}

/** Subjects rewritten by the seed (or whose children were), excluding the new ones. */
export const changedOnly = (inserted: readonly string[], ...touched: ReadonlyArray<readonly string[]>): string[] => {
  const fresh = new Set(inserted);
  return [...new Set(touched.flat())].filter((id) => !fresh.has(id));
};
