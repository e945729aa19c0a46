import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  BENEFITS,
  type Benefit,
  EDUCATION_LEVELS,
  EMPLOYMENT_TYPES,
  TARGET_GROUPS,
  type EducationLevel,
  type EmploymentType,
  type TargetGroup,
} from '../../../libs/labour-vocabulary/index.js';
import { CertificateRequirementDto } from './certificate-requirement.dto.js';
import { NoNulCharacter, OptionalNotNull, Trim, TrimAndDeduplicate } from '../../core/http/dto-decorators.js';
import { WeeklySlotDto } from '../../core/http/weekly-slot.dto.js';

/** 职业分类大典 codes: major group, then 2-digit medium, minor and detailed groups. */
export const OCCUPATION_CODE = /^\d(-\d{2}){1,3}$/;
/** CNY per month; anything above is a typo (an annual figure, extra zeros). */
export const MAX_MONTHLY_SALARY = 1_000_000;
export const MAX_HEADCOUNT = 10_000;
export const MAX_WEEKLY_HOURS = 84;
export const MAX_SKILLS = 50;
export const MAX_SKILL_LENGTH = 50;
export const MAX_CERTIFICATE_REQUIREMENTS = 20;
export const MAX_WORK_SLOTS = 50;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Fields that may be null (occupationCode, address, coordinates, validUntil) mean "not
 * known / none"; the others may be left out and take their defaults.
 */
export class CreatePositionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  enterpriseId: string;

  @ApiProperty({ example: '电焊工', maxLength: 200 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @NoNulCharacter()
  title: string;

  @ApiPropertyOptional({ example: '6-18-02-04', nullable: true, pattern: OCCUPATION_CODE.source })
  @IsOptional()
  @IsString()
  @Matches(OCCUPATION_CODE, { message: 'occupationCode must look like 6-18-02-04' })
  occupationCode?: string | null;

  @ApiPropertyOptional({ default: '', maxLength: 5000 })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @MaxLength(5000)
  @NoNulCharacter()
  description?: string;

  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_SKILLS,
    example: ['氩弧焊', '二氧化碳保护焊'],
    description: 'Trimmed; repeats are dropped',
  })
  @OptionalNotNull()
  @TrimAndDeduplicate()
  @IsArray()
  @ArrayMaxSize(MAX_SKILLS)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(MAX_SKILL_LENGTH, { each: true })
  @NoNulCharacter({ each: true })
  skills?: string[];

  @ApiPropertyOptional({ type: [CertificateRequirementDto], maxItems: MAX_CERTIFICATE_REQUIREMENTS })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_CERTIFICATE_REQUIREMENTS)
  @ValidateNested({ each: true })
  @Type(() => CertificateRequirementDto)
  certificateRequirements?: CertificateRequirementDto[];

  @ApiPropertyOptional({ enum: EDUCATION_LEVELS, default: 'none' })
  @OptionalNotNull()
  @IsIn(EDUCATION_LEVELS)
  minEducation?: EducationLevel;

  @ApiProperty({ minimum: 0, maximum: MAX_MONTHLY_SALARY, example: 5000, description: 'CNY per month' })
  @IsInt()
  @Min(0)
  @Max(MAX_MONTHLY_SALARY)
  salaryMin: number;

  @ApiProperty({ minimum: 0, maximum: MAX_MONTHLY_SALARY, example: 8000, description: 'CNY per month, at least salaryMin' })
  @IsInt()
  @Min(0)
  @Max(MAX_MONTHLY_SALARY)
  salaryMax: number;

  @ApiProperty({ minimum: 1, maximum: MAX_HEADCOUNT })
  @IsInt()
  @Min(1)
  @Max(MAX_HEADCOUNT)
  headcount: number;

  @ApiProperty({ enum: EMPLOYMENT_TYPES })
  @IsIn(EMPLOYMENT_TYPES)
  employmentType: EmploymentType;

  @ApiProperty({ minimum: 1, maximum: MAX_WEEKLY_HOURS })
  @IsInt()
  @Min(1)
  @Max(MAX_WEEKLY_HOURS)
  weeklyHours: number;

  @ApiPropertyOptional({
    type: [WeeklySlotDto],
    maxItems: MAX_WORK_SLOTS,
    description: 'When the work happens; each slot ends after it starts, slots of a day do not overlap. Empty: flexible',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_WORK_SLOTS)
  @ValidateNested({ each: true })
  @Type(() => WeeklySlotDto)
  workSlots?: WeeklySlotDto[];

  @ApiPropertyOptional({
    enum: TARGET_GROUPS,
    isArray: true,
    description: 'Groups especially welcome. For public_welfare: who may apply, a subset of the eligible groups (default: all of them)',
  })
  @OptionalNotNull()
  @TrimAndDeduplicate()
  @IsArray()
  @ArrayMaxSize(TARGET_GROUPS.length)
  @IsIn(TARGET_GROUPS, { each: true })
  targetGroups?: TargetGroup[];

  @ApiPropertyOptional({ enum: BENEFITS, isArray: true, description: 'What it offers besides pay; livestream questions are answered from it' })
  @OptionalNotNull()
  @TrimAndDeduplicate()
  @IsArray()
  @ArrayMaxSize(BENEFITS.length)
  @IsIn(BENEFITS, { each: true })
  benefits?: Benefit[];

  @ApiPropertyOptional({ maxLength: 32, description: "Where the work is; default: the enterprise's region" })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  @NoNulCharacter()
  regionCode?: string;

  @ApiPropertyOptional({ maxLength: 300, nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(300)
  @NoNulCharacter()
  address?: string | null;

  @ApiPropertyOptional({ minimum: -90, maximum: 90, nullable: true, description: 'Given together with longitude' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  latitude?: number | null;

  @ApiPropertyOptional({ minimum: -180, maximum: 180, nullable: true, description: 'Given together with latitude' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  longitude?: number | null;

  @ApiPropertyOptional({
    format: 'date',
    example: '2026-12-31',
    nullable: true,
    description: 'Last day (China time) the position is valid; not in the past. Null: no end',
  })
  @IsOptional()
  @IsString()
  @Matches(ISO_DATE, { message: 'validUntil must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'validUntil must be a real calendar date' })
  validUntil?: string | null;
}
