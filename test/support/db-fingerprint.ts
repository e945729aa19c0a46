import type { DataSource } from 'typeorm';

/** Per table: row count and the newest row version (`rows/xmin`). */
export type Fingerprint = Record<string, string>;

/**
 * A cheap fingerprint of what is committed in every table of the schema: the row count and
 * the highest xmin. Every insert or update writes a row version with a new xmin, every
 * delete lowers the count, so any committed write changes it, while reads, row locks
 * (SELECT … FOR UPDATE) and rolled-back transactions do not.
 *
 * Why not the statistics views: pg_stat_xact_user_tables is per transaction, and
 * pg_stat_user_tables only sees what other backends flushed (up to seconds late on
 * PostgreSQL 15) and counts rolled-back inserts too. Why not the transaction counter: it is
 * shared by every database of the server, where other test runs write.
 */
export async function createFingerprinter(dataSource: DataSource, options: { exclude?: readonly string[]; insertsOnly?: readonly string[] } = {}) {
  const { exclude = [], insertsOnly = [] } = options;
  const tables: Array<{ name: string }> = await dataSource.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`,
  );
  const names = tables.map((table) => table.name).filter((name) => !exclude.includes(name));
  // For append-only tables whose rows are updated in the background, the newest row stands in for the newest version.
  const state = (name: string) => (insertsOnly.includes(name) ? `count(*) || '/' || coalesce(max(id)::text, '-')` : `count(*) || '/' || coalesce(max(xmin::text::bigint), 0)`);
  const sql = names.map((name) => `SELECT '${name}' AS name, ${state(name)} AS state FROM "${name}"`).join(' UNION ALL ');
  return {
    tables: names,
    async take(): Promise<Fingerprint> {
      const rows: Array<{ name: string; state: string }> = await dataSource.query(sql);
      return Object.fromEntries(rows.map((row) => [row.name, row.state]));
    },
  };
}

/** The tables whose state differs, as `table: before → after`. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys(after)
    .filter((name) => before[name] !== after[name])
    .map((name) => `${name}: ${before[name]} → ${after[name]}`);
}
