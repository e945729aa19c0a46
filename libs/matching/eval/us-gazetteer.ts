import zipcodes from 'zipcodes';
import type { GeoPoint } from '../types.js';
import { normalizeCity } from './job-views-mapper.js';

/**
 * City centroids for the US benchmark: the mean of the ZIP code centroids of each
 * (state, city) in the zipcodes package. The Chinese service gets coordinates from the
 * region tree instead; this only gives the US data what a real deployment has.
 */
export const loadUsGazetteer = (): ((city: string | null, state: string | null) => GeoPoint | null) => {
  const sums = new Map<string, { lat: number; lng: number; n: number }>();
  for (const zip of Object.values(zipcodes.codes)) {
    if (zip.country !== 'US') continue;
    const key = `${zip.state}|${normalizeCity(zip.city)}`;
    const sum = sums.get(key) ?? { lat: 0, lng: 0, n: 0 };
    sum.lat += zip.latitude;
    sum.lng += zip.longitude;
    sum.n++;
    sums.set(key, sum);
  }
  const centroids = new Map<string, GeoPoint>();
  for (const [key, sum] of sums) centroids.set(key, { lat: sum.lat / sum.n, lng: sum.lng / sum.n });
  return (city, state) => {
    if (!city || !state) return null;
    return centroids.get(`${state.trim().toUpperCase()}|${normalizeCity(city)}`) ?? null;
  };
};
