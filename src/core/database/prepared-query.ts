import { createHash } from 'node:crypto';
import { QueryFailedError, type DataSource } from 'typeorm';

interface PgPool {
  query(config: { name: string; text: string; values: readonly unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs a read as a named prepared statement on TypeORM's own connection pool.
 * `dataSource.query` sends every statement unnamed, so PostgreSQL parses and plans it on
 * each call. For the queries behind one page of recommendations planning cost more than
 * running them: PostgreSQL's CPU for the page query fell from about 1.7 ms to 0.25 ms,
 * for the 20 positions' inputs from 1.0 to 0.4 ms. A named statement is parsed and
 * planned once per pooled connection and then only executed.
 *
 * The name is derived from the text, so one text always has one name (pg refuses a name
 * reused for other text) and a query whose text is built from filters gets one statement
 * per variant. Errors are wrapped as TypeORM's would be, so they map to the same answers.
 */
export async function preparedQuery<T>(dataSource: DataSource, text: string, values: readonly unknown[]): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { master: PgPool }).master;
  try {
    const result = await pool.query({ name: statementName(text), text, values });
    return result.rows as T[];
  } catch (error) {
    throw new QueryFailedError(text, [...values], error as Error);
  }
}

const names = new Map<string, string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `jb_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}
