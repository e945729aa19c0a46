import type { Actor } from './actor.js';
import { REGION_SCOPED_ROLES, isOneOf, type Role } from './roles.js';
import { anyOf, inActorRegion, never, type Condition } from './scope.js';

/**
 * Which accounts an actor may create, see and change. The centre admin manages everyone in
 * their region subtree; centre staff open HR and seeker accounts there; a grid worker opens
 * seeker accounts for residents of their grid. HR officers and seekers manage nobody.
 */
export const MANAGEABLE_ROLES: Record<Role, readonly Role[]> = {
  centre_admin: ['centre_admin', 'centre_staff', 'grid_worker', 'hr_officer', 'seeker'],
  centre_staff: ['hr_officer', 'seeker'],
  grid_worker: ['seeker'],
  hr_officer: [],
  seeker: [],
};

/** Condition on `u` (a user_account) for the accounts `actor` manages. */
export function managedAccounts(actor: Actor): Condition {
  const roles = MANAGEABLE_ROLES[actor.role];
  const parts: Condition[] = [];
  const regional = roles.filter((role) => isOneOf(role, REGION_SCOPED_ROLES));
  if (regional.length > 0) {
    const [sql, params] = inActorRegion(actor, 'u.region_code', 'managerRegion');
    parts.push([`u.role IN (:...regionalRoles) AND ${sql}`, { ...params, regionalRoles: regional }]);
  }
  if (roles.includes('hr_officer')) {
    const [sql, params] = inActorRegion(actor, 'e.region_code', 'managerRegion');
    parts.push([`u.role = 'hr_officer' AND EXISTS (SELECT 1 FROM enterprise e WHERE e.id = u.enterprise_id AND ${sql})`, params]);
  }
  if (roles.includes('seeker')) {
    const [sql, params] = inActorRegion(actor, 'sk.region_code', 'managerRegion');
    parts.push([`u.role = 'seeker' AND EXISTS (SELECT 1 FROM seeker sk WHERE sk.id = u.seeker_id AND ${sql})`, params]);
  }
  return parts.length === 0 ? never() : anyOf(...parts);
}
