import type { DataSource } from 'typeorm';
import { chunk, rowsPerStatement, upsertRows, type UpsertTable } from '../bulk-upsert.js';
import type { EnterpriseRow } from '../generators/enterprises.js';
import type { SeedProgress } from '../progress.js';
import { describeCounts, emptyCounts, type WriteCounts } from './write-counts.js';

const ENTERPRISE_TABLE: UpsertTable<EnterpriseRow> = {
  table: 'enterprise',
  conflictKey: ['id'],
  columns: [
    { name: 'id', value: (row) => row.id, onConflict: 'sync' },
    { name: 'name', value: (row) => row.name, onConflict: 'sync' },
    { name: 'credit_code', value: (row) => row.creditCode, onConflict: 'sync' },
    { name: 'industry', value: (row) => row.industry.label, onConflict: 'sync' },
    { name: 'region_code', value: (row) => row.regionCode, onConflict: 'sync' },
    { name: 'address', value: (row) => row.address, onConflict: 'sync' },
    { name: 'is_key_enterprise', value: (row) => row.isKeyEnterprise, onConflict: 'sync' },
    { name: 'service_specialist', value: (row) => row.serviceSpecialist, onConflict: 'sync' },
    { name: 'contact_name', value: (row) => row.contactName, onConflict: 'sync' },
    { name: 'contact_phone', value: (row) => row.contactPhone, onConflict: 'sync' },
  ],
  onUpdate: ['updated_at = now()'],
};

export async function seedEnterprises(dataSource: DataSource, rows: readonly EnterpriseRow[], progress: SeedProgress): Promise<WriteCounts> {
  const stage = progress.stage('enterprises', rows.length);
  const counts = emptyCounts(rows.length);
  for (const part of chunk(rows, rowsPerStatement(ENTERPRISE_TABLE.columns.length))) {
    const outcome = await dataSource.transaction((manager) => upsertRows(manager, ENTERPRISE_TABLE, part));
    counts.inserted += outcome.inserted.length;
    counts.updated += outcome.updated.length;
    stage.advance(part.length);
  }
  stage.finish(describeCounts('enterprises', counts));
  return counts;
}
