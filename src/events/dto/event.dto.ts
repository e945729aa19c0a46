import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDateString, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { OptionalNotNull } from '../../core/http/dto-decorators.js';
import { PageQueryDto } from '../../core/http/pagination.js';
import { REGION_CODE_MESSAGE, REGION_CODE_PATTERN } from '../../regions/dto/region-fields.js';
import { EVENT_KINDS, type EventKind } from '../event-series.entity.js';
import { EVENT_STATUSES, type EventStatus } from '../event.entity.js';
import { ScheduleFieldsDto } from './event-series.dto.js';

/** A one-off show or fair. */
export class CreateEventDto extends ScheduleFieldsDto {
  @ApiProperty({ enum: EVENT_KINDS })
  @IsIn(EVENT_KINDS)
  kind: EventKind;

  @ApiProperty({ format: 'date-time', example: '2026-12-05T09:00:00+08:00' })
  @IsDateString({ strict: true })
  startsAt: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-05T12:00:00+08:00' })
  @IsDateString({ strict: true })
  endsAt: string;
}

/** Moves one occurrence; it then no longer follows its series' edits. */
export class RescheduleEventDto {
  @ApiPropertyOptional({ format: 'date-time' })
  @OptionalNotNull()
  @IsDateString({ strict: true })
  startsAt?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @OptionalNotNull()
  @IsDateString({ strict: true })
  endsAt?: string;
}

export class EventQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'Events ending after this moment (default: now)' })
  @IsOptional()
  @IsDateString({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Events starting before this moment' })
  @IsOptional()
  @IsDateString({ strict: true })
  to?: string;

  @ApiPropertyOptional({ enum: EVENT_KINDS })
  @IsOptional()
  @IsIn(EVENT_KINDS)
  kind?: EventKind;

  @ApiPropertyOptional({ enum: EVENT_STATUSES })
  @IsOptional()
  @IsIn(EVENT_STATUSES)
  status?: EventStatus;

  @ApiPropertyOptional({ description: 'A region and everything below it' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: `regionCode ${REGION_CODE_MESSAGE}` })
  regionCode?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  seriesId?: string;
}

export class SignUpDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  enterpriseId: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Open positions of that enterprise it brings (at most 50)' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  positionIds: string[];
}

export class FeatureDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Positions brought to the event to present (and invite for)' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  positionIds: string[];
}

export class ViewerCountDto {
  @ApiProperty({ minimum: 0 })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  viewers: number;
}
