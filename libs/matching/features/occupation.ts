/**
 * Similarity of two codes of the national occupation classification (大类-中类-小类-细类,
 * e.g. 6-18-02-04): the same occupation, the same minor group, the same middle group …
 * Indexed by the number of leading segments the codes share.
 */
const BY_SHARED_SEGMENTS = [0, 0.1, 0.4, 0.7, 1];

/**
 * Codes arrive as interned prefix ids (id of '6', of '6-18', of '6-18-02', …), so
 * "share k segments" is "the k-th prefix ids are equal": integer compares only.
 */
export const occupationSimilarity = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  const n = Math.min(a.length, b.length, BY_SHARED_SEGMENTS.length - 1);
  let shared = 0;
  while (shared < n && a[shared] === b[shared]) shared++;
  return BY_SHARED_SEGMENTS[shared];
};

/** Best similarity to any occupation the seeker asked for; NaN when either side has none. */
export const occupationFit = (desired: readonly ArrayLike<number>[], position: ArrayLike<number> | null): number => {
  if (!position || desired.length === 0) return NaN;
  let best = 0;
  for (const code of desired) {
    const similarity = occupationSimilarity(code, position);
    if (similarity > best) best = similarity;
  }
  return best;
};
