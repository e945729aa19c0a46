import type { EntityManager } from 'typeorm';

/** PostgreSQL accepts at most 65,535 bind parameters per statement. */
const MAX_PARAMETERS = 65_535;
export const MAX_ROWS_PER_STATEMENT = 1000;

export interface UpsertColumn<Row> {
  name: string;
  value: (row: Row) => unknown;
  /**
   * What a re-run does with an existing row's value: `sync` rewrites the row when the
   * seed's value differs; `keep` leaves it (dates relative to the day of the first run);
   * `refresh` is written along when the row is rewritten but is no reason to rewrite it
   * (a freshly encrypted ID number: a new random IV on every run, same clear text).
   */
  onConflict: 'sync' | 'keep' | 'refresh';
  /** SQL type for the parameter when PostgreSQL cannot infer it (e.g. jsonb). */
  cast?: string;
}

export interface UpsertTable<Row> {
  table: string;
  columns: ReadonlyArray<UpsertColumn<Row>>;
  /** The unique columns the upsert is keyed on, e.g. ['id']. */
  conflictKey: readonly string[];
  /** Extra assignments when a row is rewritten, e.g. `updated_at = now()`. */
  onUpdate?: readonly string[];
}

export interface UpsertOutcome {
  /** Keys (the first conflict column) of rows that did not exist before. */
  inserted: string[];
  /** Keys of existing rows whose synced values differed and were rewritten. */
  updated: string[];
}

/** Rows per statement: at most 1000, fewer when the table is wide. */
export function rowsPerStatement(columnCount: number): number {
  return Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS / columnCount));
}

/**
 * `INSERT … ON CONFLICT DO UPDATE … WHERE (synced) IS DISTINCT FROM (EXCLUDED …)`:
 * one round trip for many rows; a row the seed already wrote identically is not touched
 * (no new version, no updated_at), and RETURNING reports only real writes, with
 * `xmax = 0` telling an insert from an update.
 */
export function upsertStatement<Row>(spec: UpsertTable<Row>, rowCount: number): string {
  const { table, columns, conflictKey } = spec;
  const width = columns.length;
  const values = Array.from({ length: rowCount }, (_, row) => {
    const placeholders = columns.map((column, index) => {
      const placeholder = `$${row * width + index + 1}`;
      return column.cast ? `${placeholder}::${column.cast}` : placeholder;
    });
    return `(${placeholders.join(', ')})`;
  });
  const synced = columns.filter((column) => column.onConflict === 'sync' && !conflictKey.includes(column.name));
  const refreshed = columns.filter((column) => column.onConflict === 'refresh' && !conflictKey.includes(column.name));
  const assignments = [
    ...[...synced, ...refreshed].map((column) => `${quote(column.name)} = EXCLUDED.${quote(column.name)}`),
    ...(spec.onUpdate ?? []),
  ];
  const current = synced.map((column) => `${quote(table)}.${quote(column.name)}`).join(', ');
  const incoming = synced.map((column) => `EXCLUDED.${quote(column.name)}`).join(', ');
  const onConflict =
    synced.length === 0
      ? 'DO NOTHING'
      : `DO UPDATE SET ${assignments.join(', ')} WHERE (${current}) IS DISTINCT FROM (${incoming})`;
  return [
    `INSERT INTO ${quote(table)} (${columns.map((column) => quote(column.name)).join(', ')})`,
    `VALUES ${values.join(', ')}`,
    `ON CONFLICT (${conflictKey.map(quote).join(', ')}) ${onConflict}`,
    `RETURNING ${quote(table)}.${quote(conflictKey[0])} AS key, (${quote(table)}.xmax = 0) AS inserted`,
  ].join('\n');
}

/** Upserts up to `rowsPerStatement` rows in one statement. */
export async function upsertRows<Row>(manager: EntityManager, spec: UpsertTable<Row>, rows: readonly Row[]): Promise<UpsertOutcome> {
  if (rows.length === 0) return { inserted: [], updated: [] };
  if (rows.length > rowsPerStatement(spec.columns.length)) {
    throw new Error(`${rows.length} rows exceed one statement for ${spec.table}; split them with chunk()`);
  }
  const parameters = rows.flatMap((row) => spec.columns.map((column) => column.value(row)));
  const written: Array<{ key: string; inserted: boolean }> = await manager.query(upsertStatement(spec, rows.length), parameters);
  return {
    inserted: written.filter((row) => row.inserted).map((row) => String(row.key)),
    updated: written.filter((row) => !row.inserted).map((row) => String(row.key)),
  };
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
