/**
 * Public employment services place some people first (就业援助对象). 1 when the seeker is
 * in a group the position prefers, 0.5 when the seeker belongs to an assistance group,
 * else 0. A bias, not a rule: it only adjusts the score.
 */
export const priorityFit = (seekerGroups: number, preferredGroups: number, assistanceGroups: number): number => {
  if ((seekerGroups & preferredGroups) !== 0) return 1;
  if ((seekerGroups & assistanceGroups) !== 0) return 0.5;
  return 0;
};
