import type { GeoPoint } from './types.js';

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance; good to a few metres at city scale, which is all we need. */
export const haversineKm = (aLat: number, aLng: number, bLat: number, bLng: number): number => {
  const dLat = (bLat - aLat) * RAD;
  const dLng = (bLng - aLng) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(aLat * RAD) * Math.cos(bLat * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
};

export const hasPoint = (point: GeoPoint | null | undefined): point is GeoPoint =>
  !!point && Number.isFinite(point.lat) && Number.isFinite(point.lng);

/**
 * Steps in the region tree between two nodes: 0 for the same node, 1 for siblings (same
 * community, different grid) … Infinity when the paths share no ancestor at all.
 */
export const regionSteps = (a: ArrayLike<unknown>, b: ArrayLike<unknown>): number => {
  const n = Math.min(a.length, b.length);
  let common = 0;
  while (common < n && a[common] === b[common]) common++;
  if (common === 0) return Infinity;
  return Math.max(a.length, b.length) - common;
};

const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;

/**
 * Within a degree or so (~100 km) the flat-earth formula is within 0.5 % of the
 * great-circle distance and costs one cosine instead of five trigonometric calls; the
 * scoring loop runs it for every candidate. Farther apart, it falls back to haversine.
 */
export const fastDistanceKm = (aLat: number, aLng: number, bLat: number, bLng: number): number => {
  const dLat = bLat - aLat;
  const dLng = bLng - aLng;
  if (dLat > 1 || dLat < -1 || dLng > 1 || dLng < -1) return haversineKm(aLat, aLng, bLat, bLng);
  const x = dLng * Math.cos(((aLat + bLat) / 2) * RAD);
  return KM_PER_DEGREE * Math.sqrt(x * x + dLat * dLat);
};
