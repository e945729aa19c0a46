/**
 * 18-digit resident identity number (GB 11643-1999): 6-digit address code, birth date
 * YYYYMMDD, 3-digit sequence (odd = male), and a mod-11 check digit (0-9 or X).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CODES = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;

export function residentIdCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CODES[sum % 11];
}

export function normalizeResidentId(id: string): string {
  return id.trim().toUpperCase();
}

/** Birth date as YYYY-MM-DD, or null when the digits are not a real past date. */
export function residentIdBirthDate(id: string, today = new Date()): string | null {
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real || year < 1900 || date > today) return null;
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

export function isValidResidentId(id: string, today = new Date()): boolean {
  const normalized = normalizeResidentId(id);
  if (!SHAPE.test(normalized)) return false;
  if (residentIdBirthDate(normalized, today) === null) return false;
  return residentIdCheckDigit(normalized.slice(0, 17)) === normalized[17];
}

export function residentIdGender(id: string): 'male' | 'female' {
  return Number(id[16]) % 2 === 1 ? 'male' : 'female';
}

/** Shows region prefix and last four: 370983********123X. */
export function maskResidentId(id: string): string {
  const normalized = normalizeResidentId(id);
  return `${normalized.slice(0, 6)}********${normalized.slice(14)}`;
}
