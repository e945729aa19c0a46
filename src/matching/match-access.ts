import type { Actor } from '../auth/actor.js';
import { managedPositions, visiblePositions } from '../positions/position-scope.js';
import { managedSeekers, visibleSeekers } from '../seekers/seeker-scope.js';

export { assertInScope } from '../auth/assert-in-scope.js';

export const seekerScopes = { managed: managedSeekers, visible: visibleSeekers } as const;

/** Open positions are public, except that an HR officer explains and reads candidates only for its own. */
export const positionScopes = {
  managed: managedPositions,
  visible: visiblePositions,
  forExplain: (actor: Actor, alias: string) => (actor.role === 'hr_officer' ? managedPositions(actor, alias) : visiblePositions(actor, alias)),
} as const;
