import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, ValidateIf } from 'class-validator';
import { MaxChars, NoNulCharacter, OptionalNotNull, Trim, TrimToNull } from '../../core/http/dto-decorators.js';
import { PageQueryDto } from '../../core/http/pagination.js';
import { REGION_CODE_MESSAGE, REGION_CODE_PATTERN } from '../../regions/dto/region-fields.js';
import { EVENT_KINDS, SERIES_STATUSES, type EventKind, type SeriesStatus } from '../event-series.entity.js';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const isLivestream = (dto: { kind?: EventKind }) => dto.kind === 'livestream';
const isFair = (dto: { kind?: EventKind }) => dto.kind === 'fair';

/** The schedule fields shared by a series and a one-off event. */
export class ScheduleFieldsDto {
  @ApiProperty({ example: '春风行动·每日直播带岗' })
  @Trim()
  @IsString()
  @MaxChars(200)
  @NoNulCharacter()
  @Matches(/\S/, { message: 'title must not be blank' })
  title: string;

  @ApiProperty({ description: 'Livestream: the organising centre’s region. Fair: the community it is held in.' })
  @Matches(REGION_CODE_PATTERN, { message: `regionCode ${REGION_CODE_MESSAGE}` })
  regionCode: string;

  @ApiPropertyOptional({ description: 'Livestream: presenter', nullable: true, type: String })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxChars(100)
  host?: string | null;

  @ApiPropertyOptional({ description: 'Livestream (required): stream link', example: 'https://live.example.cn/feicheng' })
  @ValidateIf(isLivestream)
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'streamUrl must be an http(s) link' })
  @MaxChars(500)
  streamUrl?: string;

  @ApiPropertyOptional({ description: 'Fair (required): where in the community', example: '贵和社区党群服务中心广场' })
  @ValidateIf(isFair)
  @Trim()
  @IsString()
  @MaxChars(200)
  @Matches(/\S/, { message: 'venue must not be blank' })
  venue?: string;
}

export class CreateEventSeriesDto extends ScheduleFieldsDto {
  @ApiProperty({ enum: EVENT_KINDS })
  @IsIn(EVENT_KINDS)
  kind: EventKind;

  @ApiProperty({ enum: ['daily', 'weekly'] })
  @IsIn(['daily', 'weekly'])
  recurrence: 'daily' | 'weekly';

  @ApiPropertyOptional({ minimum: 1, maximum: 7, description: 'weekly: ISO weekday, 1 = Monday … 7 = Sunday' })
  @ValidateIf((dto: CreateEventSeriesDto) => dto.recurrence === 'weekly')
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(7)
  weekday?: number;

  @ApiProperty({ example: '15:00', description: 'China time' })
  @Matches(TIME, { message: 'startTime must be HH:MM' })
  startTime: string;

  @ApiProperty({ example: 60, minimum: 10, maximum: 720 })
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(720)
  durationMinutes: number;

  @ApiProperty({ example: '2026-12-01' })
  @IsDateString({ strict: true }, { message: 'startsOn must be a date YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'startsOn must be a date YYYY-MM-DD' })
  startsOn: string;

  @ApiPropertyOptional({ example: '2026-12-31', nullable: true, type: String })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'endsOn must be a date YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'endsOn must be a date YYYY-MM-DD' })
  endsOn?: string | null;
}

/** Changes to the schedule re-time the series' future events (except ones changed on their own). */
export class UpdateEventSeriesDto {
  @ApiPropertyOptional()
  @OptionalNotNull()
  @Trim()
  @IsString()
  @MaxChars(200)
  @Matches(/\S/, { message: 'title must not be blank' })
  title?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 7 })
  @OptionalNotNull()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(7)
  weekday?: number;

  @ApiPropertyOptional({ example: '15:30' })
  @OptionalNotNull()
  @Matches(TIME, { message: 'startTime must be HH:MM' })
  startTime?: string;

  @ApiPropertyOptional({ minimum: 10, maximum: 720 })
  @OptionalNotNull()
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(720)
  durationMinutes?: number;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'endsOn must be a date YYYY-MM-DD' })
  endsOn?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxChars(100)
  host?: string | null;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @Trim()
  @IsString()
  @MaxChars(200)
  venue?: string;

  @ApiPropertyOptional({ description: 'Send the version you read to refuse a stale edit (409)' })
  @OptionalNotNull()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;
}

export class SeriesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: EVENT_KINDS })
  @IsOptional()
  @IsIn(EVENT_KINDS)
  kind?: EventKind;

  @ApiPropertyOptional({ enum: SERIES_STATUSES })
  @IsOptional()
  @IsIn(SERIES_STATUSES)
  status?: SeriesStatus;
}
