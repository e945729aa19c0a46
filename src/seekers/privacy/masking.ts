/**
 * Hides the middle of a personal number, keeping enough to recognise it on the phone
 * ("138****5678"). Too short to keep both ends: everything but the last two is hidden.
 */
export function maskMiddle(value: string, keepStart = 3, keepEnd = 4): string {
  if (value.length <= keepStart + keepEnd) return '*'.repeat(Math.max(0, value.length - 2)) + value.slice(-2);
  return value.slice(0, keepStart) + '*'.repeat(value.length - keepStart - keepEnd) + value.slice(-keepEnd);
}

export const maskPhone = (phone: string | null): string | null => (phone === null ? null : maskMiddle(phone));

/** Certificate numbers can embed an ID number (特种作业操作证 = T + ID): keep only the last four. */
export const maskCertificateNumber = (number: string): string => maskMiddle(number, 0, 4);
