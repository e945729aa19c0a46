import { PUBLIC_WELFARE_ELIGIBLE_GROUPS } from '../labour-vocabulary/index.js';
import { certificateFit } from './features/certificates.js';
import { congestionLevel } from './features/congestion.js';
import { educationFit } from './features/education.js';
import { freshnessFit } from './features/freshness.js';
import { occupationFit } from './features/occupation.js';
import { priorityFit } from './features/priority.js';
import { proximityFit } from './features/proximity.js';
import { salaryFit } from './features/salary.js';
import { scheduleFit } from './features/schedule.js';
import { skillsCoverage } from './features/skills.js';
import { groupMask, type PreparedPosition, type PreparedSeeker } from './prepare.js';
import { countFlagged, denseDot, denseDot2, type DenseQuery } from './dense-query.js';
import { cosine } from './text/sparse-vector.js';
import { FEATURE_NAMES } from './types.js';
import type { MatchingWeights } from './weights.js';

/**
 * Feature slots of a FeatureVector, in FEATURE_NAMES order (checked by a spec). A plain
 * literal so the scoring loop reads constants, not a dictionary-mode object.
 */
export const F = {
  skills: 0,
  certificates: 1,
  occupation: 2,
  text: 3,
  desiredTitle: 4,
  education: 5,
  salary: 6,
  proximity: 7,
  schedule: 8,
  priority: 9,
  freshness: 10,
  congestion: 11,
} as const;

/** One value per feature, NaN = not applicable to this pair. Reused across pairs. */
export type FeatureVector = Float64Array;
export const newFeatureVector = (): FeatureVector => new Float64Array(FEATURE_NAMES.length);

const ASSISTANCE_GROUPS = groupMask(PUBLIC_WELFARE_ELIGIBLE_GROUPS);
const dots = new Float64Array(2);

/**
 * Both documents' vectors must be current (MatchingEngine.refresh) before this is called.
 * `dense`, when given, holds one side of the pair scattered (a one-to-many run); the
 * results are the same as without it, only faster.
 */
export const computeFeatures = (
  seeker: PreparedSeeker,
  position: PreparedPosition,
  weights: MatchingWeights,
  nowMs: number,
  out: FeatureVector,
  dense: DenseQuery | null = null,
): FeatureVector => {
  const params = weights.params;
  const hasText = seeker.bag.ids.length > 0;
  const hasDesire = seeker.desireBag.ids.length > 0;
  if (dense?.mode === 'seeker') {
    const n = position.skillIds.length;
    out[F.skills] = n ? countFlagged(dense.skills, position.skillIds) / n : NaN;
    denseDot2(dense.full, dense.desire, position.vector, dots);
    out[F.text] = hasText ? dots[0] : NaN;
    out[F.desiredTitle] = hasDesire ? dots[1] : NaN;
  } else if (dense?.mode === 'position') {
    const n = position.skillIds.length;
    out[F.skills] = n ? countFlagged(dense.skills, seeker.skillIds) / n : NaN;
    out[F.text] = hasText ? denseDot(dense.full, seeker.vector) : NaN;
    out[F.desiredTitle] = hasDesire ? denseDot(dense.full, seeker.desireVector) : NaN;
  } else {
    out[F.skills] = skillsCoverage(seeker.skillIds, position.skillIds);
    out[F.text] = hasText ? cosine(seeker.vector, position.vector) : NaN;
    out[F.desiredTitle] = hasDesire ? cosine(seeker.desireVector, position.vector) : NaN;
  }
  out[F.certificates] = position.requirements.length ? certificateFit(seeker.certificates, position.requirements, nowMs) : NaN;
  out[F.occupation] = occupationFit(seeker.desiredOccupationPrefixes, position.occupationPrefixes);
  out[F.education] = educationFit(seeker.educationRank, position.minEducationRank);
  out[F.salary] = salaryFit(seeker.desiredSalaryMin, position.salaryMin, position.salaryMax);
  out[F.proximity] = proximityFit(seeker, position.lat, position.lng, position.regionPath, params);
  out[F.schedule] = scheduleFit(seeker.offer, seeker.offerMinutes, position.need, position.weeklyHours);
  out[F.priority] = priorityFit(seeker.groups, position.preferredGroups, ASSISTANCE_GROUPS);
  if (position.constantsAtMs !== nowMs) refreshPositionConstants(position, weights, nowMs);
  out[F.freshness] = position.freshness;
  out[F.congestion] = position.congestion;
  return out;
};

/** The share of any pair's score that the position's freshness and congestion keep. */
export const positionFactor = (position: PreparedPosition, weights: MatchingWeights, nowMs: number): number => {
  if (position.constantsAtMs !== nowMs) refreshPositionConstants(position, weights, nowMs);
  const { freshness, congestion } = weights.adjustments;
  let factor = 1;
  if (position.freshness === position.freshness) factor *= 1 - freshness * (1 - position.freshness);
  if (position.congestion === position.congestion) factor *= 1 - congestion * position.congestion;
  return factor;
};

/**
 * The share of the score a seeker keeps whatever the position, from the priority
 * adjustment alone (assistance groups; a position's own preferred groups come on top).
 */
export const seekerFactor = (seeker: PreparedSeeker, weights: MatchingWeights): number =>
  1 - weights.adjustments.priority * (1 - priorityFit(seeker.groups, 0, ASSISTANCE_GROUPS));

/** Features of the position alone: computed once per clock value, not per pair. */
const refreshPositionConstants = (position: PreparedPosition, weights: MatchingWeights, nowMs: number): void => {
  const p = position.input;
  position.freshness = freshnessFit(position.publishedAtMs, nowMs, weights.params.freshnessHalfLifeDays);
  position.congestion = congestionLevel(p.applicationsReceived, p.headcount, weights.params.congestionHalfRatio);
  position.constantsAtMs = nowMs;
};

/** Weighted mean over the applicable features of one side; NaN when none applies. */
const sideFit = (features: FeatureVector, names: readonly number[], w: readonly number[]): number => {
  let total = 0;
  let weight = 0;
  for (let i = 0; i < names.length; i++) {
    const value = features[names[i]];
    if (value === value && w[i] > 0) {
      total += w[i] * value;
      weight += w[i];
    }
  }
  return weight > 0 ? total / weight : NaN;
};

/** Weighted power mean of two values in (0, 1]; share is a's weight. */
const powerMean = (a: number, b: number, p: number, share: number): number => {
  if (p === 0) return a ** share * b ** (1 - share);
  if (a === 0 || b === 0) return p < 0 ? 0 : (share * a ** p + (1 - share) * b ** p) ** (1 / p);
  return (share * a ** p + (1 - share) * b ** p) ** (1 / p);
};

export interface SideFits {
  seeker: number;
  employer: number;
}

/**
 * Turns the feature vector into one number. The seeker side (does the seeker want it?)
 * and the employer side (would the employer take them?) are averaged separately and then
 * combined by a power mean, so with the default geometric mean a job the seeker loves but
 * cannot do, or a perfect candidate for a job they would never take, both score low.
 * Priority, freshness and congestion then scale the result down by at most their weight.
 */
export class Scorer {
  private readonly seekerNames: number[];
  private readonly seekerWeights: number[];
  private readonly employerNames: number[];
  private readonly employerWeights: number[];

  constructor(readonly weights: MatchingWeights) {
    const s = weights.seeker;
    const e = weights.employer;
    this.seekerNames = [F.desiredTitle, F.occupation, F.salary, F.proximity, F.schedule, F.text];
    this.seekerWeights = [s.desiredTitle, s.occupation, s.salary, s.proximity, s.schedule, s.text];
    this.employerNames = [F.skills, F.certificates, F.education, F.text];
    this.employerWeights = [e.skills, e.certificates, e.education, e.text];
  }

  sides(features: FeatureVector): SideFits {
    return {
      seeker: sideFit(features, this.seekerNames, this.seekerWeights),
      employer: sideFit(features, this.employerNames, this.employerWeights),
    };
  }

  combine(features: FeatureVector): number {
    const { params, adjustments } = this.weights;
    const floor = params.sideFloor;
    const seeker = sideFit(features, this.seekerNames, this.seekerWeights);
    const employer = sideFit(features, this.employerNames, this.employerWeights);
    let base: number;
    if (seeker === seeker && employer === employer) {
      base = powerMean(floor + (1 - floor) * seeker, floor + (1 - floor) * employer, params.reciprocity, params.seekerShare);
    } else if (seeker === seeker) {
      base = floor + (1 - floor) * seeker;
    } else if (employer === employer) {
      base = floor + (1 - floor) * employer;
    } else {
      base = 0.5;
    }
    const priority = features[F.priority];
    const freshness = features[F.freshness];
    const congestion = features[F.congestion];
    if (priority === priority) base *= 1 - adjustments.priority * (1 - priority);
    if (freshness === freshness) base *= 1 - adjustments.freshness * (1 - freshness);
    if (congestion === congestion) base *= 1 - adjustments.congestion * congestion;
    return base;
  }
}

/**
 * How much the work itself connects the pair: the strongest of shared words, desired
 * titles, skills, certificates and occupation codes of the same minor group (小类) or
 * closer. A shared middle group (中类) alone is too loose: it puts hairdressers beside
 * nursery nurses.
 */
export const relevance = (features: FeatureVector): number => {
  let best = 0;
  const consider = (value: number): void => {
    if (value > best) best = value;
  };
  consider(features[F.text]);
  consider(features[F.desiredTitle]);
  consider(features[F.skills]);
  consider(features[F.certificates]);
  const occupation = features[F.occupation];
  if (occupation >= 0.7) consider(occupation);
  return best;
};

/** Scores are stored and shown with 4 decimals; ranking uses the same rounded value. */
export const roundScore = (score: number): number => Math.round(score * 10_000) / 10_000;
