/** Below the requirement by one level still interests many employers; by two rarely. */
const BY_LEVELS_SHORT = [1, 0.5, 0.15];

/** NaN when the position requires nothing; unknown education counts as half a fit. */
export const educationFit = (seekerRank: number, requiredRank: number): number => {
  if (requiredRank < 0) return NaN;
  if (seekerRank < 0) return 0.5;
  const short = requiredRank - seekerRank;
  if (short <= 0) return 1;
  return short < BY_LEVELS_SHORT.length ? BY_LEVELS_SHORT[short] : 0;
};
