import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { SyntheticCity, SyntheticRegion } from '../../../libs/matching/bench/synthetic-city.js';
import type { PositionInput, SeekerInput } from '../../../libs/matching/types.js';
import { bulkInsert, jsonStringArray, type BulkColumn } from './bulk-insert.js';

/**
 * Writes the synthetic city into the real schema with bulk INSERTs (not part of any
 * timed figure). The generator's readable ids (pos-000001) become UUIDs that sort in
 * generation order, so rebuild chunks cut by id look like the production ones.
 */

const KIND = { enterprise: 1, certificate: 2, position: 3, seeker: 4, bench: 5 } as const;

export const benchUuid = (kind: keyof typeof KIND, index: number): string =>
  `${String(KIND[kind]).padStart(8, '0')}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;

export interface WrittenCity {
  positionIds: Map<string, string>;
  seekerIds: Map<string, string>;
  enterpriseIds: Map<string, string>;
  certificateTypeIds: Map<string, string>;
  rows: Record<string, number>;
}

const indexMap = (ids: readonly string[], kind: keyof typeof KIND) =>
  new Map(ids.map((id, i) => [id, benchUuid(kind, i + 1)]));

export async function writeCity(dataSource: DataSource, city: SyntheticCity): Promise<WrittenCity> {
  const written: WrittenCity = {
    positionIds: indexMap(city.positions.map((p) => p.id), 'position'),
    seekerIds: indexMap(city.seekers.map((s) => s.id), 'seeker'),
    enterpriseIds: indexMap(city.enterprises.map((e) => e.id), 'enterprise'),
    certificateTypeIds: indexMap(city.certificateTypes.map((c) => c.id), 'certificate'),
    rows: {},
  };
  const rows = written.rows;
  rows.region = await writeRegions(dataSource, city.regions);
  rows.certificate_type = await bulkInsert(dataSource, 'certificate_type', [
    { name: 'id', type: 'uuid', value: (c) => written.certificateTypeIds.get(c.id) },
    { name: 'code', type: 'text', value: (c) => c.id },
    { name: 'name', type: 'text', value: (c) => c.name },
    { name: 'occupation_code', type: 'text', value: (c) => c.occupationCode },
    { name: 'kind', type: 'text', value: (c) => c.kind },
    { name: 'levels', type: 'jsonb', value: () => [5, 4, 3, 2, 1], expr: (v) => `ARRAY(SELECT jsonb_array_elements_text(${v})::smallint)` },
  ], city.certificateTypes);
  rows.enterprise = await bulkInsert(dataSource, 'enterprise', [
    { name: 'id', type: 'uuid', value: (e) => written.enterpriseIds.get(e.id) },
    { name: 'name', type: 'text', value: (e) => e.name },
    { name: 'credit_code', type: 'text', value: (e) => `91370983${e.id.replace(/\D/g, '').padStart(10, '0')}` },
    { name: 'industry', type: 'text', value: (e) => e.industry },
    { name: 'region_code', type: 'text', value: (e) => e.regionCode },
    { name: 'is_key_enterprise', type: 'boolean', value: (e) => e.isKeyEnterprise },
  ], city.enterprises);
  rows.position = await writePositions(dataSource, city.positions, written);
  const requirements = city.positions.flatMap((p) => p.certificateRequirements.map((r) => ({ position: p, r })));
  rows.position_certificate_requirement = await bulkInsert(dataSource, 'position_certificate_requirement', [
    { name: 'position_id', type: 'uuid', value: ({ position }) => written.positionIds.get(position.id) },
    { name: 'certificate_type_id', type: 'uuid', value: ({ r }) => written.certificateTypeIds.get(r.certificateTypeId) },
    { name: 'min_level', type: 'smallint', value: ({ r }) => r.minLevel },
    { name: 'mandatory', type: 'boolean', value: ({ r }) => r.mandatory },
  ], requirements);
  rows.seeker = await writeSeekers(dataSource, city.seekers, written);
  const held = city.seekers.flatMap((s) => s.certificates.map((c, k) => ({ seeker: s, c, k })));
  rows.seeker_certificate = await bulkInsert(dataSource, 'seeker_certificate', [
    { name: 'seeker_id', type: 'uuid', value: ({ seeker }) => written.seekerIds.get(seeker.id) },
    { name: 'certificate_type_id', type: 'uuid', value: ({ c }) => written.certificateTypeIds.get(c.certificateTypeId) },
    { name: 'certificate_number', type: 'text', value: ({ seeker, k }) => `${seeker.id}-${k}` },
    { name: 'level', type: 'smallint', value: ({ c }) => c.level },
    { name: 'issuer', type: 'text', value: () => '肥城市人力资源和社会保障局' },
    { name: 'issued_on', type: 'date', value: () => '2020-06-30' },
    { name: 'expires_on', type: 'date', value: ({ c }) => c.expiresOn },
    { name: 'verification_status', type: 'text', value: ({ c }) => (c.verified ? 'verified' : 'pending') },
  ], held);
  await dataSource.query('ANALYZE');
  return written;
}

async function writeRegions(dataSource: DataSource, regions: readonly SyntheticRegion[]): Promise<number> {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const pathOf = (region: SyntheticRegion): string =>
    region.parentCode ? `${pathOf(byCode.get(region.parentCode)!)}/${region.code}` : region.code;
  // The generator calls the county level 'county'; the schema's vocabulary says 'district'.
  return bulkInsert(dataSource, 'region', [
    { name: 'code', type: 'text', value: (r) => r.code },
    { name: 'name', type: 'text', value: (r) => r.name },
    { name: 'level', type: 'text', value: (r) => (r.level === 'county' ? 'district' : r.level) },
    { name: 'parent_code', type: 'text', value: (r) => r.parentCode },
    { name: 'path', type: 'text', value: pathOf },
    { name: 'latitude', type: 'float8', value: (r) => r.centre.lat },
    { name: 'longitude', type: 'float8', value: (r) => r.centre.lng },
  ], regions);
}

export const positionColumns = (written: WrittenCity): BulkColumn<PositionInput>[] => [
  { name: 'id', type: 'uuid', value: (p) => written.positionIds.get(p.id) ?? p.id },
  { name: 'enterprise_id', type: 'uuid', value: (p) => written.enterpriseIds.get(p.enterpriseId) },
  { name: 'title', type: 'text', value: (p) => p.title },
  { name: 'occupation_code', type: 'text', value: (p) => p.occupationCode },
  { name: 'description', type: 'text', value: (p) => p.description },
  { name: 'skills', type: 'jsonb', value: (p) => p.skills, expr: jsonStringArray },
  { name: 'min_education', type: 'text', value: (p) => p.minEducation ?? 'none' },
  { name: 'salary_min', type: 'int4', value: (p) => p.salaryMin ?? 0 },
  { name: 'salary_max', type: 'int4', value: (p) => p.salaryMax ?? p.salaryMin ?? 0 },
  { name: 'headcount', type: 'int4', value: (p) => p.headcount },
  { name: 'employment_type', type: 'text', value: (p) => p.employmentType },
  { name: 'weekly_hours', type: 'smallint', value: (p) => p.weeklyHours ?? 40 },
  { name: 'work_slots', type: 'jsonb', value: (p) => p.workSlots },
  { name: 'target_groups', type: 'jsonb', value: (p) => p.targetGroups ?? [], expr: jsonStringArray },
  { name: 'region_code', type: 'text', value: (p) => p.region.code },
  { name: 'latitude', type: 'float8', value: (p) => p.coordinates?.lat ?? null },
  { name: 'longitude', type: 'float8', value: (p) => p.coordinates?.lng ?? null },
  { name: 'status', type: 'text', value: (p) => p.status },
  { name: 'valid_until', type: 'date', value: (p) => p.validUntil },
  { name: 'published_at', type: 'timestamptz', value: (p) => p.publishedAt },
  { name: 'version', type: 'int4', value: () => 1 },
];

const writePositions = (dataSource: DataSource, positions: readonly PositionInput[], written: WrittenCity) =>
  bulkInsert(dataSource, 'position', positionColumns(written), positions);

/** What the loader turns back into experienceText: title and description of each entry. */
const experienceRows = (s: SeekerInput) =>
  s.experiences?.length
    ? s.experiences.map((e, i) => ({ title: e.title, description: i === 0 ? s.experienceText : (e.description ?? '') }))
    : [{ title: s.desiredTitles[0] ?? '', description: s.experienceText }];

async function writeSeekers(dataSource: DataSource, seekers: readonly SeekerInput[], written: WrittenCity): Promise<number> {
  const hash = (id: string) => createHash('sha256').update(id).digest('hex');
  return bulkInsert(dataSource, 'seeker', [
    { name: 'id', type: 'uuid', value: (s) => written.seekerIds.get(s.id) },
    { name: 'full_name', type: 'text', value: (s) => `求职者${s.id.slice(4)}` },
    { name: 'id_number_encrypted', type: 'text', value: (s) => `bench:${s.id}` },
    { name: 'id_number_hash', type: 'text', value: (s) => hash(s.id) },
    { name: 'id_number_masked', type: 'text', value: () => '370983********0000' },
    { name: 'gender', type: 'text', value: (s) => (s.targetGroups.includes('stay_at_home_mother') ? 'female' : 'male') },
    { name: 'birth_date', type: 'date', value: () => '1985-05-20' },
    { name: 'education', type: 'text', value: (s) => s.education ?? 'none' },
    { name: 'major', type: 'text', value: (s) => s.major },
    { name: 'skills', type: 'jsonb', value: (s) => s.skills, expr: jsonStringArray },
    { name: 'experience', type: 'jsonb', value: experienceRows },
    { name: 'desired_titles', type: 'jsonb', value: (s) => s.desiredTitles, expr: jsonStringArray },
    { name: 'desired_occupation_codes', type: 'jsonb', value: (s) => s.desiredOccupationCodes, expr: jsonStringArray },
    { name: 'desired_salary_min', type: 'int4', value: (s) => s.desiredSalaryMin },
    { name: 'availability', type: 'jsonb', value: (s) => s.availability },
    { name: 'region_code', type: 'text', value: (s) => s.region.code },
    { name: 'latitude', type: 'float8', value: (s) => s.coordinates?.lat ?? null },
    { name: 'longitude', type: 'float8', value: (s) => s.coordinates?.lng ?? null },
    { name: 'max_travel_km', type: 'smallint', value: (s) => s.maxTravelKm },
    { name: 'target_groups', type: 'jsonb', value: (s) => s.targetGroups, expr: jsonStringArray },
    { name: 'consent_to_match', type: 'boolean', value: (s) => s.consentToMatch },
    { name: 'status', type: 'text', value: (s) => s.status },
    { name: 'version', type: 'int4', value: () => 1 },
  ], seekers);
}
