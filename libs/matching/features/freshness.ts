/** Halves every half-life; a position published "in the future" (clock skew) counts as new. */
export const freshnessFit = (publishedAtMs: number, nowMs: number, halfLifeDays: number): number => {
  if (!Number.isFinite(publishedAtMs)) return NaN;
  const ageDays = (nowMs - publishedAtMs) / 86_400_000;
  return ageDays <= 0 ? 1 : 0.5 ** (ageDays / halfLifeDays);
};
