import { generateSyntheticCity } from './bench/synthetic-city.js';
import { MatchingEngine } from './engine.js';
import { F } from './score.js';
import { NOW, welderPosition, welderSeeker } from './test-fixtures.js';
import { FEATURE_NAMES, type Match } from './types.js';
import { ENGINE_VERSION } from './version.js';

// One small county for the whole file: 600 seekers × 400 positions.
const city = generateSyntheticCity({ seed: 7, seekers: 600, positions: 400, now: NOW });
const built = new MatchingEngine({ now: NOW });
built.indexPositions(city.positions);
built.indexSeekers(city.seekers);

const ids = (matches: Match[], key: 'positionId' | 'seekerId'): string[] => matches.map((m) => m[key]);

describe('MatchingEngine', () => {
  it('keeps the feature slots in FEATURE_NAMES order', () => {
    FEATURE_NAMES.forEach((name, index) => expect(F[name]).toBe(index));
  });

  it('explains a good pair in plain Chinese and stamps the engine version', () => {
    const match = built.explain(welderSeeker(), welderPosition());
    expect(match.eligible).toBe(true);
    expect(match.engineVersion).toBe(ENGINE_VERSION);
    expect(match.score).toBeGreaterThan(0.5);
    expect(match.score).toBeLessThanOrEqual(1);
    expect(Number.isInteger(match.score * 10_000)).toBe(true);
    const zh = match.reasons.map((r) => r.zh);
    expect(zh).toEqual(
      expect.arrayContaining(['持有焊工四级证书（已核验）', '技能匹配：电焊、氩弧焊', '距离约3公里', '岗位职业与求职意向一致']),
    );
    for (const value of Object.values(match.features)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  it('reports soft gaps: pay below the wish, too far, missing skills', () => {
    const match = built.explain(
      welderSeeker({ desiredSalaryMin: 12000, maxTravelKm: 1, skills: ['电焊'] }),
      welderPosition(),
    );
    expect(match.eligible).toBe(true);
    expect(match.gaps).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'SALARY_BELOW_EXPECTATION', zh: '期望薪资高于岗位上限' }),
        expect.objectContaining({ code: 'TOO_FAR' }),
        { code: 'MISSING_SKILLS', zh: '缺少技能：氩弧焊' },
      ]),
    );
  });

  it('is deterministic: same input, same ranking, whatever the indexing order', () => {
    const reversed = new MatchingEngine({ now: NOW });
    reversed.indexPositions([...city.positions].reverse());
    reversed.indexSeekers([...city.seekers].reverse());
    for (const seeker of city.seekers.slice(0, 40)) {
      const a = built.recommendForSeeker(seeker, { limit: 10 });
      expect(built.recommendForSeeker(seeker, { limit: 10 })).toEqual(a);
      expect(reversed.recommendForSeeker(seeker, { limit: 10 })).toEqual(a);
    }
  });

  it('ranks best first with ties broken by id', () => {
    const seeker = city.seekers.find((s) => s.status === 'active' && s.consentToMatch)!;
    const ranked = built.rankPositionsForSeeker(seeker, { limit: 50, exhaustive: true });
    for (let i = 1; i < ranked.length; i++) {
      const [a, b] = [ranked[i - 1], ranked[i]];
      expect(a.score > b.score || (a.score === b.score && a.positionId < b.positionId)).toBe(true);
    }
  });

  it('ranks without explaining exactly as it does with explanations, on both sides', () => {
    for (const seeker of city.seekers.slice(0, 40)) {
      const explained = built.recommendForSeeker(seeker, { limit: 20 });
      expect(built.rankPositionsForSeeker(seeker, { limit: 20 })).toEqual(
        explained.map((m) => ({ positionId: m.positionId, score: m.score })),
      );
    }
    for (const position of city.positions.slice(0, 40)) {
      const explained = built.candidatesForPosition(position, { limit: 20 });
      expect(built.rankSeekersForPosition(position, { limit: 20 })).toEqual(
        explained.map((m) => ({ seekerId: m.seekerId, score: m.score })),
      );
    }
  });

  it('candidate generation scores far fewer pairs than N × M and returns the brute-force top-10', () => {
    built.resetStats();
    const viaIndex = city.seekers.map((s) => ids(built.recommendForSeeker(s, { limit: 10 }), 'positionId'));
    const indexedPairs = built.stats.pairsScored;
    built.resetStats();
    const bruteForce = city.seekers.map((s) => ids(built.recommendForSeeker(s, { limit: 10, exhaustive: true }), 'positionId'));
    const allPairs = built.stats.pairsScored;
    expect(viaIndex).toEqual(bruteForce);
    expect(bruteForce.some((top) => top.length === 10)).toBe(true);
    expect(indexedPairs).toBeLessThan(allPairs * 0.5);

    built.resetStats();
    const positionsViaIndex = city.positions.map((p) => ids(built.candidatesForPosition(p, { limit: 10 }), 'seekerId'));
    const positionPairs = built.stats.pairsScored;
    built.resetStats();
    const positionsBrute = city.positions.map((p) => ids(built.candidatesForPosition(p, { limit: 10, exhaustive: true }), 'seekerId'));
    expect(positionsViaIndex).toEqual(positionsBrute);
    expect(positionPairs).toBeLessThan(built.stats.pairsScored * 0.5);
  });

  it('keeps the index current through upserts and removals', () => {
    const engine = new MatchingEngine({ now: NOW });
    engine.indexPositions([welderPosition()]);
    const seeker = welderSeeker();
    expect(ids(engine.recommendForSeeker(seeker), 'positionId')).toEqual(['pos-welder']);
    engine.upsertPosition(welderPosition({ status: 'filled' }));
    expect(engine.recommendForSeeker(seeker)).toEqual([]);
    engine.upsertPosition(welderPosition({ id: 'pos-2', title: '氩弧焊工' }));
    engine.upsertPosition(welderPosition());
    expect(ids(engine.recommendForSeeker(seeker), 'positionId').sort()).toEqual(['pos-2', 'pos-welder']);
    expect(engine.removePosition('pos-2')).toBe(true);
    expect(engine.removePosition('pos-2')).toBe(false);
    expect(engine.positionCount).toBe(1);

    engine.indexSeekers([seeker, welderSeeker({ id: 'skr-2', consentToMatch: false })]);
    expect(ids(engine.candidatesForPosition(welderPosition()), 'seekerId')).toEqual(['skr-welder']);
    engine.upsertSeeker(welderSeeker({ id: 'skr-2' }));
    expect(ids(engine.candidatesForPosition(welderPosition()), 'seekerId').sort()).toEqual(['skr-2', 'skr-welder']);
    engine.removeSeeker('skr-welder');
    expect(ids(engine.candidatesForPosition(welderPosition()), 'seekerId')).toEqual(['skr-2']);
  });

  it('shards a full rebuild by id so workers split it without overlap', () => {
    const shards = [0, 1, 2].map((index) =>
      [...built.recommendAll({ limit: 3, shard: { index, count: 3 } })].map((r) => r.seekerId),
    );
    const all = shards.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(city.seekers.length);
  });

  it('validates weights given to the constructor', () => {
    expect(() => new MatchingEngine({ now: NOW, weights: { seeker: { proximity: -1 } } })).toThrow(/must not be negative/);
  });
});
