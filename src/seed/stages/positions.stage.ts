import type { DataSource } from 'typeorm';
import { CERTIFICATE_CATALOGUE } from '../../certificates/catalogue/certificate-catalogue.js';
import { chunk, rowsPerStatement, upsertRows, type UpsertTable } from '../bulk-upsert.js';
import type { DemoIds } from '../deterministic-id.js';
import { requirementId, type CertificateRequirementRow, type PositionRow } from '../generators/positions.js';
import type { SeedProgress } from '../progress.js';
import { SEED_IMPORTED, SEED_UPDATED, changedOnly, recordSeedChanges } from './domain-changes.js';
import { deleteStaleSeedChildren } from './stale-children.js';
import { describeCounts, emptyCounts, type WriteCounts } from './write-counts.js';

// Dates relative to the first run's day are kept on a re-run, so running the seed again
// tomorrow does not rewrite every posting.
const POSITION_TABLE: UpsertTable<PositionRow> = {
  table: 'position',
  conflictKey: ['id'],
  columns: [
    { name: 'id', value: (row) => row.id, onConflict: 'sync' },
    { name: 'enterprise_id', value: (row) => row.enterpriseId, onConflict: 'sync' },
    { name: 'title', value: (row) => row.title, onConflict: 'sync' },
    { name: 'occupation_code', value: (row) => row.occupationCode, onConflict: 'sync' },
    { name: 'description', value: (row) => row.description, onConflict: 'sync' },
    { name: 'skills', value: (row) => row.skills, onConflict: 'sync' },
    { name: 'min_education', value: (row) => row.minEducation, onConflict: 'sync' },
    { name: 'salary_min', value: (row) => row.salaryMin, onConflict: 'sync' },
    { name: 'salary_max', value: (row) => row.salaryMax, onConflict: 'sync' },
    { name: 'headcount', value: (row) => row.headcount, onConflict: 'sync' },
    { name: 'employment_type', value: (row) => row.employmentType, onConflict: 'sync' },
    { name: 'weekly_hours', value: (row) => row.weeklyHours, onConflict: 'sync' },
    { name: 'work_slots', value: (row) => JSON.stringify(row.workSlots), onConflict: 'sync', cast: 'jsonb' },
    { name: 'target_groups', value: (row) => row.targetGroups, onConflict: 'sync' },
    { name: 'benefits', value: (row) => row.benefits, onConflict: 'sync' },
    { name: 'region_code', value: (row) => row.regionCode, onConflict: 'sync' },
    { name: 'address', value: (row) => row.address, onConflict: 'sync' },
    { name: 'latitude', value: (row) => row.latitude, onConflict: 'sync' },
    { name: 'longitude', value: (row) => row.longitude, onConflict: 'sync' },
    { name: 'status', value: (row) => row.status, onConflict: 'sync' },
    { name: 'valid_until', value: (row) => row.validUntil, onConflict: 'keep' },
    { name: 'published_at', value: (row) => row.publishedAt, onConflict: 'keep' },
    { name: 'created_at', value: (row) => row.createdAt, onConflict: 'keep' },
    { name: 'updated_at', value: (row) => row.publishedAt ?? row.createdAt, onConflict: 'keep' },
    { name: 'version', value: () => 1, onConflict: 'keep' },
  ],
  // The optimistic-lock version moves like an edit through the API would move it.
  onUpdate: ['updated_at = now()', 'version = "position".version + 1'],
};

interface ResolvedRequirement extends CertificateRequirementRow {
  certificateTypeId: string;
}

const REQUIREMENT_TABLE: UpsertTable<ResolvedRequirement> = {
  table: 'position_certificate_requirement',
  conflictKey: ['position_id', 'certificate_type_id'],
  columns: [
    { name: 'position_id', value: (row) => row.positionId, onConflict: 'sync' },
    { name: 'certificate_type_id', value: (row) => row.certificateTypeId, onConflict: 'sync' },
    { name: 'id', value: (row) => row.id, onConflict: 'keep' },
    { name: 'min_level', value: (row) => row.minLevel, onConflict: 'sync' },
    { name: 'mandatory', value: (row) => row.mandatory, onConflict: 'sync' },
  ],
};

/** Small enough for the progress bar to move, large enough to stay a few round trips. */
const POSITIONS_PER_TRANSACTION = 100;

export interface PositionsStageResult {
  positions: WriteCounts;
  requirements: WriteCounts;
  domainChanges: number;
}

/**
 * Positions and their certificate requirements, a chunk per transaction together with the
 * outbox rows of the positions that chunk created or changed: an interrupted run leaves
 * whole chunks, and the next run completes the rest.
 */
export async function seedPositions(
  dataSource: DataSource,
  rows: readonly PositionRow[],
  certificateTypeIds: ReadonlyMap<string, string>,
  ids: DemoIds,
  progress: SeedProgress,
): Promise<PositionsStageResult> {
  const stage = progress.stage('positions', rows.length);
  const positions = emptyCounts(rows.length);
  const requirements = emptyCounts();
  let domainChanges = 0;
  for (const part of chunk(rows, Math.min(POSITIONS_PER_TRANSACTION, rowsPerStatement(POSITION_TABLE.columns.length)))) {
    const resolved = part.flatMap((row) =>
      row.requirements.map((requirement) => ({ ...requirement, certificateTypeId: certificateTypeIds.get(requirement.certificateCode)! })),
    );
    await dataSource.transaction(async (manager) => {
      const written = await upsertRows(manager, POSITION_TABLE, part);
      const touchedByRequirements: string[] = [];
      // Before the upsert, so a dropped row can never clash with its replacement.
      const seedMade = part.flatMap((row) => CERTIFICATE_CATALOGUE.map((entry) => requirementId(ids, row.id, entry.code)));
      const pruned = await deleteStaleSeedChildren(
        manager,
        'position_certificate_requirement',
        'position_id',
        seedMade,
        resolved.map((requirement) => requirement.id),
      );
      requirements.removed += pruned.length;
      touchedByRequirements.push(...pruned);
      for (const requirementPart of chunk(resolved, rowsPerStatement(REQUIREMENT_TABLE.columns.length))) {
        const outcome = await upsertRows(manager, REQUIREMENT_TABLE, requirementPart);
        requirements.inserted += outcome.inserted.length;
        requirements.updated += outcome.updated.length;
        touchedByRequirements.push(...outcome.inserted, ...outcome.updated);
      }
      domainChanges += await recordSeedChanges(manager, 'position', written.inserted, SEED_IMPORTED);
      domainChanges += await recordSeedChanges(
        manager,
        'position',
        changedOnly(written.inserted, written.updated, touchedByRequirements),
        SEED_UPDATED,
      );
      positions.inserted += written.inserted.length;
      positions.updated += written.updated.length;
    });
    requirements.total += resolved.length;
    stage.advance(part.length);
  }
  stage.finish(`${describeCounts('positions', positions)}, ${describeCounts('certificate requirements', requirements)}`);
  return { positions, requirements, domainChanges };
}
