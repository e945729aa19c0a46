import { ApiProperty } from '@nestjs/swagger';
import {
  BENEFITS,
  type Benefit,
  CERTIFICATE_LEVEL_LABELS_ZH,
  CERTIFICATE_LEVELS,
  EDUCATION_LEVELS,
  EMPLOYMENT_TYPES,
  TARGET_GROUPS,
  type CertificateLevel,
  type EducationLevel,
  type EmploymentType,
  type TargetGroup,
} from '../../libs/labour-vocabulary/index.js';
import { WeeklySlotDto } from '../core/http/weekly-slot.dto.js';
import type { PositionCertificateRequirement } from './position-certificate-requirement.entity.js';
import { POSITION_STATUSES, type Position, type PositionStatus } from './position.entity.js';

export class CertificateRequirementView {
  @ApiProperty({ format: 'uuid' })
  certificateTypeId: string;

  @ApiProperty({ example: 'welder-skill-level' })
  code: string;

  @ApiProperty({ example: '焊工' })
  name: string;

  @ApiProperty({ enum: CERTIFICATE_LEVELS, nullable: true, type: Number })
  minLevel: number | null;

  @ApiProperty({ nullable: true, type: String, example: '四级/中级工', description: 'null: any level' })
  minLevelLabelZh: string | null;

  @ApiProperty()
  mandatory: boolean;
}

export class PositionEnterpriseView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;
}

export class PositionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) enterpriseId: string;
  @ApiProperty({ type: PositionEnterpriseView }) enterprise: PositionEnterpriseView;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: String }) occupationCode: string | null;
  @ApiProperty() description: string;
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty({ type: [CertificateRequirementView], description: 'Mandatory first' })
  certificateRequirements: CertificateRequirementView[];
  @ApiProperty({ enum: EDUCATION_LEVELS }) minEducation: EducationLevel;
  @ApiProperty() salaryMin: number;
  @ApiProperty() salaryMax: number;
  @ApiProperty() headcount: number;
  @ApiProperty({ enum: EMPLOYMENT_TYPES }) employmentType: EmploymentType;
  @ApiProperty() weeklyHours: number;
  @ApiProperty({ type: [WeeklySlotDto] }) workSlots: WeeklySlotDto[];
  @ApiProperty({ enum: TARGET_GROUPS, isArray: true }) targetGroups: TargetGroup[];
  @ApiProperty({ enum: BENEFITS, isArray: true }) benefits: Benefit[];
  @ApiProperty() regionCode: string;
  @ApiProperty({ nullable: true, type: String }) address: string | null;
  @ApiProperty({ nullable: true, type: Number }) latitude: number | null;
  @ApiProperty({ nullable: true, type: Number }) longitude: number | null;
  @ApiProperty({ enum: POSITION_STATUSES }) status: PositionStatus;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) validUntil: string | null;
  @ApiProperty({ nullable: true, type: Date, description: 'First time the position was opened' })
  publishedAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty({ description: 'Send it back with PATCH or a status change to detect concurrent edits' })
  version: number;
}

export class PositionPageView {
  @ApiProperty({ type: [PositionView] }) items: PositionView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

function toRequirementView(requirement: PositionCertificateRequirement): CertificateRequirementView {
  return {
    certificateTypeId: requirement.certificateTypeId,
    code: requirement.certificateType?.code ?? '',
    name: requirement.certificateType?.name ?? '',
    minLevel: requirement.minLevel,
    minLevelLabelZh:
      requirement.minLevel === null ? null : (CERTIFICATE_LEVEL_LABELS_ZH[requirement.minLevel as CertificateLevel] ?? null),
    mandatory: requirement.mandatory,
  };
}

/** Mandatory before preferred, then by catalogue code: a stable order for clients. */
const byMandatoryThenCode = (a: CertificateRequirementView, b: CertificateRequirementView) =>
  Number(b.mandatory) - Number(a.mandatory) || a.code.localeCompare(b.code);

/** Expects `enterprise` and the requirements' `certificateType` to be loaded. */
export function toPositionView(position: Position): PositionView {
  return {
    id: position.id,
    enterpriseId: position.enterpriseId,
    enterprise: { id: position.enterpriseId, name: position.enterprise?.name ?? '' },
    title: position.title,
    occupationCode: position.occupationCode,
    description: position.description,
    skills: position.skills,
    certificateRequirements: (position.certificateRequirements ?? []).map(toRequirementView).sort(byMandatoryThenCode),
    minEducation: position.minEducation,
    salaryMin: position.salaryMin,
    salaryMax: position.salaryMax,
    headcount: position.headcount,
    employmentType: position.employmentType,
    weeklyHours: position.weeklyHours,
    workSlots: position.workSlots,
    targetGroups: position.targetGroups,
    benefits: position.benefits,
    regionCode: position.regionCode,
    address: position.address,
    latitude: position.latitude,
    longitude: position.longitude,
    status: position.status,
    validUntil: position.validUntil,
    publishedAt: position.publishedAt,
    createdAt: position.createdAt,
    updatedAt: position.updatedAt,
    version: position.version,
  };
}
