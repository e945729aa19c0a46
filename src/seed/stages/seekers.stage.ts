import type { DataSource } from 'typeorm';
import { maskResidentId } from '../../../libs/china-ids/index.js';
import type { PiiCipher } from '../../core/pii/pii-cipher.js';
import { chunk, rowsPerStatement, upsertRows, type UpsertTable } from '../bulk-upsert.js';
import type { SeekerCertificateRow } from '../generators/certificates.js';
import type { DemoIds } from '../deterministic-id.js';
import { MAX_SEEDED_CERTIFICATES, seekerCertificateId, type SeekerRow } from '../generators/seekers.js';
import type { SeedProgress } from '../progress.js';
import { SEED_IMPORTED, SEED_UPDATED, changedOnly, recordSeedChanges } from './domain-changes.js';
import { deleteStaleSeedChildren } from './stale-children.js';
import { describeCounts, emptyCounts, type WriteCounts } from './write-counts.js';

/** A seeker as stored: the ID number encrypted, hashed and masked exactly as the service does. */
interface StoredSeeker extends SeekerRow {
  idNumberEncrypted: string;
  idNumberHash: string;
  idNumberMasked: string;
}

// The ciphertext has a random IV, so it differs on every run: never compared, but renewed
// with the hash when that changes (another PII key).
const SEEKER_TABLE: UpsertTable<StoredSeeker> = {
  table: 'seeker',
  conflictKey: ['id'],
  columns: [
    { name: 'id', value: (row) => row.id, onConflict: 'sync' },
    { name: 'full_name', value: (row) => row.fullName, onConflict: 'sync' },
    { name: 'id_number_encrypted', value: (row) => row.idNumberEncrypted, onConflict: 'refresh' },
    { name: 'id_number_hash', value: (row) => row.idNumberHash, onConflict: 'sync' },
    { name: 'id_number_masked', value: (row) => row.idNumberMasked, onConflict: 'sync' },
    { name: 'gender', value: (row) => row.gender, onConflict: 'sync' },
    { name: 'birth_date', value: (row) => row.birthDate, onConflict: 'sync' },
    { name: 'phone', value: (row) => row.phone, onConflict: 'sync' },
    { name: 'education', value: (row) => row.education, onConflict: 'sync' },
    { name: 'major', value: (row) => row.major, onConflict: 'sync' },
    { name: 'skills', value: (row) => row.skills, onConflict: 'sync' },
    { name: 'experience', value: (row) => JSON.stringify(row.experience), onConflict: 'sync', cast: 'jsonb' },
    { name: 'desired_titles', value: (row) => row.desiredTitles, onConflict: 'sync' },
    { name: 'desired_occupation_codes', value: (row) => row.desiredOccupationCodes, onConflict: 'sync' },
    { name: 'desired_salary_min', value: (row) => row.desiredSalaryMin, onConflict: 'sync' },
    { name: 'availability', value: (row) => JSON.stringify(row.availability), onConflict: 'sync', cast: 'jsonb' },
    { name: 'region_code', value: (row) => row.regionCode, onConflict: 'sync' },
    { name: 'latitude', value: (row) => row.latitude, onConflict: 'sync' },
    { name: 'longitude', value: (row) => row.longitude, onConflict: 'sync' },
    { name: 'max_travel_km', value: (row) => row.maxTravelKm, onConflict: 'sync' },
    { name: 'target_groups', value: (row) => row.targetGroups, onConflict: 'sync' },
    { name: 'consent_to_match', value: (row) => row.consentToMatch, onConflict: 'sync' },
    { name: 'consent_at', value: (row) => row.consentAt, onConflict: 'keep' },
    { name: 'status', value: (row) => row.status, onConflict: 'sync' },
    { name: 'created_at', value: (row) => row.createdAt, onConflict: 'keep' },
    { name: 'updated_at', value: (row) => row.createdAt, onConflict: 'keep' },
    { name: 'version', value: () => 1, onConflict: 'keep' },
  ],
  onUpdate: ['updated_at = now()', 'version = "seeker".version + 1'],
};

interface ResolvedCertificate extends SeekerCertificateRow {
  certificateTypeId: string;
  createdAt: Date;
}

// Numbers and dates follow the day of the first run (issue year, expiry); kept on a re-run.
const CERTIFICATE_TABLE: UpsertTable<ResolvedCertificate> = {
  table: 'seeker_certificate',
  conflictKey: ['id'],
  columns: [
    { name: 'id', value: (row) => row.id, onConflict: 'sync' },
    { name: 'seeker_id', value: (row) => row.seekerId, onConflict: 'sync' },
    { name: 'certificate_type_id', value: (row) => row.certificateTypeId, onConflict: 'sync' },
    { name: 'certificate_number', value: (row) => row.certificateNumber, onConflict: 'keep' },
    { name: 'level', value: (row) => row.level, onConflict: 'sync' },
    { name: 'issuer', value: (row) => row.issuer, onConflict: 'sync' },
    { name: 'issued_on', value: (row) => row.issuedOn, onConflict: 'keep' },
    { name: 'expires_on', value: (row) => row.expiresOn, onConflict: 'keep' },
    { name: 'verification_status', value: (row) => row.verificationStatus, onConflict: 'sync' },
    { name: 'verified_at', value: (row) => row.verifiedAt, onConflict: 'keep' },
    { name: 'verified_by', value: (row) => row.verifiedBy, onConflict: 'sync' },
    { name: 'verification_note', value: (row) => row.verificationNote, onConflict: 'sync' },
    { name: 'created_at', value: (row) => row.createdAt, onConflict: 'keep' },
  ],
  onUpdate: ['updated_at = now()'],
};

/** Small enough for the progress bar to move, large enough to stay a few round trips. */
const SEEKERS_PER_TRANSACTION = 250;

export interface SeekersStageResult {
  seekers: WriteCounts;
  certificates: WriteCounts;
  domainChanges: number;
}

/**
 * Seekers and their certificates, a chunk per transaction with the outbox rows of the
 * seekers that chunk created or changed (a certificate change is a seeker change for
 * matching).
 */
export async function seedSeekers(
  dataSource: DataSource,
  rows: readonly SeekerRow[],
  certificateTypeIds: ReadonlyMap<string, string>,
  cipher: PiiCipher,
  ids: DemoIds,
  progress: SeedProgress,
): Promise<SeekersStageResult> {
  const stage = progress.stage('seekers', rows.length);
  const seekers = emptyCounts(rows.length);
  const certificates = emptyCounts();
  let domainChanges = 0;
  for (const part of chunk(rows, Math.min(SEEKERS_PER_TRANSACTION, rowsPerStatement(SEEKER_TABLE.columns.length)))) {
    const stored = part.map(
      (row): StoredSeeker => ({
        ...row,
        idNumberEncrypted: cipher.encrypt(row.idNumber),
        idNumberHash: cipher.hash(row.idNumber),
        idNumberMasked: maskResidentId(row.idNumber),
      }),
    );
    const resolved = part.flatMap((row) =>
      row.certificates.map((certificate) => ({
        ...certificate,
        certificateTypeId: certificateTypeIds.get(certificate.certificateCode)!,
        createdAt: row.createdAt,
      })),
    );
    await dataSource.transaction(async (manager) => {
      const written = await upsertRows(manager, SEEKER_TABLE, stored);
      const touchedByCertificates: string[] = [];
      // Before the upsert, so a dropped row can never clash with its replacement.
      const seedMade = part.flatMap((row) =>
        Array.from({ length: MAX_SEEDED_CERTIFICATES }, (_, index) => seekerCertificateId(ids, row.key, index)),
      );
      const pruned = await deleteStaleSeedChildren(
        manager,
        'seeker_certificate',
        'seeker_id',
        seedMade,
        resolved.map((certificate) => certificate.id),
      );
      certificates.removed += pruned.length;
      touchedByCertificates.push(...pruned);
      for (const certificatePart of chunk(resolved, rowsPerStatement(CERTIFICATE_TABLE.columns.length))) {
        const outcome = await upsertRows(manager, CERTIFICATE_TABLE, certificatePart);
        certificates.inserted += outcome.inserted.length;
        certificates.updated += outcome.updated.length;
        const seekerOf = new Map(certificatePart.map((certificate) => [certificate.id, certificate.seekerId]));
        touchedByCertificates.push(...[...outcome.inserted, ...outcome.updated].map((id) => seekerOf.get(id)!));
      }
      domainChanges += await recordSeedChanges(manager, 'seeker', written.inserted, SEED_IMPORTED);
      domainChanges += await recordSeedChanges(
        manager,
        'seeker',
        changedOnly(written.inserted, written.updated, touchedByCertificates),
        SEED_UPDATED,
      );
      seekers.inserted += written.inserted.length;
      seekers.updated += written.updated.length;
    });
    certificates.total += resolved.length;
    stage.advance(part.length);
  }
  stage.finish(`${describeCounts('seekers', seekers)}, ${describeCounts('certificates', certificates)}`);
  return { seekers, certificates, domainChanges };
}
