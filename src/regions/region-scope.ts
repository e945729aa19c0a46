import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { REGION_SCOPED_ROLES, isOneOf } from '../auth/roles.js';
import { always, inActorRegion, never, type Condition } from '../auth/scope.js';
import { InvalidInputError } from '../core/errors/domain-error.js';
import { Region } from './region.entity.js';

/**
 * Regions an actor may place a record in (an enterprise's seat, a position's workplace):
 * centre staff and grid workers inside their own subtree, so they never create what they could
 * not see again; an
 * HR officer anywhere, because an enterprise may work far from any one centre. Callers
 * report a region outside this exactly like an unknown one. `alias` names the region table.
 */
export function placeableRegions(actor: Actor, alias: string): Condition {
  if (isOneOf(actor.role, REGION_SCOPED_ROLES)) return inActorRegion(actor, `${alias}.code`, 'scopeRegion');
  if (actor.role === 'hr_officer') return always();
  return never();
}

/** The region, when the actor may place a record in it; otherwise 400 on the field, worded like an unknown region. */
export async function placeableRegion(db: DataSource | EntityManager, actor: Actor, code: string, field = 'regionCode'): Promise<Region> {
  const region = await db
    .createQueryBuilder(Region, 'region')
    .where('region.code = :code', { code })
    .andWhere(...placeableRegions(actor, 'region'))
    .getOne();
  if (!region) throw new InvalidInputError(field, `region ${code} does not exist`);
  return region;
}
