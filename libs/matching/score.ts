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
import { cosine } from './text/sparse-vector.js';
import { FEATURE_NAMES } from './types.js';
import type { MatchingWeights } from './weights.js';

/** Feature slots of a FeatureVector, in FEATURE_NAMES order. */
export const F = Object.freeze(
  Object.fromEntries(FEATURE_NAMES.map((name, index) => [name, index])) as { [K in (typeof FEATURE_NAMES)[number]]: number },
);

/** One value per feature, NaN = not applicable to this pair. Reused across pairs. */
export type FeatureVector = Float64Array;
export const newFeatureVector = (): FeatureVector => new Float64Array(FEATURE_NAMES.length);

const ASSISTANCE_GROUPS = groupMask(PUBLIC_WELFARE_ELIGIBLE_GROUPS);

/** Both vectors must be current (see MatchingEngine.refreshVectors) before this is called. */
export const computeFeatures = (
  seeker: PreparedSeeker,
  position: PreparedPosition,
  weights: MatchingWeights,
  nowMs: number,
  out: FeatureVector,
): FeatureVector => {
  const p = position.input;
  const params = weights.params;
  out[F.skills] = skillsCoverage(seeker.skillIds, position.skillIds);
  out[F.certificates] = certificateFit(seeker.certificates, position.requirements, nowMs);
  out[F.occupation] = occupationFit(seeker.desiredOccupations, position.occupation);
  out[F.text] = seeker.bag.ids.length ? cosine(seeker.vector, position.vector) : NaN;
  out[F.desiredTitle] = seeker.desireBag.ids.length ? cosine(seeker.desireVector, position.vector) : NaN;
  out[F.education] = educationFit(seeker.educationRank, position.minEducationRank);
  out[F.salary] = salaryFit(seeker.input.desiredSalaryMin, p.salaryMin, p.salaryMax);
  out[F.proximity] = proximityFit(
    { lat: seeker.lat, lng: seeker.lng, path: seeker.input.region.path, maxTravelKm: seeker.input.maxTravelKm },
    { lat: position.lat, lng: position.lng, path: p.region.path },
    params.distanceScaleKm,
    params.regionLevelDecay,
  );
  out[F.schedule] = scheduleFit(seeker.offer, seeker.offerMinutes, position.need, p.weeklyHours);
  out[F.priority] = priorityFit(seeker.groups, position.preferredGroups, ASSISTANCE_GROUPS);
  out[F.freshness] = freshnessFit(position.publishedAtMs, nowMs, params.freshnessHalfLifeDays);
  out[F.congestion] = congestionLevel(p.applicationsReceived, p.headcount, params.congestionHalfRatio);
  return out;
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

/** Scores are stored and shown with 4 decimals; ranking uses the same rounded value. */
export const roundScore = (score: number): number => Math.round(score * 10_000) / 10_000;
