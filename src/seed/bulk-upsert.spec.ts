import { jest } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import { MAX_ROWS_PER_STATEMENT, chunk, rowsPerStatement, upsertRows, upsertStatement, type UpsertTable } from './bulk-upsert.js';

interface Row {
  id: string;
  name: string;
  slots: unknown[];
  secret: string;
}

const TABLE: UpsertTable<Row> = {
  table: 'position',
  conflictKey: ['id'],
  columns: [
    { name: 'id', value: (row) => row.id, onConflict: 'sync' },
    { name: 'name', value: (row) => row.name, onConflict: 'sync' },
    { name: 'slots', value: (row) => JSON.stringify(row.slots), onConflict: 'sync', cast: 'jsonb' },
    { name: 'secret', value: (row) => row.secret, onConflict: 'keep' },
    { name: 'sealed', value: (row) => `sealed:${row.secret}`, onConflict: 'refresh' },
  ],
  onUpdate: ['updated_at = now()'],
};

describe('bulk upsert', () => {
  it('builds one multi-row INSERT that rewrites a row only when a synced column differs, never a kept one', () => {
    const sql = upsertStatement(TABLE, 2);
    expect(sql).toContain('INSERT INTO "position" ("id", "name", "slots", "secret", "sealed")');
    expect(sql).toContain('VALUES ($1, $2, $3::jsonb, $4, $5), ($6, $7, $8::jsonb, $9, $10)');
    expect(sql).toContain(
      'ON CONFLICT ("id") DO UPDATE SET "name" = EXCLUDED."name", "slots" = EXCLUDED."slots", "sealed" = EXCLUDED."sealed", updated_at = now()',
    );
    expect(sql).toContain('WHERE ("position"."name", "position"."slots") IS DISTINCT FROM (EXCLUDED."name", EXCLUDED."slots")');
    expect(sql).not.toContain('"secret" = EXCLUDED');
    expect(sql).toContain('RETURNING "position"."id" AS key, ("position".xmax = 0) AS inserted');
  });

  it('does nothing on conflict when every column is kept', () => {
    const keepAll: UpsertTable<Row> = { ...TABLE, columns: TABLE.columns.map((column) => ({ ...column, onConflict: 'keep' as const })) };
    expect(upsertStatement(keepAll, 1)).toContain('ON CONFLICT ("id") DO NOTHING');
  });

  it('sends the values in column order and tells inserts from updates', async () => {
    const query = jest.fn(async (_sql: string, _parameters: unknown[]) => [
      { key: 'a', inserted: true },
      { key: 'b', inserted: false },
    ]);
    const manager = { query } as unknown as EntityManager;
    const outcome = await upsertRows(manager, TABLE, [
      { id: 'a', name: '焊工', slots: [{ day: 1 }], secret: 's1' },
      { id: 'b', name: '电工', slots: [], secret: 's2' },
    ]);
    expect(outcome).toEqual({ inserted: ['a'], updated: ['b'] });
    expect(query.mock.calls[0][1]).toEqual(['a', '焊工', '[{"day":1}]', 's1', 'sealed:s1', 'b', '电工', '[]', 's2', 'sealed:s2']);
  });

  it('skips the round trip for no rows and refuses more rows than one statement takes', async () => {
    const query = jest.fn(async () => []);
    const manager = { query } as unknown as EntityManager;
    expect(await upsertRows(manager, TABLE, [])).toEqual({ inserted: [], updated: [] });
    expect(query).not.toHaveBeenCalled();
    const tooMany = Array.from({ length: MAX_ROWS_PER_STATEMENT + 1 }, (_, i) => ({ id: String(i), name: '', slots: [], secret: '' }));
    await expect(upsertRows(manager, TABLE, tooMany)).rejects.toThrow('exceed one statement');
  });

  it('keeps statements within 1000 rows and PostgreSQL’s 65,535 parameters', () => {
    expect(rowsPerStatement(4)).toBe(1000);
    expect(rowsPerStatement(100)).toBe(655);
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 2)).toEqual([]);
  });
});
