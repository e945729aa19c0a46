import type { Actor } from '../auth/actor.js';
import { CENTRE_ROLES, isOneOf } from '../auth/roles.js';
import { inActorRegion, never, type Condition } from '../auth/scope.js';

/**
 * Series and events a centre may organise: those of its region. Everybody signed in reads
 * the schedule (it is public); `alias` names the event or event_series table.
 */
export function managedEvents(actor: Actor, alias: string): Condition {
  return isOneOf(actor.role, CENTRE_ROLES) ? inActorRegion(actor, `${alias}.region_code`, 'scopeRegion') : never();
}
