import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CERTIFICATE_KIND_LABELS_ZH,
  CERTIFICATE_KINDS,
  CERTIFICATE_LEVEL_LABELS_ZH,
  type CertificateKind,
  type CertificateLevel,
} from '../../libs/labour-vocabulary/index.js';
import { isExpired } from './certificate-dates.js';
import type { CertificateType } from './certificate-type.entity.js';
import { VERIFICATION_STATUSES, type SeekerCertificate, type VerificationStatus } from './seeker-certificate.entity.js';
import { maskCertificateNumber } from '../seekers/privacy/masking.js';

export class LevelView {
  @ApiProperty({ example: 4 }) level: number;
  @ApiProperty({ example: '四级/中级工' }) label: string;
}

export class CertificateTypeSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'welder-skill-level' }) code: string;
  @ApiProperty({ example: '焊工' }) name: string;
  @ApiProperty({ example: '6-18-02-04' }) occupationCode: string;
  @ApiProperty({ enum: CERTIFICATE_KINDS }) kind: CertificateKind;
  @ApiProperty({ example: '职业技能等级' }) kindLabel: string;
}

export class CertificateTypeView extends CertificateTypeSummary {
  @ApiProperty({ type: [LevelView], description: 'Entry level first; empty when the certificate has no levels' }) levels: LevelView[];
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Years a certificate stays valid; null when it does not expire' })
  validityYears: number | null;
}

export const levelLabel = (level: number | null): string | null =>
  level === null ? null : (CERTIFICATE_LEVEL_LABELS_ZH[level as CertificateLevel] ?? null);

function toCertificateTypeSummary(type: CertificateType): CertificateTypeSummary {
  return {
    id: type.id,
    code: type.code,
    name: type.name,
    occupationCode: type.occupationCode,
    kind: type.kind,
    kindLabel: CERTIFICATE_KIND_LABELS_ZH[type.kind],
  };
}

export function toCertificateTypeView(type: CertificateType): CertificateTypeView {
  return {
    ...toCertificateTypeSummary(type),
    levels: type.levels.map((level) => ({ level, label: levelLabel(level) ?? String(level) })),
    validityYears: type.validityYears,
  };
}


export class SeekerCertificateView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) seekerId: string;
  @ApiProperty({ type: CertificateTypeSummary }) certificateType: CertificateTypeSummary;
  @ApiPropertyOptional({ nullable: true, type: Number, example: 4 }) level: number | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '四级/中级工' }) levelLabel: string | null;
  @ApiProperty({ description: 'Only the last four characters for an HR officer until the seeker applies to the enterprise' })
  certificateNumber: string;
  @ApiProperty() issuer: string;
  @ApiProperty({ format: 'date' }) issuedOn: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date', description: 'Valid through this day' }) expiresOn: string | null;
  @ApiProperty({ description: 'Past its expiry date today (China time)' }) expired: boolean;
  @ApiProperty({ enum: VERIFICATION_STATUSES }) verificationStatus: VerificationStatus;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time', description: 'When the centre last verified or rejected it' })
  verifiedAt: Date | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Who made the last decision' }) verifiedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) verificationNote: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

/** `certificate.certificateType` must be loaded. */
export function toSeekerCertificateView(
  certificate: SeekerCertificate,
  today: string,
  { numberInClear }: { numberInClear: boolean },
): SeekerCertificateView {
  const type = certificate.certificateType as CertificateType;
  return {
    id: certificate.id,
    seekerId: certificate.seekerId,
    certificateType: toCertificateTypeSummary(type),
    level: certificate.level,
    levelLabel: levelLabel(certificate.level),
    certificateNumber: numberInClear ? certificate.certificateNumber : maskCertificateNumber(certificate.certificateNumber),
    issuer: certificate.issuer,
    issuedOn: certificate.issuedOn,
    expiresOn: certificate.expiresOn,
    expired: isExpired(certificate.expiresOn, today),
    verificationStatus: certificate.verificationStatus,
    verifiedAt: certificate.verifiedAt,
    verifiedBy: certificate.verifiedBy,
    verificationNote: certificate.verificationNote,
    createdAt: certificate.createdAt,
    updatedAt: certificate.updatedAt,
  };
}
