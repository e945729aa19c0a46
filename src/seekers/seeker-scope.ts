import type { Actor } from '../auth/actor.js';
import { REGION_SCOPED_ROLES, isOneOf } from '../auth/roles.js';
import { inActorRegion, never, type Condition } from '../auth/scope.js';

/**
 * Seekers an actor may change (and read in full): residents of the centre's or grid
 * worker's region; a seeker themself. `alias` names the seeker table in the caller's query.
 */
export function managedSeekers(actor: Actor, alias: string): Condition {
  if (isOneOf(actor.role, REGION_SCOPED_ROLES)) return inActorRegion(actor, `${alias}.region_code`, 'scopeRegion');
  if (actor.role === 'seeker') return [`${alias}.id = :scopeSeeker`, { scopeSeeker: actor.seekerId }];
  return never();
}

/**
 * Seekers an actor may read. Besides those they manage, an HR officer reads the seekers
 * who applied to the enterprise, and those who consented to matching and are stored
 * candidates of one of its positions.
 */
export function visibleSeekers(actor: Actor, alias: string): Condition {
  if (actor.role !== 'hr_officer') return managedSeekers(actor, alias);
  return [
    `(EXISTS (SELECT 1 FROM application ha WHERE ha.seeker_id = ${alias}.id AND ha.enterprise_id = :scopeEnterprise)
      OR (${alias}.consent_to_match AND EXISTS (
       SELECT 1 FROM position_candidate hc JOIN position hp ON hp.id = hc.position_id
        WHERE hc.seeker_id = ${alias}.id AND hp.enterprise_id = :scopeEnterprise)))`,
    { scopeEnterprise: actor.enterpriseId },
  ];
}
