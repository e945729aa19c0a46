import { MatchingEngine } from '../../../libs/matching/index.js';
import type { SyntheticCity } from '../../../libs/matching/bench/synthetic-city.js';
import type { SeekerInput } from '../../../libs/matching/types.js';
import { timedSync } from './stats.js';

export interface EngineAloneResult {
  engine: MatchingEngine;
  indexPositionsMs: number;
  indexSeekersMs: number;
  seekerRebuildMs: number;
  positionRebuildMs: number;
  seekerPairs: number;
  positionPairs: number;
  seekerMatches: number;
  positionMatches: number;
  queriedSeekers: number;
  queriedPositions: number;
}

/**
 * The engine with no database: index the city, then the full rebuild the worker does
 * (ranked top-K for every seeker and every position; explanations are made when a page
 * is read, not here).
 */
export function runEngineAlone(city: SyntheticCity, now: string, topPerSeeker: number, topPerPosition: number, weights: unknown): EngineAloneResult {
  const engine = new MatchingEngine({ now, weights });
  const indexPositions = timedSync(() => engine.indexPositions(city.positions));
  const indexSeekers = timedSync(() => engine.indexSeekers(city.seekers));

  engine.resetStats();
  const seekerSide = timedSync(() => {
    let matches = 0;
    let queried = 0;
    for (const seeker of city.seekers) {
      matches += engine.rankPositionsForSeeker(seeker, { limit: topPerSeeker }).length;
      queried++;
    }
    return { matches, queried };
  });
  const seekerPairs = engine.stats.pairsScored;
  const positionSide = timedSync(() => {
    let matches = 0;
    let queried = 0;
    for (const position of city.positions) {
      matches += engine.rankSeekersForPosition(position, { limit: topPerPosition }).length;
      queried++;
    }
    return { matches, queried };
  });
  return {
    engine,
    indexPositionsMs: indexPositions.ms,
    indexSeekersMs: indexSeekers.ms,
    seekerRebuildMs: seekerSide.ms,
    positionRebuildMs: positionSide.ms,
    seekerPairs,
    positionPairs: engine.stats.pairsScored - seekerPairs,
    seekerMatches: seekerSide.value.matches,
    positionMatches: positionSide.value.matches,
    queriedSeekers: seekerSide.value.queried,
    queriedPositions: positionSide.value.queried,
  };
}

/** Time per seeker of ranking its top-K, as the worker does (the baseline ranks too). */
export function timeEnginePerSeeker(engine: MatchingEngine, seekers: readonly SeekerInput[], limit: number): number {
  const { ms } = timedSync(() => {
    for (const seeker of seekers) engine.rankPositionsForSeeker(seeker, { limit });
  });
  return ms / Math.max(1, seekers.length);
}

/** Every k-th matchable seeker, so the sample spreads over the whole city. */
export function sampleSeekers(seekers: readonly SeekerInput[], size: number): SeekerInput[] {
  const matchable = seekers.filter((s) => s.status === 'active' && s.consentToMatch);
  const step = Math.max(1, Math.floor(matchable.length / Math.max(1, size)));
  const sample: SeekerInput[] = [];
  for (let i = 0; i < matchable.length && sample.length < size; i += step) sample.push(matchable[i]);
  return sample;
}
