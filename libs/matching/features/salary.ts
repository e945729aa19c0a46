/**
 * Does the pay reach what the seeker asked for? 1 when even the bottom of the range does,
 * 0.85 when only the top does (the seeker may be offered the bottom), then falling to 0
 * as the top drops to 60 % of the wish. NaN when either side says nothing.
 */
export const salaryFit = (desiredMin: number | null, salaryMin: number | null, salaryMax: number | null): number => {
  if (desiredMin === null || desiredMin <= 0) return NaN;
  const top = salaryMax ?? salaryMin;
  if (top === null) return NaN;
  const bottom = salaryMin ?? top;
  if (bottom >= desiredMin) return 1;
  if (top >= desiredMin) return 0.85;
  const ratio = top / desiredMin;
  return ratio <= 0.6 ? 0 : (0.7 * (ratio - 0.6)) / 0.4;
};
