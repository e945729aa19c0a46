import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { InvalidInputError } from '../core/errors/domain-error.js';
import { placeableRegion } from '../regions/region-scope.js';
import type { EventKind } from './event-series.entity.js';

/**
 * Where an event may be organised: a region of the actor's own, and for a fair a community
 * (or a grid: fairs are held where residents live). Anything else answers like an unknown region.
 */
export async function assertEventRegion(manager: EntityManager, actor: Actor, kind: EventKind, regionCode: string): Promise<void> {
  const region = await placeableRegion(manager, actor, regionCode);
  if (kind === 'fair' && region.level !== 'community' && region.level !== 'grid') {
    throw new InvalidInputError('regionCode', 'a community job fair is held in a community (or one of its grids)');
  }
}
