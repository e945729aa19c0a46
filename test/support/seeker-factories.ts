import { randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { residentIdCheckDigit } from '../../libs/china-ids/index.js';
import { CertificateType } from '../../src/certificates/certificate-type.entity.js';
import type { SeekerView } from '../../src/seekers/seeker.view.js';
import type { TestApp } from './test-app.js';

let sequence = randomInt(1000);

/**
 * A valid resident ID no other call of this run returns: a random birth date between 1960
 * and 2003 and a rolling sequence number (a fixed birth date leaves 1,000 numbers only,
 * and duplicates would make the duplicate check fire at random). `endingWithX` picks one
 * whose check digit is X, to exercise the lower-case x spelling.
 */
export function uniqueResidentId({ endingWithX = false } = {}): string {
  for (;;) {
    const birth = new Date(Date.UTC(1960, 0, 1) + randomInt(44 * 365) * 86_400_000);
    const date = birth.toISOString().slice(0, 10).replace(/-/g, '');
    sequence = (sequence + 1) % 1000;
    const body = `370983${date}${String(sequence).padStart(3, '0')}`;
    const id = body + residentIdCheckDigit(body);
    if (!endingWithX || id.endsWith('X')) return id;
  }
}

/** A complete, valid POST /seekers body living in `regionCode`. */
export function seekerPayload(regionCode: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    fullName: '王秀兰',
    idNumber: uniqueResidentId(),
    phone: '13800138000',
    education: 'junior_secondary',
    skills: ['氩弧焊', '识图'],
    experience: [{ title: '电焊工', employer: '肥城市某机械有限公司', years: 3 }],
    desiredTitles: ['电焊工'],
    desiredOccupationCodes: ['6-18-02-04'],
    desiredSalaryMin: 4500,
    availability: [{ day: 1, start: '08:30', end: '14:30' }],
    regionCode,
    latitude: 36.18,
    longitude: 116.77,
    maxTravelKm: 5,
    targetGroups: ['stay_at_home_mother'],
    consentToMatch: true,
    ...overrides,
  };
}

/** Registers a seeker through the API and returns the response body (dates as JSON strings). */
export async function createSeeker(
  t: TestApp,
  regionCode: string,
  overrides: Record<string, unknown> = {},
): Promise<SeekerView> {
  const response = await t.http.post('/seekers').send(seekerPayload(regionCode, overrides));
  if (response.status !== 201) throw new Error(`seeker not created: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A catalogue type (seeded at app start) by its stable code. */
export async function catalogueType(dataSource: DataSource, code: string): Promise<CertificateType> {
  return dataSource.getRepository(CertificateType).findOneByOrFail({ code });
}

/** A unique certificate number, so tests never collide on (type, number). */
export const uniqueCertificateNumber = () => `T${Date.now().toString(36).toUpperCase()}${randomInt(1e9)}`;

/** Outbox rows recorded for a seeker, oldest first. */
export async function domainChangeReasons(dataSource: DataSource, seekerId: string): Promise<string[]> {
  const rows: Array<{ reason: string }> = await dataSource.query(
    `SELECT reason FROM domain_change WHERE subject_type = 'seeker' AND subject_id = $1 ORDER BY id`,
    [seekerId],
  );
  return rows.map((row) => row.reason);
}
