import { uniformCreditCodeCheckChar } from '../../../libs/china-ids/index.js';
import type { Random } from '../random.js';
import type { EmployerKind } from '../vocabulary/industries.js';

/** Registration authority and entity type, the first two characters (GB 32100-2015). */
const ENTITY_PREFIX: Record<EmployerKind, string> = {
  company: '91', // 工商 (market regulation) · 企业
  cooperative: '93', // 工商 · 农民专业合作社
  government: '11', // 机构编制 · 机关
};

/** Symbols allowed in a credit code (no I, O, Z, S, V). */
const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 organisation code check character for its 8-character body. */
export function organizationCodeCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const char = body[i];
    const value = /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 55; // A = 10
    sum += value * ORG_WEIGHTS[i];
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/**
 * A unified social credit code as the county's registration office would issue it:
 * prefix, the 6-digit region, a 9-character organisation code (pre-2015 all digits,
 * since then "MA" codes) and the mod-31 check character.
 */
export function unifiedSocialCreditCode(rng: Random, kind: EmployerKind, regionCode6: string): string {
  const body =
    kind === 'government' || rng.chance(0.3)
      ? `${rng.int(1, 7)}${rng.digits(7)}`
      : `MA${rng.int(3, 9)}${Array.from({ length: 5 }, () => rng.pick(CODE_ALPHABET.split(''))).join('')}`;
  const first17 = `${ENTITY_PREFIX[kind]}${regionCode6}${body}${organizationCodeCheckChar(body)}`;
  return first17 + uniformCreditCodeCheckChar(first17);
}
