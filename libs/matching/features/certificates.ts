import { meetsLevel } from '../../labour-vocabulary/index.js';
import type { PreparedCertificate, PreparedRequirement } from '../prepare.js';

/** How a seeker stands against one certificate requirement, best certificate first. */
export type RequirementStatus = 'met_verified' | 'met_unverified' | 'level_too_low' | 'expired' | 'missing';

export interface RequirementAssessment {
  status: RequirementStatus;
  /** The certificate behind the status (the best one when several match). */
  certificate: PreparedCertificate | null;
}

const RANK: Record<RequirementStatus, number> = {
  met_verified: 4,
  met_unverified: 3,
  level_too_low: 2,
  expired: 1,
  missing: 0,
};

/** Value of each status for certificate fit: verified beats unverified, a lower level still shows intent. */
export const STATUS_FIT: Record<RequirementStatus, number> = {
  met_verified: 1,
  met_unverified: 0.75,
  level_too_low: 0.25,
  expired: 0,
  missing: 0,
};

const matches = (cert: PreparedCertificate, requirement: PreparedRequirement): boolean => {
  const held = cert.keyIds;
  const wanted = requirement.keyIds;
  for (let i = 0; i < held.length; i++) {
    for (let j = 0; j < wanted.length; j++) if (held[i] === wanted[j]) return true;
  }
  return false;
};

const MISSING: RequirementAssessment = Object.freeze({ status: 'missing', certificate: null });

/**
 * Expired certificates are ignored for the rule but remembered, so the gap can say why.
 * Allocates only when some certificate matches (the scoring loop calls this per pair).
 */
export const assessRequirement = (
  certificates: readonly PreparedCertificate[],
  requirement: PreparedRequirement,
  nowMs: number,
): RequirementAssessment => {
  let bestStatus: RequirementStatus = 'missing';
  let bestCertificate: PreparedCertificate | null = null;
  for (const cert of certificates) {
    if (!matches(cert, requirement)) continue;
    let status: RequirementStatus;
    if (cert.expiresAtMs <= nowMs) status = 'expired';
    else if (!meetsLevel(cert.level, requirement.minLevel)) status = 'level_too_low';
    else status = cert.verified ? 'met_verified' : 'met_unverified';
    const better =
      RANK[status] > RANK[bestStatus] ||
      (status === bestStatus && bestCertificate !== null && (cert.level ?? 9) < (bestCertificate.level ?? 9));
    if (better) {
      bestStatus = status;
      bestCertificate = cert;
    }
  }
  return bestCertificate ? { status: bestStatus, certificate: bestCertificate } : MISSING;
};

export const isMet = (status: RequirementStatus): boolean => status === 'met_verified' || status === 'met_unverified';

/**
 * Mean fit over all requirements, mandatory ones counted twice. Preferred certificates
 * the seeker holds therefore add to the score; NaN when the position asks for none.
 */
export const certificateFit = (
  certificates: readonly PreparedCertificate[],
  requirements: readonly PreparedRequirement[],
  nowMs: number,
): number => {
  if (requirements.length === 0) return NaN;
  if (certificates.length === 0) return 0;
  let total = 0;
  let weight = 0;
  for (const requirement of requirements) {
    const w = requirement.mandatory ? 2 : 1;
    total += w * STATUS_FIT[assessRequirement(certificates, requirement, nowMs).status];
    weight += w;
  }
  return total / weight;
};
