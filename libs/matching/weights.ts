/**
 * How much each feature counts. The service reads an override from
 * config/matching-weights.json and passes it through `validateWeights`, so a typo in the
 * file fails at start-up instead of silently zeroing a feature.
 */
export interface SeekerSideWeights {
  /** Position matches the titles the seeker asked for. */
  desiredTitle: number;
  /** Position's occupation code is (near) one the seeker asked for. */
  occupation: number;
  salary: number;
  proximity: number;
  schedule: number;
  /** Whole-profile text similarity, as the seeker sees it. */
  text: number;
}

export interface EmployerSideWeights {
  skills: number;
  certificates: number;
  education: number;
  /** Whole-profile text similarity (experience, skills, major), as the employer sees it. */
  text: number;
}

/** Each 0..1: the largest share of the score the adjustment can take away. */
export interface AdjustmentWeights {
  /** Seekers the position or the service gives priority to (就业援助对象) rank higher. */
  priority: number;
  freshness: number;
  congestion: number;
}

export interface ScoringParams {
  /**
   * Exponent of the power mean of the two sides: 1 arithmetic, 0 geometric, -1 harmonic.
   * The lower it is, the more a pair needs both sides to fit.
   */
  reciprocity: number;
  /** 0..1: how much the seeker side counts against the employer side in that mean (0.5 = equal). */
  seekerShare: number;
  /** 0..1: a side's fit never counts as lower than this, so one unknown side cannot zero a pair. */
  sideFloor: number;
  /** Distance (km) at which proximity halves when the seeker gave no travel limit. */
  distanceScaleKm: number;
  /** 0..1: proximity multiplier per region-tree level between seeker and position. */
  regionLevelDecay: number;
  freshnessHalfLifeDays: number;
  /** Applications per place at which congestion reaches 0.5. */
  congestionHalfRatio: number;
  /**
   * 0..1: a pair is recommended only when something about the work itself connects the
   * two (shared words, skills, certificates, a related occupation) at least this much;
   * nearness and pay alone do not make a cook a courier. 0 turns the gate off.
   */
  minRelevance: number;
}

export interface MatchingWeights {
  seeker: SeekerSideWeights;
  employer: EmployerSideWeights;
  adjustments: AdjustmentWeights;
  params: ScoringParams;
}

export const DEFAULT_WEIGHTS: MatchingWeights = Object.freeze({
  seeker: Object.freeze({ desiredTitle: 2, occupation: 2, salary: 1.5, proximity: 3, schedule: 1, text: 1 }),
  employer: Object.freeze({ skills: 3, certificates: 3, education: 1, text: 2 }),
  adjustments: Object.freeze({ priority: 0.1, freshness: 0.1, congestion: 0.15 }),
  params: Object.freeze({
    reciprocity: 0,
    seekerShare: 0.5,
    sideFloor: 0.05,
    distanceScaleKm: 5,
    regionLevelDecay: 0.6,
    freshnessHalfLifeDays: 30,
    congestionHalfRatio: 10,
    minRelevance: 0.1,
  }),
}) as MatchingWeights;

type Section = keyof MatchingWeights;

/** Per-key bounds; weights are unbounded above, shares and exponents are not. */
const BOUNDS: { [S in Section]: { [K in keyof MatchingWeights[S]]: [number, number] } } = {
  seeker: {
    desiredTitle: [0, Infinity],
    occupation: [0, Infinity],
    salary: [0, Infinity],
    proximity: [0, Infinity],
    schedule: [0, Infinity],
    text: [0, Infinity],
  },
  employer: { skills: [0, Infinity], certificates: [0, Infinity], education: [0, Infinity], text: [0, Infinity] },
  adjustments: { priority: [0, 1], freshness: [0, 1], congestion: [0, 1] },
  params: {
    reciprocity: [-4, 4],
    seekerShare: [0, 1],
    sideFloor: [0, 1],
    distanceScaleKm: [0.01, 20_000],
    regionLevelDecay: [0, 1],
    freshnessHalfLifeDays: [0.01, 36_500],
    congestionHalfRatio: [0.01, 1_000_000],
    minRelevance: [0, 1],
  },
};

export type WeightsValidation = { ok: true; weights: MatchingWeights } | { ok: false; errors: string[] };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a plain object (e.g. parsed JSON) of weights. Sections and keys may be left out
 * and then keep their defaults; unknown keys, non-numbers, negatives and out-of-range
 * values are all reported, with their path, rather than the first one only.
 */
export const validateWeights = (input: unknown, base: MatchingWeights = DEFAULT_WEIGHTS): WeightsValidation => {
  const errors: string[] = [];
  if (input === undefined || input === null) return { ok: true, weights: cloneWeights(base) };
  if (!isPlainObject(input)) return { ok: false, errors: ['weights must be an object'] };
  const result = cloneWeights(base);
  for (const [sectionName, sectionValue] of Object.entries(input)) {
    if (!(sectionName in BOUNDS)) {
      errors.push(`${sectionName}: unknown section`);
      continue;
    }
    const section = sectionName as Section;
    if (!isPlainObject(sectionValue)) {
      errors.push(`${section}: must be an object`);
      continue;
    }
    const bounds = BOUNDS[section] as Record<string, [number, number]>;
    const target = result[section] as unknown as Record<string, number>;
    for (const [key, value] of Object.entries(sectionValue)) {
      const range = bounds[key];
      if (!range) {
        errors.push(`${section}.${key}: unknown weight`);
      } else if (typeof value !== 'number' || !Number.isFinite(value)) {
        errors.push(`${section}.${key}: must be a finite number`);
      } else if (value < range[0] || value > range[1]) {
        errors.push(
          value < 0 && range[0] === 0
            ? `${section}.${key}: must not be negative`
            : `${section}.${key}: must be between ${range[0]} and ${range[1]}`,
        );
      } else {
        target[key] = value;
      }
    }
  }
  const sideTotal = (side: Record<string, number>): number => Object.values(side).reduce((a, b) => a + b, 0);
  if (errors.length === 0 && sideTotal({ ...result.seeker }) + sideTotal({ ...result.employer }) === 0) {
    errors.push('at least one seeker or employer weight must be positive');
  }
  return errors.length ? { ok: false, errors } : { ok: true, weights: result };
};

export class WeightsValidationError extends Error {
  constructor(readonly errors: string[]) {
    super(`invalid matching weights: ${errors.join('; ')}`);
    this.name = 'WeightsValidationError';
  }
}

/** `validateWeights` for callers that want an exception (start-up, engine constructor). */
export const parseWeights = (input: unknown, base: MatchingWeights = DEFAULT_WEIGHTS): MatchingWeights => {
  const validation = validateWeights(input, base);
  if (!validation.ok) throw new WeightsValidationError(validation.errors);
  return validation.weights;
};

const cloneWeights = (weights: MatchingWeights): MatchingWeights => ({
  seeker: { ...weights.seeker },
  employer: { ...weights.employer },
  adjustments: { ...weights.adjustments },
  params: { ...weights.params },
});
