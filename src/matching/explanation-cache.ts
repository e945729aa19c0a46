import type { Match } from '../../libs/matching/index.js';

/** The hour a cached explanation or page was made in: reasons such as "new" age with it. */
export const clockHour = (now = Date.now()): number => Math.floor(now / 3_600_000);

/** About 2 KB each: a few tens of MB at most per API process. */
const MAX_ENTRIES = 20_000;

/**
 * Explanations already computed, valid for one stamp: the newest outbox change the engine
 * has synced to and the hour. Every change to a seeker or a position (certificates and
 * applications included) writes an outbox row, so a new stamp empties the cache; the hour
 * keeps time-dependent reasons (new, expiring) from ageing. A page read again before
 * anything changed costs no loading and no explaining.
 */
export class ExplanationCache {
  private stamp = '';
  private readonly entries = new Map<string, Match>();

  /** Starts a read under `stamp`; a stamp other than the cache's empties it. */
  begin(stamp: string): void {
    if (stamp === this.stamp) return;
    this.stamp = stamp;
    this.entries.clear();
  }

  get(key: string): Match | undefined {
    return this.entries.get(key);
  }

  /** Kept only when computed under the current stamp (a slower read may finish after a newer one began). */
  put(stamp: string, key: string, match: Match): void {
    if (stamp !== this.stamp) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, match);
  }
}
