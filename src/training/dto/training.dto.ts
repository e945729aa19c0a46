import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { TARGET_GROUPS, type TargetGroup } from '../../../libs/labour-vocabulary/index.js';
import { MaxChars, NoNulCharacter, OptionalNotNull, Trim, TrimAndDeduplicate } from '../../core/http/dto-decorators.js';
import { PageQueryDto } from '../../core/http/pagination.js';
import { REGION_CODE_MESSAGE, REGION_CODE_PATTERN } from '../../regions/dto/region-fields.js';
import { PROGRAM_STATUSES, type ProgramStatus } from '../training.entities.js';

export class SessionDto {
  @ApiProperty({ format: 'date-time', example: '2026-12-07T09:00:00+08:00' })
  @IsDateString({ strict: true })
  startsAt: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-07T11:30:00+08:00' })
  @IsDateString({ strict: true })
  endsAt: string;
}

export class CreateTrainingProgramDto {
  @ApiProperty({ example: '焊工（四级）培训班' })
  @Trim()
  @IsString()
  @MaxChars(200)
  @NoNulCharacter()
  @Matches(/\S/, { message: 'title must not be blank' })
  title: string;

  @ApiProperty({ format: 'uuid', description: 'The certificate type it prepares for' })
  @IsUUID()
  certificateTypeId: string;

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'One of the type’s levels; null for types without levels' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  level?: number | null;

  @ApiProperty({ example: '肥城市职业技能培训学校' })
  @Trim()
  @IsString()
  @MaxChars(200)
  @Matches(/\S/, { message: 'provider must not be blank' })
  provider: string;

  @ApiProperty({ description: 'Where it is held (a region of yours)' })
  @Matches(REGION_CODE_PATTERN, { message: `regionCode ${REGION_CODE_MESSAGE}` })
  regionCode: string;

  @ApiProperty({ example: '新城街道社区学校二楼实训室' })
  @Trim()
  @IsString()
  @MaxChars(200)
  @Matches(/\S/, { message: 'venue must not be blank' })
  venue: string;

  @ApiProperty({ minimum: 1, maximum: 500 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  capacity: number;

  @ApiPropertyOptional({ minimum: 0, default: 0, description: 'CNY per trainee' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100_000)
  costCny?: number;

  @ApiPropertyOptional({ enum: TARGET_GROUPS, isArray: true })
  @OptionalNotNull()
  @TrimAndDeduplicate()
  @IsArray()
  @IsIn(TARGET_GROUPS, { each: true })
  targetGroups?: TargetGroup[];

  @ApiProperty({ type: [SessionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => SessionDto)
  sessions: SessionDto[];
}

/** What may change once a programme is open; its certificate, level, region and sessions stay. */
export class UpdateTrainingProgramDto extends PartialType(PickType(CreateTrainingProgramDto, ['title', 'provider', 'venue', 'capacity', 'costCny', 'targetGroups'] as const)) {
  @ApiPropertyOptional({
    enum: PROGRAM_STATUSES,
    description: 'enrolling ⇄ in_progress → completed; cancelled from either (withdraws everyone still enrolled)',
  })
  @IsOptional()
  @IsIn(PROGRAM_STATUSES)
  status?: ProgramStatus;
}

export class ProgramQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  certificateTypeId?: string;

  @ApiPropertyOptional({ description: 'A region and everything below it' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: `regionCode ${REGION_CODE_MESSAGE}` })
  regionCode?: string;
}

export class EnrolDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Required unless a seeker enrols themself' })
  @IsOptional()
  @IsUUID()
  seekerId?: string;
}

export class AttendanceDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Enrolments present at the session' })
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  present: string[];

  @ApiPropertyOptional({ description: 'true: everyone else enrolled is marked absent' })
  @IsOptional()
  @IsBoolean()
  othersAbsent?: boolean;
}

export class AssessmentDto {
  @ApiProperty({ enum: ['pass', 'fail'] })
  @IsIn(['pass', 'fail'])
  result: 'pass' | 'fail';

  @ApiPropertyOptional({ description: 'pass: the certificate number issued (required)' })
  @ValidateIf((dto: AssessmentDto) => dto.result === 'pass')
  @Trim()
  @IsString()
  @Matches(/^[A-Za-z0-9\-/().]{4,40}$/, { message: 'certificateNumber may hold letters, digits and - / ( ) . only' })
  certificateNumber?: string;

  @ApiPropertyOptional({ format: 'date', description: 'pass: the issue date (default: today in China)' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'issuedOn must be a date YYYY-MM-DD' })
  issuedOn?: string;
}
