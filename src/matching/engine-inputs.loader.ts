import type { DataSource } from 'typeorm';
import type { PositionInput, SeekerInput } from '../../libs/matching/types.js';
import { COUNTED_STATUSES } from '../applications/application-pipeline.js';
import { preparedQuery } from '../core/database/prepared-query.js';

/**
 * Reads positions and seekers from PostgreSQL straight into the engine's plain inputs,
 * with one query per kind (certificates aggregated in SQL), so a city of 10^5 seekers
 * loads in seconds rather than through per-row ORM hydration. Reads by id (every page of
 * recommendations or candidates, every rescoring) are prepared statements: planning these
 * correlated subqueries cost more than running them.
 */

interface PositionRow {
  id: string;
  enterprise_id: string;
  title: string;
  occupation_code: string | null;
  description: string;
  skills: string[];
  min_education: PositionInput['minEducation'];
  salary_min: number;
  salary_max: number;
  headcount: number;
  employment_type: PositionInput['employmentType'];
  weekly_hours: number;
  work_slots: PositionInput['workSlots'];
  target_groups: NonNullable<PositionInput['targetGroups']>;
  region_code: string;
  region_path: string;
  latitude: number | null;
  longitude: number | null;
  status: PositionInput['status'];
  valid_until: string | null;
  published_at: Date | null;
  created_at: Date;
  applications_received: number;
  requirements: PositionInput['certificateRequirements'];
}

const POSITIONS_SQL = `
  SELECT p.id, p.enterprise_id, p.title, p.occupation_code, p.description, p.skills, p.min_education,
         p.salary_min, p.salary_max, p.headcount, p.employment_type, p.weekly_hours, p.work_slots,
         p.target_groups, p.region_code, r.path AS region_path, p.latitude, p.longitude, p.status,
         to_char(p.valid_until, 'YYYY-MM-DD') AS valid_until, p.published_at, p.created_at,
         (SELECT count(*) FROM application a WHERE a.position_id = p.id
             AND a.status IN (${COUNTED_STATUSES.map((status) => `'${status}'`).join(', ')})) AS applications_received,
         COALESCE((SELECT json_agg(json_build_object(
                     'certificateTypeId', q.certificate_type_id, 'occupationCode', t.occupation_code,
                     'name', t.name, 'minLevel', q.min_level, 'mandatory', q.mandatory))
                   FROM position_certificate_requirement q JOIN certificate_type t ON t.id = q.certificate_type_id
                   WHERE q.position_id = p.id), '[]') AS requirements
  FROM position p JOIN region r ON r.code = p.region_code`;

interface SeekerRow {
  id: string;
  education: SeekerInput['education'];
  major: string | null;
  skills: string[];
  experience: Array<{ title: string; employer?: string; years?: number; description?: string }>;
  desired_titles: string[];
  desired_occupation_codes: string[];
  desired_salary_min: number | null;
  availability: SeekerInput['availability'];
  region_code: string;
  region_path: string;
  latitude: number | null;
  longitude: number | null;
  max_travel_km: number | null;
  target_groups: SeekerInput['targetGroups'];
  consent_to_match: boolean;
  status: SeekerInput['status'];
  certificates: SeekerInput['certificates'];
}

const SEEKERS_SQL = `
  SELECT s.id, s.education, s.major, s.skills, s.experience, s.desired_titles, s.desired_occupation_codes,
         s.desired_salary_min, s.availability, s.region_code, r.path AS region_path, s.latitude, s.longitude,
         s.max_travel_km, s.target_groups, s.consent_to_match, s.status,
         COALESCE((SELECT json_agg(json_build_object(
                     'certificateTypeId', c.certificate_type_id, 'occupationCode', t.occupation_code,
                     'name', t.name, 'level', c.level, 'verified', c.verification_status = 'verified',
                     'expiresOn', to_char(c.expires_on, 'YYYY-MM-DD')))
                   FROM seeker_certificate c JOIN certificate_type t ON t.id = c.certificate_type_id
                   WHERE c.seeker_id = s.id AND c.verification_status <> 'rejected'), '[]') AS certificates
  FROM seeker s JOIN region r ON r.code = s.region_code`;

export async function loadPositions(dataSource: DataSource, ids?: readonly string[]): Promise<PositionInput[]> {
  const rows: PositionRow[] = ids
    ? await preparedQuery<PositionRow>(dataSource, `${POSITIONS_SQL} WHERE p.id = ANY($1::uuid[])`, [ids])
    : await dataSource.query(`${POSITIONS_SQL} WHERE p.status = 'open'`);
  return rows.map(toPositionInput);
}

export async function loadSeekers(dataSource: DataSource, ids?: readonly string[]): Promise<SeekerInput[]> {
  const rows: SeekerRow[] = ids
    ? await preparedQuery<SeekerRow>(dataSource, `${SEEKERS_SQL} WHERE s.id = ANY($1::uuid[])`, [ids])
    : await dataSource.query(`${SEEKERS_SQL} WHERE s.status = 'active' AND s.consent_to_match`);
  return rows.map(toSeekerInput);
}

const coordinates = (lat: number | null, lng: number | null) => (lat !== null && lng !== null ? { lat, lng } : null);

function toPositionInput(row: PositionRow): PositionInput {
  return {
    id: row.id,
    enterpriseId: row.enterprise_id,
    title: row.title,
    occupationCode: row.occupation_code,
    description: row.description,
    skills: row.skills,
    certificateRequirements: row.requirements,
    minEducation: row.min_education,
    salaryMin: row.salary_min,
    salaryMax: row.salary_max,
    headcount: row.headcount,
    applicationsReceived: Number(row.applications_received),
    employmentType: row.employment_type,
    weeklyHours: row.weekly_hours,
    workSlots: row.work_slots,
    region: { code: row.region_code, path: row.region_path.split('/') },
    coordinates: coordinates(row.latitude, row.longitude),
    status: row.status,
    validUntil: row.valid_until,
    publishedAt: (row.published_at ?? row.created_at).toISOString(),
    targetGroups: row.target_groups,
  };
}

function toSeekerInput(row: SeekerRow): SeekerInput {
  return {
    id: row.id,
    education: row.education,
    major: row.major,
    skills: row.skills,
    experienceText: row.experience.map((entry) => [entry.title, entry.description].filter(Boolean).join(' ')).join('\n'),
    experiences: row.experience.map((entry) => ({ title: entry.title, description: entry.description ?? null })),
    desiredTitles: row.desired_titles,
    desiredOccupationCodes: row.desired_occupation_codes,
    desiredSalaryMin: row.desired_salary_min,
    availability: row.availability,
    region: { code: row.region_code, path: row.region_path.split('/') },
    coordinates: coordinates(row.latitude, row.longitude),
    maxTravelKm: row.max_travel_km,
    targetGroups: row.target_groups,
    consentToMatch: row.consent_to_match,
    status: row.status,
    certificates: row.certificates,
  };
}

/** Matchable seekers with ids in [fromId, toId]: one chunk of a full rebuild. */
export async function loadSeekersBetween(dataSource: DataSource, fromId: string, toId: string): Promise<SeekerInput[]> {
  const rows: SeekerRow[] = await dataSource.query(
    `${SEEKERS_SQL} WHERE s.status = 'active' AND s.consent_to_match AND s.id BETWEEN $1 AND $2 ORDER BY s.id`,
    [fromId, toId],
  );
  return rows.map(toSeekerInput);
}

/** Open positions with ids in [fromId, toId]. */
export async function loadPositionsBetween(dataSource: DataSource, fromId: string, toId: string): Promise<PositionInput[]> {
  const rows: PositionRow[] = await dataSource.query(
    `${POSITIONS_SQL} WHERE p.status = 'open' AND p.id BETWEEN $1 AND $2 ORDER BY p.id`,
    [fromId, toId],
  );
  return rows.map(toPositionInput);
}

export interface PairInputs {
  seekers: Map<string, SeekerInput>;
  positions: Map<string, PositionInput>;
}

/** The inputs of every seeker and position named in `pairs`, each loaded once. */
export async function loadPairInputs(
  dataSource: DataSource,
  pairs: ReadonlyArray<{ seekerId: string; positionId: string }>,
): Promise<PairInputs> {
  const seekerIds = [...new Set(pairs.map((pair) => pair.seekerId))];
  const positionIds = [...new Set(pairs.map((pair) => pair.positionId))];
  const [seekers, positions] = await Promise.all([loadSeekers(dataSource, seekerIds), loadPositions(dataSource, positionIds)]);
  return {
    seekers: new Map(seekers.map((seeker) => [seeker.id, seeker])),
    positions: new Map(positions.map((position) => [position.id, position])),
  };
}
