import type { Actor } from '../auth/actor.js';
import { CENTRE_ROLES, isOneOf } from '../auth/roles.js';
import { anyOf, inActorRegion, never, type Condition } from '../auth/scope.js';

/**
 * Positions an actor may change and see in every status: the HR officer's enterprise's;
 * the centre's where either the workplace or the enterprise lies in its region.
 * `alias` names the position table in the caller's query.
 */
export function managedPositions(actor: Actor, alias: string): Condition {
  if (actor.role === 'hr_officer') return [`${alias}.enterprise_id = :scopeEnterprise`, { scopeEnterprise: actor.enterpriseId }];
  if (!isOneOf(actor.role, CENTRE_ROLES)) return never();
  if (actor.regionCode === null) return inActorRegion(actor, `${alias}.region_code`, 'scopeRegion');
  const [inRegion, params] = inActorRegion(actor, 'se.region_code', 'scopeRegion');
  return anyOf(
    inActorRegion(actor, `${alias}.region_code`, 'scopeRegion'),
    [`EXISTS (SELECT 1 FROM enterprise se WHERE se.id = ${alias}.enterprise_id AND ${inRegion})`, params],
  );
}

/** Open positions are public listings, readable by every signed-in role; other statuses only by their managers. */
export function visiblePositions(actor: Actor, alias: string): Condition {
  return anyOf([`${alias}.status = 'open'`, {}], managedPositions(actor, alias));
}
