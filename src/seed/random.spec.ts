import { Random, hashString } from './random.js';

describe('Random (mulberry32)', () => {
  const draws = (rng: Random, count: number) => Array.from({ length: count }, () => rng.next());

  it('gives the same sequence for the same seed and another for another seed', () => {
    expect(draws(new Random(20261123), 20)).toEqual(draws(new Random(20261123), 20));
    expect(draws(new Random(20261123), 20)).not.toEqual(draws(new Random(20261124), 20));
  });

  it('stays within [0, 1) and spreads evenly', () => {
    const rng = new Random(1);
    const bins = new Array(10).fill(0);
    for (let i = 0; i < 50_000; i++) {
      const value = rng.next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      bins[Math.floor(value * 10)]++;
    }
    for (const count of bins) expect(Math.abs(count - 5000)).toBeLessThan(300);
  });

  it('forks streams that depend only on the seed and the key, not on earlier draws', () => {
    const a = new Random(42);
    const b = new Random(42);
    draws(b, 100);
    expect(draws(a.fork('seeker:7'), 5)).toEqual(draws(b.fork('seeker:7'), 5));
    expect(draws(a.fork('seeker:7'), 5)).not.toEqual(draws(a.fork('seeker:8'), 5));
  });

  it('draws integers in the closed range, all of them', () => {
    const rng = new Random(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const value = rng.int(3, 10);
      expect(Number.isInteger(value)).toBe(true);
      seen.add(value);
    }
    expect([...seen].sort((x, y) => x - y)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('never picks a zero weight and follows the weights', () => {
    const rng = new Random(5);
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 10_000; i++) counts[rng.weighted([['a', 3], ['never', 0], ['b', 1]] as const)]++;
    expect(counts.never).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.5);
    expect(counts.a / counts.b).toBeLessThan(3.5);
    expect(() => rng.weighted([['x', 0]])).toThrow('positive total weight');
  });

  it('samples distinct items and shuffles into a permutation', () => {
    const rng = new Random(9);
    const items = ['甲', '乙', '丙', '丁', '戊'];
    const sample = rng.sample(items, 3);
    expect(new Set(sample).size).toBe(3);
    expect(rng.sample(items, 10)).toHaveLength(5);
    expect(rng.shuffle(items).sort()).toEqual([...items].sort());
    expect(() => rng.pick([])).toThrow('empty');
  });

  it('hashes keys to well-spread 32-bit seeds', () => {
    expect(hashString('seeker:1')).toBe(hashString('seeker:1'));
    expect(hashString('seeker:1')).not.toBe(hashString('seeker:2'));
    expect(hashString('')).toBeGreaterThanOrEqual(0);
    expect(hashString('x')).toBeLessThan(2 ** 32);
  });
});
