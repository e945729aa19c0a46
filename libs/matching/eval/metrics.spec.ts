import { evaluateRankings, ndcgAt, recallAt, reciprocalRank } from './metrics.js';

describe('ranking metrics', () => {
  const relevant = new Set(['b', 'd']);
  const ranking = ['a', 'b', 'c', 'd', 'e'];

  it('recall@k counts the relevant items found in the first k', () => {
    expect(recallAt(ranking, relevant, 1)).toBe(0);
    expect(recallAt(ranking, relevant, 2)).toBe(0.5);
    expect(recallAt(ranking, relevant, 10)).toBe(1);
  });

  it('ndcg@k uses binary gains and the ideal ranking of the relevant items', () => {
    const dcg = 1 / Math.log2(3) + 1 / Math.log2(5);
    const ideal = 1 + 1 / Math.log2(3);
    expect(ndcgAt(ranking, relevant, 10)).toBeCloseTo(dcg / ideal, 10);
    expect(ndcgAt(['b', 'd', 'a'], relevant, 10)).toBeCloseTo(1, 10);
    expect(ndcgAt(['a', 'c'], relevant, 10)).toBe(0);
    // only one relevant item inside k = 1: the ideal is capped at k too
    expect(ndcgAt(['b', 'a'], relevant, 1)).toBe(1);
  });

  it('reciprocal rank looks at the first relevant item only', () => {
    expect(reciprocalRank(ranking, relevant)).toBe(0.5);
    expect(reciprocalRank(['x'], relevant)).toBe(0);
  });

  it('averages per query and skips queries with nothing relevant', () => {
    const metrics = evaluateRankings([
      { ranking: ['a', 'b'], relevant: new Set(['a']) },
      { ranking: ['a', 'b'], relevant: new Set(['b']) },
      { ranking: ['a'], relevant: new Set<string>() },
    ]);
    expect(metrics.queries).toBe(2);
    expect(metrics.recallAt10).toBe(1);
    expect(metrics.mrr).toBeCloseTo(0.75, 10);
    expect(metrics.ndcgAt10).toBeCloseTo((1 + 1 / Math.log2(3)) / 2, 10);
  });
});
