import type { EntityManager } from 'typeorm';

/**
 * Deletes child rows the seed made in an earlier run (their id is one the seed gives) but
 * no longer generates, e.g. a certificate requirement dropped from a posting. Children
 * added through the API have other ids and are left alone. Returns the parents touched.
 */
export async function deleteStaleSeedChildren(
  manager: EntityManager,
  table: 'position_certificate_requirement' | 'seeker_certificate',
  parentColumn: 'position_id' | 'seeker_id',
  seedIds: readonly string[],
  currentIds: readonly string[],
): Promise<string[]> {
  const current = new Set(currentIds);
  const stale = seedIds.filter((id) => !current.has(id));
  if (stale.length === 0) return [];
  if (!manager.queryRunner) throw new Error('stale seed rows are deleted inside the transaction that rewrites their parents');
  const deleted = await manager.queryRunner.query(
    `DELETE FROM "${table}" WHERE id = ANY($1::uuid[]) RETURNING "${parentColumn}" AS parent`,
    [stale],
    true,
  );
  return (deleted.records as Array<{ parent: string }>).map((row) => row.parent);
}
