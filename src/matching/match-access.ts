import type { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import type { Scope } from '../auth/assert-in-scope.js';
import { NotFoundError } from '../core/errors/domain-error.js';
import { managedPositions, visiblePositions } from '../positions/position-scope.js';
import { managedSeekers, visibleSeekers } from '../seekers/seeker-scope.js';
import { preparedQuery } from '../core/database/prepared-query.js';

export const seekerScopes = { managed: managedSeekers, visible: visibleSeekers } as const;

/** Open positions are public, except that an HR officer explains and reads candidates only for its own. */
export const positionScopes = {
  managed: managedPositions,
  visible: visiblePositions,
  forExplain: (actor: Actor, alias: string) => (actor.role === 'hr_officer' ? managedPositions(actor, alias) : visiblePositions(actor, alias)),
} as const;

/**
 * The auth module's assertInScope (the same query from the same scope rule, 404 when the
 * record is missing or out of scope), run as a prepared statement: every read of a list
 * starts with this check, and planning it cost more than running it.
 */
export async function assertInScope(dataSource: DataSource, actor: Actor, table: 'seeker' | 'position', id: string, scope: Scope): Promise<void> {
  const [condition, params] = scope(actor, 'subject');
  // Arrays and functions change the SQL the builder writes (IN lists, raw expressions): built each time.
  const plain = Object.values(params).every((value) => !Array.isArray(value) && typeof value !== 'function');
  const [sql, values] = plain ? withValues(compiled(dataSource, table, condition, Object.keys(params)), { ...params, id }) : build(dataSource, table, condition, { ...params, id });
  const found = await preparedQuery(dataSource, sql, values);
  if (found.length === 0) throw new NotFoundError(table, id);
}

/**
 * The query builder's SQL for one shape of condition, with the order its named parameters
 * take as $1, $2 …. Building it cost more than running the prepared statement, and there
 * are a handful of shapes (one per role and scope), so each is built once, with markers
 * for values, and reused with the request's values.
 */
const shapes = new Map<string, { sql: string; order: string[] }>();

function compiled(dataSource: DataSource, table: string, condition: string, names: string[]): { sql: string; order: string[] } {
  const key = `${table}\u0000${condition}\u0000${names.join(',')}`;
  let shape = shapes.get(key);
  if (!shape) {
    const marker = (name: string) => `\u0000param:${name}`;
    const [sql, values] = build(dataSource, table, condition, Object.fromEntries(['id', ...names].map((name) => [name, marker(name)])));
    shape = { sql, order: values.map((value) => String(value).slice(marker('').length)) };
    shapes.set(key, shape);
  }
  return shape;
}

const withValues = ({ sql, order }: { sql: string; order: string[] }, params: Record<string, unknown>): [string, unknown[]] => [sql, order.map((name) => params[name])];

function build(dataSource: DataSource, table: string, condition: string, params: Record<string, unknown>): [string, unknown[]] {
  const { id, ...rest } = params;
  return dataSource.createQueryBuilder().select('1').from(table, 'subject').where('subject.id = :id', { id }).andWhere(condition, rest).getQueryAndParameters();
}
