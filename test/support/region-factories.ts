import { randomUUID } from 'node:crypto';

/** A region code no other test uses: Latin letters and digits, ≤ 32 characters. */
export function uniqueRegionCode(prefix = 't'): string {
  return `${prefix}${randomUUID().replace(/-/g, '').slice(0, 16)}`;
}
