import { DECISION_OUTCOME, VERIFICATION_TRANSITIONS, canDecide } from './certificate-verification.js';
import { VERIFICATION_STATUSES } from './seeker-certificate.entity.js';

describe('certificate verification', () => {
  it.each([
    ['pending', 'verify', true],
    ['pending', 'reject', true],
    ['verified', 'reject', true], // revocation
    ['rejected', 'verify', true], // re-check
    ['verified', 'verify', false],
    ['rejected', 'reject', false],
  ] as const)('%s → %s allowed: %s', (from, decision, allowed) => {
    expect(canDecide(from, decision)).toBe(allowed);
  });

  it('never leads back to pending and never decides to stay in place', () => {
    for (const from of VERIFICATION_STATUSES) {
      for (const decision of VERIFICATION_TRANSITIONS[from]) {
        expect(DECISION_OUTCOME[decision]).not.toBe('pending');
        expect(DECISION_OUTCOME[decision]).not.toBe(from);
      }
    }
  });
});
