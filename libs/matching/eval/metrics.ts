/**
 * Ranking metrics with binary relevance, averaged per query (here: per seeker), as in
 * the job-views protocol. `ranking` is the engine's order, best first; `relevant` the
 * ids the seeker actually viewed.
 */

export const recallAt = (ranking: readonly string[], relevant: ReadonlySet<string>, k: number): number => {
  if (relevant.size === 0) return 0;
  let hits = 0;
  for (let i = 0; i < Math.min(k, ranking.length); i++) if (relevant.has(ranking[i])) hits++;
  return hits / relevant.size;
};

/** Binary gains: DCG = Σ 1/log2(rank+1) over relevant hits; ideal puts all relevant first. */
export const ndcgAt = (ranking: readonly string[], relevant: ReadonlySet<string>, k: number): number => {
  if (relevant.size === 0) return 0;
  let dcg = 0;
  for (let i = 0; i < Math.min(k, ranking.length); i++) if (relevant.has(ranking[i])) dcg += 1 / Math.log2(i + 2);
  let ideal = 0;
  for (let i = 0; i < Math.min(k, relevant.size); i++) ideal += 1 / Math.log2(i + 2);
  return dcg / ideal;
};

/** 1 / rank of the first relevant item in the whole ranking; 0 when none is ranked. */
export const reciprocalRank = (ranking: readonly string[], relevant: ReadonlySet<string>): number => {
  for (let i = 0; i < ranking.length; i++) if (relevant.has(ranking[i])) return 1 / (i + 1);
  return 0;
};

export interface RankingMetrics {
  queries: number;
  recallAt10: number;
  ndcgAt10: number;
  mrr: number;
}

/** Means over queries; a query with no relevant items is skipped (nothing to find). */
export const evaluateRankings = (
  runs: Iterable<{ ranking: readonly string[]; relevant: ReadonlySet<string> }>,
  k = 10,
): RankingMetrics => {
  let queries = 0;
  let recall = 0;
  let ndcg = 0;
  let mrr = 0;
  for (const { ranking, relevant } of runs) {
    if (relevant.size === 0) continue;
    queries++;
    recall += recallAt(ranking, relevant, k);
    ndcg += ndcgAt(ranking, relevant, k);
    mrr += reciprocalRank(ranking, relevant);
  }
  const mean = (sum: number): number => (queries ? sum / queries : 0);
  return { queries, recallAt10: mean(recall), ndcgAt10: mean(ndcg), mrr: mean(mrr) };
};
