/** A DataSource or a transaction's EntityManager. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** One column of a bulk insert: its unnest array type and how a row gives its value. */
export interface BulkColumn<T> {
  name: string;
  /** Element type of the array parameter, e.g. 'uuid', 'text', 'jsonb'. */
  type: string;
  value: (row: T) => unknown;
  /** SQL that turns the unnested value `v` into the column's value (default: v itself). */
  expr?: (v: string) => string;
}

/** Turns a jsonb array of strings into the varchar[] columns the schema uses. */
export const jsonStringArray = (v: string): string => `ARRAY(SELECT jsonb_array_elements_text(${v}))::varchar[]`;

/**
 * INSERT … SELECT FROM unnest($1::t1[], $2::t2[], …): one round trip per chunk with one
 * array parameter per column, whatever the number of rows.
 */
export async function bulkInsert<T>(
  db: Queryable,
  table: string,
  columns: readonly BulkColumn<T>[],
  rows: readonly T[],
  chunkSize = 5000,
): Promise<number> {
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`);
  const select = columns.map((c, i) => (c.expr ? c.expr(aliases[i]) : aliases[i])).join(', ');
  const unnest = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${unnest}) AS u(${aliases.join(', ')})`;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    await db.query(
      sql,
      columns.map((c) => chunk.map((row) => serialize(c.type, c.value(row)))),
    );
  }
  return rows.length;
}

const serialize = (type: string, value: unknown): unknown =>
  type === 'jsonb' && value !== null && value !== undefined ? JSON.stringify(value) : (value ?? null);
