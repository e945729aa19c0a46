import type { Actor } from '../auth/actor.js';
import { CENTRE_ROLES, isOneOf } from '../auth/roles.js';
import { inActorRegion, never, type Condition } from '../auth/scope.js';

/**
 * Enterprises an actor may change: the centre's in its region, the HR officer's own.
 * `alias` names the enterprise table in the caller's query.
 */
export function managedEnterprises(actor: Actor, alias: string): Condition {
  if (isOneOf(actor.role, CENTRE_ROLES)) return inActorRegion(actor, `${alias}.region_code`, 'scopeRegion');
  if (actor.role === 'hr_officer') return [`${alias}.id = :scopeEnterprise`, { scopeEnterprise: actor.enterpriseId }];
  return never();
}

/**
 * Enterprises an actor may read: those they manage, and, for grid workers and seekers,
 * every enterprise that is recruiting (has an open position): its public employer profile.
 */
export function visibleEnterprises(actor: Actor, alias: string): Condition {
  if (actor.role === 'grid_worker' || actor.role === 'seeker') {
    return [`EXISTS (SELECT 1 FROM position vp WHERE vp.enterprise_id = ${alias}.id AND vp.status = 'open')`, {}];
  }
  return managedEnterprises(actor, alias);
}
