import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  EDUCATION_LEVELS,
  TARGET_GROUPS,
  type EducationLevel,
  type TargetGroup,
  type WeeklySlot,
} from '../../libs/labour-vocabulary/index.js';
import { ExperienceEntryDto } from './dto/experience-entry.dto.js';
import { WeeklySlotDto } from '../core/http/weekly-slot.dto.js';
import { SEEKER_STATUSES, type ExperienceEntry, type Seeker, type SeekerStatus } from './seeker.entity.js';
import { maskPhone } from './privacy/masking.js';

/**
 * What the API shows of a seeker. Built field by field, never by spreading the entity, so
 * the ID number's ciphertext and hash cannot leak even if a query selects them.
 */
export class SeekerView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ example: '110105********002X' }) idNumberMasked: string;
  @ApiProperty({ enum: ['male', 'female'], description: 'From the ID number' }) gender: 'male' | 'female';
  @ApiProperty({ example: '1949-12-31', description: 'From the ID number' }) birthDate: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Masked (138****8000) for an HR officer until the seeker applies to the enterprise' })
  phone: string | null;
  @ApiProperty({ enum: EDUCATION_LEVELS }) education: EducationLevel;
  @ApiPropertyOptional({ nullable: true, type: String }) major: string | null;
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty({ type: [ExperienceEntryDto] }) experience: ExperienceEntry[];
  @ApiProperty({ type: [String] }) desiredTitles: string[];
  @ApiProperty({ type: [String] }) desiredOccupationCodes: string[];
  @ApiPropertyOptional({ nullable: true, type: Number }) desiredSalaryMin: number | null;
  @ApiProperty({ type: [WeeklySlotDto] }) availability: WeeklySlot[];
  @ApiProperty() regionCode: string;
  @ApiPropertyOptional({ nullable: true, type: Number }) latitude: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) longitude: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) maxTravelKm: number | null;
  @ApiProperty({ enum: TARGET_GROUPS, isArray: true }) targetGroups: TargetGroup[];
  @ApiProperty() consentToMatch: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time', description: 'When consent was last given or withdrawn' })
  consentAt: Date | null;
  @ApiProperty({ enum: SEEKER_STATUSES }) status: SeekerStatus;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty({ description: 'Send it back in PATCH to refuse a stale update' }) version: number;
}

export class IdNumberView {
  @ApiProperty({ format: 'uuid' }) seekerId: string;
  @ApiProperty({ example: '11010519491231002X' }) idNumber: string;
}

export function toSeekerView(seeker: Seeker, { phoneInClear }: { phoneInClear: boolean }): SeekerView {
  return {
    id: seeker.id,
    fullName: seeker.fullName,
    idNumberMasked: seeker.idNumberMasked,
    gender: seeker.gender,
    birthDate: seeker.birthDate,
    phone: phoneInClear ? seeker.phone : maskPhone(seeker.phone),
    education: seeker.education,
    major: seeker.major,
    skills: seeker.skills,
    experience: seeker.experience,
    desiredTitles: seeker.desiredTitles,
    desiredOccupationCodes: seeker.desiredOccupationCodes,
    desiredSalaryMin: seeker.desiredSalaryMin,
    availability: seeker.availability,
    regionCode: seeker.regionCode,
    latitude: seeker.latitude,
    longitude: seeker.longitude,
    maxTravelKm: seeker.maxTravelKm,
    targetGroups: seeker.targetGroups,
    consentToMatch: seeker.consentToMatch,
    consentAt: seeker.consentAt,
    status: seeker.status,
    createdAt: seeker.createdAt,
    updatedAt: seeker.updatedAt,
    version: seeker.version,
  };
}
