import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { inActorRegion } from '../auth/scope.js';
import { InvalidInputError } from '../core/errors/domain-error.js';
import { Region } from '../regions/region.entity.js';
import type { EventKind } from './event-series.entity.js';

/**
 * Where an event may be organised: a region of the actor's own, and for a fair a community
 * (or a grid: fairs are held where residents live). Anything else answers like an unknown region.
 */
export async function assertEventRegion(manager: EntityManager, actor: Actor, kind: EventKind, regionCode: string): Promise<void> {
  const region = await manager
    .createQueryBuilder(Region, 'region')
    .where('region.code = :regionCode', { regionCode })
    .andWhere(...inActorRegion(actor, 'region.code'))
    .getOne();
  if (!region) throw new InvalidInputError('regionCode', `region ${regionCode} does not exist`);
  if (kind === 'fair' && region.level !== 'community' && region.level !== 'grid') {
    throw new InvalidInputError('regionCode', 'a community job fair is held in a community (or one of its grids)');
  }
}
