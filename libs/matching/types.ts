import type { EducationLevel, EmploymentType, TargetGroup, WeeklySlot } from '../labour-vocabulary/index.js';

/** A node of the region tree; `path` lists ancestor codes from the root down to `code`. */
export interface RegionRef {
  code: string;
  path: readonly string[];
}

export interface GeoPoint {
  lat: number;
  lng: number;
}

export type PositionStatus = 'draft' | 'open' | 'paused' | 'filled' | 'closed';
export type SeekerStatus = 'active' | 'employed' | 'inactive';

export interface CertificateRequirement {
  certificateTypeId: string;
  /** Occupation the certificate attests, e.g. '6-18-02-04'; lets two catalogues' entries meet. */
  occupationCode?: string | null;
  /** Display name of the certificate's occupation, e.g. '焊工'. */
  name: string;
  /** 5 = 五级 (entry) … 1 = 一级 (highest); null = any level. */
  minLevel: number | null;
  /** Mandatory requirements are hard rules; preferred ones only add to the score. */
  mandatory: boolean;
}

export interface PositionInput {
  id: string;
  enterpriseId: string;
  title: string;
  /** National occupation classification code (e.g. '6-18-02-04'), null when not coded. */
  occupationCode: string | null;
  description: string;
  skills: readonly string[];
  certificateRequirements: readonly CertificateRequirement[];
  minEducation: EducationLevel | null;
  /** CNY per month. */
  salaryMin: number | null;
  salaryMax: number | null;
  headcount: number;
  /** Applications already received; with headcount it tells how crowded the position is. */
  applicationsReceived: number;
  employmentType: EmploymentType;
  weeklyHours: number | null;
  /** When the work happens; empty = not stated. */
  workSlots: readonly WeeklySlot[];
  region: RegionRef;
  coordinates?: GeoPoint | null;
  status: PositionStatus;
  /** ISO date (YYYY-MM-DD), inclusive; null = open-ended. */
  validUntil: string | null;
  /** ISO date-time. */
  publishedAt: string;
  /** Groups the employer prefers to hire (a preference, not a rule). */
  targetGroups?: readonly TargetGroup[];
}

export interface HeldCertificate {
  certificateTypeId: string;
  occupationCode?: string | null;
  name: string;
  level: number | null;
  /** Checked by the employment centre against the issuer's register. */
  verified: boolean;
  /** ISO date (YYYY-MM-DD), last valid day; null = does not expire. */
  expiresOn: string | null;
}

/** One past job; the most recent ones say most about what the seeker can do now. */
export interface SeekerExperience {
  title: string;
  description?: string | null;
  startDate?: string | null;
  /** null = current job. */
  endDate?: string | null;
}

export interface SeekerInput {
  id: string;
  education: EducationLevel | null;
  major: string | null;
  skills: readonly string[];
  /** Free text about past jobs (what a grid worker typed in). */
  experienceText: string;
  /** Structured past jobs, when known; weighted by recency. */
  experiences?: readonly SeekerExperience[];
  desiredTitles: readonly string[];
  desiredOccupationCodes: readonly string[];
  /** CNY per month. */
  desiredSalaryMin: number | null;
  /** When the seeker can work; empty = any time. */
  availability: readonly WeeklySlot[];
  region: RegionRef;
  coordinates?: GeoPoint | null;
  maxTravelKm: number | null;
  targetGroups: readonly TargetGroup[];
  consentToMatch: boolean;
  status: SeekerStatus;
  certificates: readonly HeldCertificate[];
}

export const FEATURE_NAMES = [
  'skills',
  'certificates',
  'occupation',
  'text',
  'desiredTitle',
  'education',
  'salary',
  'proximity',
  'schedule',
  'priority',
  'freshness',
  'congestion',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

export interface Reason {
  code: string;
  zh: string;
  en?: string;
}

export interface Gap {
  code: string;
  zh: string;
  detail?: string;
  /** A missing or too-low certificate: which type and level would close the gap. */
  certificate?: { certificateTypeId: string; minLevel: number | null };
}

export interface Match {
  seekerId: string;
  positionId: string;
  /** 0..1, rounded to 4 decimals; 0 for ineligible pairs. */
  score: number;
  eligible: boolean;
  /** Every feature that applies to the pair, each 0..1 (absent = not applicable). */
  features: Partial<Record<FeatureName, number>>;
  reasons: Reason[];
  gaps: Gap[];
  engineVersion: string;
}
