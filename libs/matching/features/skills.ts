/**
 * Share of the position's required skills the seeker has (both canonicalised and
 * interned). NaN when the position lists none: "no requirement" is not "fully met" and
 * must not lift the score of every pair equally.
 */
export const skillsCoverage = (seekerSkills: Int32Array, positionSkills: Int32Array): number => {
  if (positionSkills.length === 0) return NaN;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < seekerSkills.length && j < positionSkills.length) {
    const a = seekerSkills[i];
    const b = positionSkills[j];
    if (a === b) {
      shared++;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return shared / positionSkills.length;
};

/** The ids both sides have, for the reason text. */
export const sharedSkillIds = (seekerSkills: Int32Array, positionSkills: Int32Array): Set<number> => {
  const seeker = new Set(seekerSkills);
  return new Set(Array.from(positionSkills).filter((id) => seeker.has(id)));
};
