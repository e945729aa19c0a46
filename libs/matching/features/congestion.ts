/**
 * How crowded a position already is: applications per place, 0.5 at the half ratio.
 * Spreading seekers over less crowded posts raises everyone's chance of being hired.
 */
export const congestionLevel = (applicationsReceived: number, headcount: number, halfRatio: number): number => {
  const ratio = Math.max(0, applicationsReceived) / Math.max(1, headcount);
  return ratio / (ratio + halfRatio);
};
