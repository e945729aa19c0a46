import {
  educationRank,
  PUBLIC_WELFARE_ELIGIBLE_GROUPS,
  TARGET_GROUPS,
  type TargetGroup,
} from '../labour-vocabulary/index.js';
import { endOfDayMs, instantMs } from './dates.js';
import { hasPoint } from './geo.js';
import { buildTermBag, EMPTY_VECTOR, type SparseVector, type TermBag } from './text/sparse-vector.js';
import { canonicalTerm } from './text/synonyms.js';
import { tokenize } from './text/tokenizer.js';
import type { Vocabulary } from './text/vocabulary.js';
import type { HeldCertificate, PositionInput, SeekerExperience, SeekerInput } from './types.js';
import { maskMinutes, weekMask, type WeekMask } from './week-mask.js';

/**
 * Inputs turned once into what the scoring loop needs: interned ids, sorted typed
 * arrays, bitmasks and epoch-stamped vectors. Nothing here is recomputed per pair.
 */

/** Field boosts: a word in a title says more about the job than one in a paragraph. */
export const FIELD_WEIGHTS = {
  positionTitle: 2,
  positionSkills: 1.5,
  positionDescription: 1,
  desiredTitles: 2,
  experienceTitle: 1.5,
  experienceDescription: 0.5,
  experienceText: 1,
  seekerSkills: 1.5,
  major: 1,
  certificateNames: 1,
} as const;

/** Each older job counts this much less than the one after it, down to the floor. */
const EXPERIENCE_RECENCY_DECAY = 0.85;
const EXPERIENCE_RECENCY_FLOOR = 0.4;

export interface PreparedRequirement {
  /** Keys a held certificate can match on: catalogue type, occupation code, canonical name. */
  keys: string[];
  /** The same keys interned, compared in the scoring loop. */
  keyIds: Int32Array;
  minLevel: number | null;
  mandatory: boolean;
  name: string;
  /** The catalogue type asked for, named in gaps so a course can be suggested. */
  certificateTypeId: string;
}

export interface PreparedCertificate {
  keys: string[];
  keyIds: Int32Array;
  level: number | null;
  verified: boolean;
  expiresAtMs: number;
  input: HeldCertificate;
}

export interface PreparedPosition {
  kind: 'position';
  slot: number;
  id: string;
  input: PositionInput;
  bag: TermBag;
  /** Token ids of the title alone: always looked up when the position searches seekers. */
  titleIds: Int32Array;
  vector: SparseVector;
  vectorEpoch: number;
  skillIds: Int32Array;
  requirements: PreparedRequirement[];
  hasMandatory: boolean;
  minEducationRank: number;
  need: WeekMask | null;
  needMinutes: number;
  lat: number;
  lng: number;
  /** Region path as interned ids, root first: compared as integers in the loop. */
  regionPath: Int32Array;
  /** Code segments ('6','18','02','04'), for index keys. */
  occupation: string[] | null;
  /** Interned ids of the code's 1-, 2-, 3- and 4-segment prefixes, for scoring. */
  occupationPrefixes: Int32Array | null;
  publishedAtMs: number;
  expiresAtMs: number;
  publicWelfare: boolean;
  preferredGroups: number;
  // Copies of input scalars the scoring loop reads, so it touches this object only and
  // not also `input` (two cache misses per candidate instead of one).
  salaryMin: number | null;
  salaryMax: number | null;
  weeklyHours: number | null;
  /** Position-only features at `constantsAtMs` (they depend on the engine's clock). */
  constantsAtMs: number;
  freshness: number;
  congestion: number;
}

export interface PreparedSeeker {
  kind: 'seeker';
  slot: number;
  id: string;
  input: SeekerInput;
  bag: TermBag;
  desireBag: TermBag;
  vector: SparseVector;
  desireVector: SparseVector;
  vectorEpoch: number;
  skillIds: Int32Array;
  certificates: PreparedCertificate[];
  educationRank: number;
  offer: WeekMask | null;
  offerMinutes: number;
  lat: number;
  lng: number;
  regionPath: Int32Array;
  desiredOccupations: string[][];
  desiredOccupationPrefixes: Int32Array[];
  groups: number;
  publicWelfareEligible: boolean;
  desiredSalaryMin: number | null;
  maxTravelKm: number | null;
}

export interface PrepareContext {
  vocabulary: Vocabulary;
  skillId(canonicalSkill: string): number;
  /** Region codes and occupation-code prefixes share one id space; they never meet. */
  codeId(code: string): number;
}

const internPath = (path: readonly string[], ctx: PrepareContext): Int32Array =>
  Int32Array.from(path, (code) => ctx.codeId(`r:${code}`));

const occupationPrefixes = (segments: readonly string[] | null, ctx: PrepareContext): Int32Array | null =>
  segments ? Int32Array.from(segments.slice(0, 4), (_, i) => ctx.codeId(`o:${segments.slice(0, i + 1).join('-')}`)) : null;

export const groupMask = (groups: readonly TargetGroup[] | undefined): number => {
  let mask = 0;
  for (const group of groups ?? []) {
    const index = TARGET_GROUPS.indexOf(group);
    if (index >= 0) mask |= 1 << index;
  }
  return mask;
};

const PUBLIC_WELFARE_MASK = groupMask(PUBLIC_WELFARE_ELIGIBLE_GROUPS);

const skillIdsOf = (skills: readonly string[], ctx: PrepareContext): Int32Array => {
  const ids = new Set<number>();
  for (const skill of skills) {
    const canonical = canonicalTerm(skill);
    if (canonical) ids.add(ctx.skillId(canonical));
  }
  return Int32Array.from(ids).sort();
};

export const occupationSegments = (code: string | null | undefined): string[] | null => {
  const trimmed = code?.trim();
  return trimmed ? trimmed.split(/[-.]/) : null;
};

export const certificateKeys = (cert: {
  certificateTypeId: string;
  occupationCode?: string | null;
  name: string;
}): string[] => {
  const keys = [`type:${cert.certificateTypeId}`];
  if (cert.occupationCode) keys.push(`occ:${cert.occupationCode.trim()}`);
  const name = canonicalTerm(cert.name);
  if (name) keys.push(`name:${name}`);
  return keys;
};

const certificateKeyIds = (cert: Parameters<typeof certificateKeys>[0], ctx: PrepareContext): Int32Array =>
  Int32Array.from(certificateKeys(cert), (key) => ctx.codeId(`c:${key}`));

export const preparePosition = (input: PositionInput, slot: number, ctx: PrepareContext): PreparedPosition => {
  const titleTokens = tokenize(input.title, { bigrams: true });
  const bag = buildTermBag(
    [
      { tokens: titleTokens, weight: FIELD_WEIGHTS.positionTitle },
      { tokens: input.skills.flatMap((s) => tokenize(s)), weight: FIELD_WEIGHTS.positionSkills },
      { tokens: tokenize(input.description), weight: FIELD_WEIGHTS.positionDescription },
    ],
    ctx.vocabulary,
  );
  const requirements = input.certificateRequirements.map((req) => ({
    keys: certificateKeys(req),
    keyIds: certificateKeyIds(req, ctx),
    minLevel: req.minLevel,
    mandatory: req.mandatory,
    name: req.name,
    certificateTypeId: req.certificateTypeId,
  }));
  const need = weekMask(input.workSlots, 'need');
  const point = hasPoint(input.coordinates) ? input.coordinates : null;
  const occupation = occupationSegments(input.occupationCode);
  return {
    kind: 'position',
    slot,
    id: input.id,
    input,
    bag,
    titleIds: Int32Array.from(new Set(titleTokens.map((token) => ctx.vocabulary.intern(token)))),
    vector: EMPTY_VECTOR,
    vectorEpoch: -1,
    skillIds: skillIdsOf(input.skills, ctx),
    requirements,
    hasMandatory: requirements.some((r) => r.mandatory),
    minEducationRank: input.minEducation && input.minEducation !== 'none' ? educationRank(input.minEducation) : -1,
    need,
    needMinutes: need ? maskMinutes(need) : 0,
    lat: point ? point.lat : NaN,
    lng: point ? point.lng : NaN,
    regionPath: internPath(input.region.path, ctx),
    occupation,
    occupationPrefixes: occupationPrefixes(occupation, ctx),
    publishedAtMs: instantMs(input.publishedAt),
    expiresAtMs: endOfDayMs(input.validUntil),
    publicWelfare: input.employmentType === 'public_welfare',
    preferredGroups: groupMask(input.targetGroups),
    salaryMin: input.salaryMin,
    salaryMax: input.salaryMax,
    weeklyHours: input.weeklyHours,
    constantsAtMs: NaN,
    freshness: NaN,
    congestion: NaN,
  };
};

/** Most recent first: current jobs (no end date), then by end date, then start date. */
const byRecency = (a: SeekerExperience, b: SeekerExperience): number => {
  const aCurrent = a.endDate == null ? 1 : 0;
  const bCurrent = b.endDate == null ? 1 : 0;
  if (aCurrent !== bCurrent) return bCurrent - aCurrent;
  const end = (b.endDate ?? '').localeCompare(a.endDate ?? '');
  return end !== 0 ? end : (b.startDate ?? '').localeCompare(a.startDate ?? '');
};

export const prepareSeeker = (input: SeekerInput, slot: number, ctx: PrepareContext): PreparedSeeker => {
  const desiredTokens = input.desiredTitles.flatMap((t) => tokenize(t, { bigrams: true }));
  const experienceFields = [...(input.experiences ?? [])].sort(byRecency).flatMap((experience, rank) => {
    const recency = Math.max(EXPERIENCE_RECENCY_FLOOR, EXPERIENCE_RECENCY_DECAY ** rank);
    return [
      { tokens: tokenize(experience.title, { bigrams: true }), weight: FIELD_WEIGHTS.experienceTitle * recency },
      { tokens: tokenize(experience.description), weight: FIELD_WEIGHTS.experienceDescription * recency },
    ];
  });
  const bag = buildTermBag(
    [
      { tokens: desiredTokens, weight: FIELD_WEIGHTS.desiredTitles },
      ...experienceFields,
      { tokens: tokenize(input.experienceText), weight: FIELD_WEIGHTS.experienceText },
      { tokens: input.skills.flatMap((s) => tokenize(s)), weight: FIELD_WEIGHTS.seekerSkills },
      { tokens: tokenize(input.major), weight: FIELD_WEIGHTS.major },
      { tokens: input.certificates.flatMap((c) => tokenize(c.name)), weight: FIELD_WEIGHTS.certificateNames },
    ],
    ctx.vocabulary,
  );
  const desireBag = buildTermBag([{ tokens: desiredTokens, weight: 1 }], ctx.vocabulary);
  const offer = weekMask(input.availability, 'offer');
  const point = hasPoint(input.coordinates) ? input.coordinates : null;
  const groups = groupMask(input.targetGroups);
  const desiredOccupations = input.desiredOccupationCodes
    .map((code) => occupationSegments(code))
    .filter((segments): segments is string[] => segments !== null);
  return {
    kind: 'seeker',
    slot,
    id: input.id,
    input,
    bag,
    desireBag,
    vector: EMPTY_VECTOR,
    desireVector: EMPTY_VECTOR,
    vectorEpoch: -1,
    skillIds: skillIdsOf(input.skills, ctx),
    certificates: input.certificates.map((cert) => ({
      keys: certificateKeys(cert),
      keyIds: certificateKeyIds(cert, ctx),
      level: cert.level,
      verified: cert.verified,
      expiresAtMs: endOfDayMs(cert.expiresOn),
      input: cert,
    })),
    educationRank: input.education ? educationRank(input.education) : -1,
    offer,
    offerMinutes: offer ? maskMinutes(offer) : 0,
    lat: point ? point.lat : NaN,
    lng: point ? point.lng : NaN,
    regionPath: internPath(input.region.path, ctx),
    desiredOccupations,
    desiredOccupationPrefixes: desiredOccupations.map((segments) => occupationPrefixes(segments, ctx)!),
    groups,
    publicWelfareEligible: (groups & PUBLIC_WELFARE_MASK) !== 0,
    desiredSalaryMin: input.desiredSalaryMin,
    maxTravelKm: input.maxTravelKm,
  };
};
