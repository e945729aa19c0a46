import type { DataSource, EntityManager } from 'typeorm';
import { NotFoundError } from '../core/errors/domain-error.js';
import type { Actor } from './actor.js';
import type { Condition } from './scope.js';

/** A feature's scope rule: the condition on `alias` for the records `actor` may reach. */
export type Scope = (actor: Actor, alias: string) => Condition;

/**
 * 404 unless the record exists within `scope` for the actor: a record out of scope is
 * answered exactly like one that does not exist.
 */
export async function assertInScope(
  db: DataSource | EntityManager,
  actor: Actor,
  table: 'seeker' | 'position' | 'enterprise' | 'application' | 'event' | 'event_series' | 'training_program',
  id: string,
  scope: Scope,
): Promise<void> {
  if (!(await isInScope(db, actor, table, id, scope))) throw new NotFoundError(table, id);
}

export async function isInScope(db: DataSource | EntityManager, actor: Actor, table: string, id: string, scope: Scope): Promise<boolean> {
  const found = await db
    .createQueryBuilder()
    .select('1')
    .from(table, 'subject')
    .where('subject.id = :id', { id })
    .andWhere(...scope(actor, 'subject'))
    .getRawOne();
  return found !== undefined;
}
