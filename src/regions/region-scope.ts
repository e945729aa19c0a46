import type { Actor } from '../auth/actor.js';
import { CENTRE_ROLES, isOneOf } from '../auth/roles.js';
import { always, inActorRegion, never, type Condition } from '../auth/scope.js';

/**
 * Regions an actor may place a record in (an enterprise's seat, a position's workplace):
 * the centre inside its own subtree, so it never creates what it could not see again; an
 * HR officer anywhere, because an enterprise may work far from any one centre. Callers
 * report a region outside this exactly like an unknown one. `alias` names the region table.
 */
export function placeableRegions(actor: Actor, alias: string): Condition {
  if (isOneOf(actor.role, CENTRE_ROLES)) return inActorRegion(actor, `${alias}.code`, 'scopeRegion');
  if (actor.role === 'hr_officer') return always();
  return never();
}
