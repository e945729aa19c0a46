import type { CertificateLevel } from '../../../libs/labour-vocabulary/index.js';
import type { VerificationStatus } from '../../certificates/seeker-certificate.entity.js';
import type { Random } from '../random.js';
import { ISSUERS, REJECTION_NOTES, catalogueEntry } from '../vocabulary/certificates.js';
import { addDays, addYears, daysBetween, workingMomentDaysAgo } from './dates.js';

export interface SeekerCertificateRow {
  id: string;
  seekerId: string;
  certificateCode: string;
  certificateNumber: string;
  level: number | null;
  issuer: string;
  issuedOn: string;
  expiresOn: string | null;
  verificationStatus: VerificationStatus;
  verifiedAt: Date | null;
  verifiedBy: string | null;
  verificationNote: string | null;
}

export interface CertificateHolder {
  id: string;
  birthDate: string;
  /** The day the seeker registered: a certificate is checked after that. */
  registeredOn: string;
}

const VERIFICATION_WEIGHTS: ReadonlyArray<readonly [VerificationStatus, number]> = [
  ['verified', 55],
  ['pending', 35],
  ['rejected', 10],
];

/** Licences are renewed (复审) every few years, so holders got theirs within the last seven. */
const LICENCE_WINDOW_YEARS = 7;
const SKILL_WINDOW_YEARS = 15;

export interface CertificateDraw {
  code: string;
  /** Where the holder stands: 0 a beginner, 1 a seasoned worker. */
  seniority: number;
}

/**
 * One certificate of a seeker, plausible for the type: a level the type is issued at
 * (higher levels for seasoned workers), issued after the holder turned 18, with the
 * type's validity (so some licences have lapsed), and a verification by the centre's
 * staff that is verified, pending or rejected.
 */
export function generateCertificate(
  r: Random,
  id: string,
  holder: CertificateHolder,
  draw: CertificateDraw,
  today: string,
  staff: readonly string[],
  usedNumbers: Set<string>,
): SeekerCertificateRow {
  const entry = catalogueEntry(draw.code);
  const level = entry.levels.length === 0 ? null : pickLevel(r, entry.levels, draw.seniority);
  const adult = addYears(holder.birthDate, 18);
  const windowYears = entry.validityYears ? LICENCE_WINDOW_YEARS : SKILL_WINDOW_YEARS;
  const earliest = [adult, addYears(today, -windowYears)].sort()[1];
  const span = Math.max(1, daysBetween(earliest, addDays(today, -15)));
  const issuedOn = addDays(earliest, r.int(0, span));
  const expiresOn = entry.validityYears ? addYears(issuedOn, entry.validityYears) : null;

  const verificationStatus = r.weighted(VERIFICATION_WEIGHTS);
  const decided = verificationStatus !== 'pending';
  // Checked within a month of whichever came last: the registration or the certificate.
  const submittedOn = [holder.registeredOn, issuedOn].sort()[1];
  const checkedDaysAgo = Math.max(0, daysBetween(submittedOn, today) - r.int(1, 30));
  const issuerPool = entry.kind === 'vocational_qualification' && entry.code.startsWith('special-equipment')
    ? ISSUERS.special_equipment
    : ISSUERS[entry.kind];
  return {
    id,
    seekerId: holder.id,
    certificateCode: draw.code,
    certificateNumber: uniqueNumber(r, usedNumbers, entry.kind, entry.code, issuedOn, level),
    level,
    issuer: r.pick(issuerPool),
    issuedOn,
    expiresOn,
    verificationStatus,
    verifiedAt: decided ? workingMomentDaysAgo(r, today, checkedDaysAgo) : null,
    verifiedBy: decided ? r.pick(staff) : null,
    verificationNote: verificationStatus === 'rejected' ? r.pick(REJECTION_NOTES) : null,
  };
}

function pickLevel(r: Random, levels: readonly CertificateLevel[], seniority: number): CertificateLevel {
  // Most certificates are 五级/四级; 三级 comes with years of work; 技师 and above are rare.
  const weight: Record<CertificateLevel, number> = {
    5: 40 - 25 * seniority,
    4: 40,
    3: 8 + 25 * seniority,
    2: 1 + 6 * seniority,
    1: 0.2 + 1.5 * seniority,
  };
  return r.weighted(levels.map((level) => [level, weight[level]] as const));
}

/**
 * Numbers shaped like the real ones: skill-level certificates S + issuer and year digits,
 * licences T/TZ with the authority's region, special abilities ZX. Never derived from the
 * ID number, which real 特种作业 numbers are: that would leak it into a clear column.
 */
function uniqueNumber(
  r: Random,
  used: Set<string>,
  kind: string,
  code: string,
  issuedOn: string,
  level: number | null,
): string {
  const year = issuedOn.slice(0, 4);
  for (let attempt = 0; attempt < 50; attempt++) {
    const number =
      kind === 'skill_level' ? `S000037090${r.digits(3)}${year.slice(2)}${level ?? 0}${r.digits(6)}`
      : code.startsWith('special-equipment') ? `TZ3709${year}${r.digits(7)}`
      : kind === 'vocational_qualification' ? `T3709${year}${r.digits(8)}`
      : `ZX370983${year}${r.digits(6)}`;
    const key = `${code}:${number}`;
    if (!used.has(key)) {
      used.add(key);
      return number;
    }
  }
  throw new Error('could not draw a unique certificate number');
}
