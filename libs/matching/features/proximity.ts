import { haversineKm, regionSteps } from '../geo.js';

/**
 * Distance fit: 1 at the door, 0.5 at the scale (the seeker's own travel limit when
 * given), with a long tail so that farther still ranks below nearer. Used when both
 * sides have coordinates.
 */
export const distanceFit = (km: number, scaleKm: number): number => 1 / (1 + km / scaleKm);

export const regionFit = (seekerPath: readonly string[], positionPath: readonly string[], decay: number): number => {
  const steps = regionSteps(seekerPath, positionPath);
  return steps === Infinity ? 0 : decay ** steps;
};

/**
 * The better of distance and region-tree nearness: a job across a district boundary
 * 2 km away is near, and so, for many seekers, is one in their own district (the same
 * service centre, the same bus network) even when it is farther than the scale.
 * NaN when neither coordinates nor region paths are known on both sides.
 */
export const proximityFit = (
  seeker: { lat: number; lng: number; path: readonly string[]; maxTravelKm: number | null },
  position: { lat: number; lng: number; path: readonly string[] },
  distanceScaleKm: number,
  regionLevelDecay: number,
): number => {
  const region = seeker.path.length && position.path.length ? regionFit(seeker.path, position.path, regionLevelDecay) : NaN;
  if (seeker.lat === seeker.lat && position.lat === position.lat) {
    const scale = seeker.maxTravelKm && seeker.maxTravelKm > 0 ? seeker.maxTravelKm : distanceScaleKm;
    const distance = distanceFit(haversineKm(seeker.lat, seeker.lng, position.lat, position.lng), scale);
    return region > distance ? region : distance;
  }
  return region;
};
