import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { normalizeResidentId } from '../../../libs/china-ids/index.js';
import {
  EDUCATION_LEVELS,
  TARGET_GROUPS,
  type EducationLevel,
  type TargetGroup,
} from '../../../libs/labour-vocabulary/index.js';
import { ExperienceEntryDto } from './experience-entry.dto.js';
import { MaxChars, NoNulCharacter, OptionalNotNull, Trim, TrimAndDeduplicate, TrimToNull } from '../../core/http/dto-decorators.js';
import { CHINESE_MOBILE, IsResidentId, normaliseMobile } from './validators.js';
import { WeeklySlotDto } from '../../core/http/weekly-slot.dto.js';

/** 职业分类大典 codes: major group, then 2-digit medium, minor and detailed groups. */
export const OCCUPATION_CODE = /^\d(-\d{2}){1,3}$/;
/** CNY per month; anything above is a typo (an annual figure, extra zeros). */
export const MAX_MONTHLY_SALARY = 1_000_000;
export const MAX_TRAVEL_KM = 500;
export const MAX_SKILLS = 50;
export const MAX_SKILL_LENGTH = 50;
export const MAX_EXPERIENCE_ENTRIES = 30;
export const MAX_DESIRED_TITLES = 20;
export const MAX_DESIRED_OCCUPATIONS = 20;
export const MAX_AVAILABILITY_SLOTS = 50;

/**
 * A resident's profile. Fields that may be null (phone, major, desiredSalaryMin,
 * coordinates, maxTravelKm) mean "not said"; the others may be left out and take their
 * defaults. No default is written here as a property initialiser: PATCH inherits this
 * class and must not reset omitted fields.
 */
export class CreateSeekerDto {
  @ApiProperty({ example: '王秀兰', maxLength: 100 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(100)
  @NoNulCharacter()
  fullName: string;

  @ApiProperty({
    example: '11010519491231002X',
    description: 'Resident ID number (18 digits, last may be X). Stored only encrypted and hashed; never returned',
  })
  @Transform(({ value }) => (typeof value === 'string' ? normalizeResidentId(value) : value))
  @IsResidentId()
  idNumber: string;

  @ApiPropertyOptional({ example: '13800138000', nullable: true, description: 'Mainland mobile; +86, spaces and dashes are dropped' })
  @IsOptional()
  @Transform(({ value }) => normaliseMobile(value))
  @IsString()
  @Matches(CHINESE_MOBILE, { message: 'phone must be a mainland mobile number (11 digits starting 13-19)' })
  phone?: string | null;

  @ApiPropertyOptional({ enum: EDUCATION_LEVELS, default: 'none' })
  @OptionalNotNull()
  @IsIn(EDUCATION_LEVELS)
  education?: EducationLevel;

  @ApiPropertyOptional({ example: '焊接技术与自动化', maxLength: 100, nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxChars(100)
  @NoNulCharacter()
  major?: string | null;

  @ApiPropertyOptional({ type: [String], maxItems: MAX_SKILLS, example: ['氩弧焊', '识图'], description: 'Trimmed; repeats dropped' })
  @OptionalNotNull()
  @TrimAndDeduplicate()
  @IsArray()
  @ArrayMaxSize(MAX_SKILLS)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxChars(MAX_SKILL_LENGTH, { each: true })
  @NoNulCharacter({ each: true })
  skills?: string[];

  @ApiPropertyOptional({ type: [ExperienceEntryDto], maxItems: MAX_EXPERIENCE_ENTRIES })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_EXPERIENCE_ENTRIES)
  @ValidateNested({ each: true })
  @Type(() => ExperienceEntryDto)
  experience?: ExperienceEntryDto[];

  @ApiPropertyOptional({ type: [String], maxItems: MAX_DESIRED_TITLES, example: ['电焊工', '钳工'] })
  @OptionalNotNull()
  @TrimAndDeduplicate()
  @IsArray()
  @ArrayMaxSize(MAX_DESIRED_TITLES)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxChars(100, { each: true })
  @NoNulCharacter({ each: true })
  desiredTitles?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: MAX_DESIRED_OCCUPATIONS, example: ['6-18-02-04'], description: '职业分类大典 codes or their groups' })
  @OptionalNotNull()
  @TrimAndDeduplicate()
  @IsArray()
  @ArrayMaxSize(MAX_DESIRED_OCCUPATIONS)
  @IsString({ each: true })
  @Matches(OCCUPATION_CODE, { each: true, message: 'each desiredOccupationCodes entry must look like 6-18-02-04 (or a group: 6-18)' })
  desiredOccupationCodes?: string[];

  @ApiPropertyOptional({ example: 4500, minimum: 0, maximum: MAX_MONTHLY_SALARY, nullable: true, description: 'CNY per month' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_MONTHLY_SALARY)
  desiredSalaryMin?: number | null;

  @ApiPropertyOptional({ type: [WeeklySlotDto], maxItems: MAX_AVAILABILITY_SLOTS, description: 'When the seeker can work; empty means any time' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_AVAILABILITY_SLOTS)
  @ValidateNested({ each: true })
  @Type(() => WeeklySlotDto)
  availability?: WeeklySlotDto[];

  @ApiProperty({ example: '370983001016', maxLength: 32, description: 'Region (usually community or grid) where the seeker lives; must exist' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(32)
  @NoNulCharacter()
  regionCode: string;

  @ApiPropertyOptional({ example: 36.18, minimum: -90, maximum: 90, nullable: true, description: 'Given together with longitude' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  latitude?: number | null;

  @ApiPropertyOptional({ example: 116.77, minimum: -180, maximum: 180, nullable: true, description: 'Given together with latitude' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  longitude?: number | null;

  @ApiPropertyOptional({ example: 5, minimum: 0, maximum: MAX_TRAVEL_KM, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_TRAVEL_KM)
  maxTravelKm?: number | null;

  @ApiPropertyOptional({ enum: TARGET_GROUPS, isArray: true, description: 'Repeats dropped' })
  @OptionalNotNull()
  @TrimAndDeduplicate()
  @IsArray()
  @ArrayMaxSize(TARGET_GROUPS.length)
  @IsIn(TARGET_GROUPS, { each: true })
  targetGroups?: TargetGroup[];

  @ApiPropertyOptional({ default: false, description: 'Agreement to be matched and shown to employers; records consentAt' })
  @OptionalNotNull()
  @IsBoolean()
  consentToMatch?: boolean;
}
