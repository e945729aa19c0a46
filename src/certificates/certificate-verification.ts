import type { VerificationStatus } from './seeker-certificate.entity.js';

export const VERIFICATION_DECISIONS = ['verify', 'reject'] as const;
export type VerificationDecision = (typeof VERIFICATION_DECISIONS)[number];

export const DECISION_OUTCOME: Readonly<Record<VerificationDecision, VerificationStatus>> = {
  verify: 'verified',
  reject: 'rejected',
};

/**
 * What the centre may decide about a certificate in each state. A verified certificate
 * can be rejected later (revoked: found forged, or withdrawn by the issuer); a rejected one
 * can be verified on re-check (the resident brings the original, the issuer confirms it),
 * which keeps its history instead of deleting and re-adding it. Deciding the same thing
 * twice is refused so a double click or a stale screen cannot overwrite who decided and why.
 */
export const VERIFICATION_TRANSITIONS: Readonly<Record<VerificationStatus, readonly VerificationDecision[]>> = {
  pending: ['verify', 'reject'],
  verified: ['reject'],
  rejected: ['verify'],
};

export const canDecide = (current: VerificationStatus, decision: VerificationDecision): boolean =>
  VERIFICATION_TRANSITIONS[current].includes(decision);
