import { fastDistanceKm, regionSteps } from '../geo.js';

/**
 * Distance fit: 1 at the door, 0.5 at the scale (the seeker's own travel limit when
 * given), with a long tail so that farther still ranks below nearer.
 */
export const distanceFit = (km: number, scaleKm: number): number => 1 / (1 + km / scaleKm);

export const regionFit = (seekerPath: ArrayLike<unknown>, positionPath: ArrayLike<unknown>, decay: number): number => {
  const steps = regionSteps(seekerPath, positionPath);
  if (steps === Infinity) return 0;
  let fit = 1;
  for (let i = 0; i < steps; i++) fit *= decay;
  return fit;
};

/**
 * The better of distance and region-tree nearness: a job across a district boundary
 * 2 km away is near, and so, for many seekers, is one in their own district (the same
 * service centre, the same bus network) even when it is farther than the scale.
 * NaN when neither coordinates nor region paths are known on both sides.
 */
export const proximityFit = (
  seeker: { lat: number; lng: number; regionPath: ArrayLike<unknown>; maxTravelKm: number | null },
  positionLat: number,
  positionLng: number,
  positionPath: ArrayLike<unknown>,
  params: { distanceScaleKm: number; regionLevelDecay: number },
): number => {
  const region =
    seeker.regionPath.length && positionPath.length ? regionFit(seeker.regionPath, positionPath, params.regionLevelDecay) : NaN;
  if (seeker.lat === seeker.lat && positionLat === positionLat) {
    const travel = seeker.maxTravelKm;
    const scale = travel && travel > 0 ? travel : params.distanceScaleKm;
    const distance = distanceFit(fastDistanceKm(seeker.lat, seeker.lng, positionLat, positionLng), scale);
    return region > distance ? region : distance;
  }
  return region;
};
