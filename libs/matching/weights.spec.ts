import { DEFAULT_WEIGHTS, parseWeights, validateWeights, WeightsValidationError } from './weights.js';

describe('matching weights', () => {
  it('accepts a partial override and keeps the defaults elsewhere', () => {
    const result = validateWeights({ seeker: { proximity: 5 }, params: { reciprocity: -1 } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.weights.seeker.proximity).toBe(5);
    expect(result.weights.params.reciprocity).toBe(-1);
    expect(result.weights.employer).toEqual(DEFAULT_WEIGHTS.employer);
    expect(DEFAULT_WEIGHTS.seeker.proximity).not.toBe(5); // defaults are not mutated
  });

  it('rejects negatives, unknown keys and sections, non-numbers and out-of-range shares, all at once', () => {
    const result = validateWeights({
      seeker: { proximity: -1, distance: 2 },
      employer: { skills: '3' },
      adjustments: { congestion: 1.5 },
      extra: {},
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        'seeker.proximity: must not be negative',
        'seeker.distance: unknown weight',
        'employer.skills: must be a finite number',
        'adjustments.congestion: must be between 0 and 1',
        'extra: unknown section',
      ]),
    );
  });

  it('refuses all-zero weights and non-objects', () => {
    const zero = Object.fromEntries(Object.keys(DEFAULT_WEIGHTS.seeker).map((k) => [k, 0]));
    const zeroEmployer = Object.fromEntries(Object.keys(DEFAULT_WEIGHTS.employer).map((k) => [k, 0]));
    expect(validateWeights({ seeker: zero, employer: zeroEmployer }).ok).toBe(false);
    expect(validateWeights([1, 2]).ok).toBe(false);
    expect(validateWeights(undefined).ok).toBe(true);
  });

  it('parseWeights throws with every problem listed', () => {
    expect(() => parseWeights({ seeker: { salary: -2 } })).toThrow(WeightsValidationError);
    expect(() => parseWeights({ seeker: { salary: -2 } })).toThrow(/seeker.salary: must not be negative/);
  });
});
