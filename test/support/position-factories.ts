import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { CertificateType } from '../../src/certificates/certificate-type.entity.js';
// The requirement entity before the position entity: their relations import each other.
import { PositionCertificateRequirement } from '../../src/positions/position-certificate-requirement.entity.js';
import { Position } from '../../src/positions/position.entity.js';
import { createEnterprise } from './factories.js';

const unique = () => randomUUID().replace(/-/g, '').slice(0, 10);

/** A certificate type of the catalogue, inserted directly (unique code per call). */
export async function createCertificateType(
  dataSource: DataSource,
  overrides: Partial<CertificateType> = {},
): Promise<CertificateType> {
  const repo = dataSource.getRepository(CertificateType);
  return repo.save(
    repo.create({
      code: `welder-${unique()}`,
      name: '焊工',
      occupationCode: '6-18-02-04',
      kind: 'skill_level',
      levels: [5, 4, 3, 2, 1],
      validityYears: null,
      ...overrides,
    }),
  );
}

/** A valid POST /positions body for this enterprise; override any field. */
export function positionBody(enterpriseId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    enterpriseId,
    title: `电焊工${unique()}`,
    occupationCode: '6-18-02-04',
    description: '负责钢结构焊接，能看懂图纸。',
    skills: ['氩弧焊', '二氧化碳保护焊'],
    minEducation: 'junior_secondary',
    salaryMin: 5000,
    salaryMax: 8000,
    headcount: 3,
    employmentType: 'full_time',
    weeklyHours: 44,
    workSlots: [
      { day: 1, start: '08:00', end: '12:00' },
      { day: 1, start: '13:30', end: '17:30' },
    ],
    ...overrides,
  };
}

/**
 * A position inserted directly, bypassing the API (for tests of features that read
 * positions). Creates an enterprise when none is given.
 */
export async function createPosition(
  dataSource: DataSource,
  overrides: Partial<Position> & { requirements?: Array<Partial<PositionCertificateRequirement>> } = {},
): Promise<Position> {
  const { requirements = [], ...fields } = overrides;
  const enterprise = fields.enterpriseId ? undefined : await createEnterprise(dataSource);
  const repo = dataSource.getRepository(Position);
  const position = await repo.save(
    repo.create({
      enterpriseId: enterprise?.id,
      regionCode: enterprise?.regionCode,
      title: `电焊工${unique()}`,
      occupationCode: '6-18-02-04',
      description: '',
      skills: ['氩弧焊'],
      minEducation: 'none',
      salaryMin: 5000,
      salaryMax: 8000,
      headcount: 2,
      employmentType: 'full_time',
      weeklyHours: 44,
      workSlots: [],
      targetGroups: [],
      address: null,
      latitude: null,
      longitude: null,
      status: 'open',
      validUntil: null,
      publishedAt: fields.status === undefined || fields.status === 'open' ? new Date() : null,
      ...fields,
    }),
  );
  if (requirements.length > 0) {
    await dataSource.getRepository(PositionCertificateRequirement).insert(
      requirements.map((requirement) => ({ minLevel: null, mandatory: true, ...requirement, positionId: position.id })),
    );
  }
  return position;
}
