import { InvalidInputError } from '../core/errors/domain-error.js';
import { addYears } from './certificate-dates.js';
import type { CertificateType } from './certificate-type.entity.js';

type LevelledType = Pick<CertificateType, 'name' | 'levels'>;

/** The level must be one the type is issued at; a type without levels takes none. */
export function checkLevel(type: LevelledType, level: number | null): number | null {
  if (type.levels.length === 0) {
    if (level !== null) throw new InvalidInputError('level', `${type.name} has no levels; leave level out or null`);
    return null;
  }
  if (level === null || !type.levels.includes(level)) {
    throw new InvalidInputError('level', `level must be one of ${type.levels.join(', ')} for ${type.name}`);
  }
  return level;
}

/**
 * Issued no later than today; expiring after the issue date. Without an expiry date, a
 * type that expires gets issuedOn + its validity, so a licence can never look permanent.
 */
export function certificateDates(
  type: Pick<CertificateType, 'validityYears'>,
  issuedOn: string,
  expiresOn: string | null,
  today: string,
): { issuedOn: string; expiresOn: string | null } {
  if (issuedOn > today) throw new InvalidInputError('issuedOn', `issuedOn must not be in the future (today is ${today})`);
  const expiry = expiresOn ?? (type.validityYears !== null ? addYears(issuedOn, type.validityYears) : null);
  if (expiry !== null && expiry <= issuedOn) throw new InvalidInputError('expiresOn', 'expiresOn must be after issuedOn');
  return { issuedOn, expiresOn: expiry };
}
