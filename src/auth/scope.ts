import { inRegionSubtree } from '../regions/region-subtree.js';
import type { Actor } from './actor.js';

/** A query-builder condition and its parameters, ready for `qb.andWhere(...condition)`. */
export type Condition = [sql: string, params: Record<string, unknown>];

const EVERYTHING: Condition = ['TRUE', {}];
const NOTHING: Condition = ['FALSE', {}];

/**
 * The region column lies in the actor's region subtree. Actors without a region (a
 * nationwide centre account) see every region; roles not scoped by region see nothing.
 * `name` keeps parameter names apart when one query applies the condition twice.
 */
export function inActorRegion(actor: Actor, column: string, name = 'actorRegion'): Condition {
  if (actor.role === 'hr_officer' || actor.role === 'seeker') return NOTHING;
  if (actor.regionCode === null) return EVERYTHING;
  return [inRegionSubtree(column, `:${name}`), { [name]: actor.regionCode }];
}

/** Joins conditions with OR, e.g. "in my region, or my own enterprise". */
export function anyOf(...conditions: Condition[]): Condition {
  return [`(${conditions.map(([sql]) => `(${sql})`).join(' OR ')})`, Object.assign({}, ...conditions.map(([, params]) => params))];
}

export const always = (): Condition => EVERYTHING;
export const never = (): Condition => NOTHING;
