import tfidfModule from 'natural/lib/natural/tfidf/index.js';
import { tokenize } from '../../../libs/matching/index.js';
import type { PositionInput, SeekerInput } from '../../../libs/matching/types.js';
import { timedSync } from './stats.js';

// natural's tfidf/index.js is CommonJS (`exports.TfIdf = …`): under ESM its default
// import is that exports object. Importing the part avoids natural's root, which loads
// database drivers and reads .env.
const { TfIdf } = tfidfModule;

export interface BruteForceResult {
  indexMs: number;
  perSeekerMs: number;
  seekers: number;
  positions: number;
  pairsScored: number;
}

const positionText = (p: PositionInput): string => [p.title, p.description, ...p.skills].join(' ');
const seekerText = (s: SeekerInput): string => [...s.desiredTitles, s.experienceText, ...s.skills].join(' ');

/**
 * The straightforward approach: one TF-IDF document per position (tokens from the same
 * jieba tokenizer as the engine, since natural cannot segment Chinese), then every
 * sampled seeker is scored against every position and the top K kept.
 */
export function runBruteForce(positions: readonly PositionInput[], seekers: readonly SeekerInput[], limit: number): BruteForceResult {
  const tfidf = new TfIdf();
  const index = timedSync(() => {
    for (const position of positions) tfidf.addDocument(tokenize(positionText(position)), position.id);
  });
  let pairs = 0;
  const scoring = timedSync(() => {
    for (const seeker of seekers) {
      const scores = tfidf.tfidfs(tokenize(seekerText(seeker)));
      pairs += scores.length;
      topK(scores, limit);
    }
  });
  return {
    indexMs: index.ms,
    perSeekerMs: scoring.ms / Math.max(1, seekers.length),
    seekers: seekers.length,
    positions: positions.length,
    pairsScored: pairs,
  };
}

function topK(scores: readonly number[], k: number): number[] {
  return scores
    .map((score, i) => ({ score, i }))
    .sort((a, b) => b.score - a.score)
    .slice(0, k)
    .map(({ i }) => i);
}
