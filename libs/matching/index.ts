/**
 * libs/matching — the JobBridge recommendation engine. Framework-free: plain data in,
 * ranked and explained matches out. See DESIGN.md, "The recommendation engine".
 */
export {
  MatchingEngine,
  shardOf,
  type BulkOptions,
  type CertificateUnlock,
  type EngineStats,
  type MatchingEngineOptions,
  type RankedPosition,
  type RankedSeeker,
  type RecommendOptions,
} from './engine.js';
export {
  DEFAULT_WEIGHTS,
  parseWeights,
  validateWeights,
  WeightsValidationError,
  type AdjustmentWeights,
  type EmployerSideWeights,
  type MatchingWeights,
  type ScoringParams,
  type SeekerSideWeights,
  type WeightsValidation,
} from './weights.js';
export { ENGINE_VERSION } from './version.js';
export {
  FEATURE_NAMES,
  type CertificateRequirement,
  type FeatureName,
  type Gap,
  type GeoPoint,
  type HeldCertificate,
  type Match,
  type PositionInput,
  type PositionStatus,
  type Reason,
  type RegionRef,
  type SeekerExperience,
  type SeekerInput,
  type SeekerStatus,
} from './types.js';
export { tokenize, type TokenizeOptions } from './text/tokenizer.js';
export { normalizeText, foldWidth } from './text/normalize.js';
export { haversineKm } from './geo.js';
