import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EVENT_KINDS, SERIES_STATUSES, type EventKind, type EventSeries, type SeriesStatus } from './event-series.entity.js';
import { EVENT_STATUSES, type EventStatus, type RecruitmentEvent } from './event.entity.js';

export class EventSeriesView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: EVENT_KINDS }) kind: EventKind;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['daily', 'weekly'] }) recurrence: 'daily' | 'weekly';
  @ApiPropertyOptional({ nullable: true, type: Number }) weekday: number | null;
  @ApiProperty({ example: '15:00' }) startTime: string;
  @ApiProperty() durationMinutes: number;
  @ApiProperty() startsOn: string;
  @ApiPropertyOptional({ nullable: true, type: String }) endsOn: string | null;
  @ApiProperty({ enum: SERIES_STATUSES }) status: SeriesStatus;
  @ApiProperty() regionCode: string;
  @ApiPropertyOptional({ nullable: true, type: String }) host: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) streamUrl: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) venue: string | null;
  @ApiProperty() version: number;
}

export const toSeriesView = (series: EventSeries): EventSeriesView => ({
  id: series.id,
  kind: series.kind,
  title: series.title,
  recurrence: series.recurrence,
  weekday: series.weekday,
  startTime: series.startTime,
  durationMinutes: series.durationMinutes,
  startsOn: series.startsOn,
  endsOn: series.endsOn,
  status: series.status,
  regionCode: series.regionCode,
  host: series.host,
  streamUrl: series.streamUrl,
  venue: series.venue,
  version: series.version,
});

export class EventView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) seriesId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) occurrenceDate: string | null;
  @ApiProperty({ enum: EVENT_KINDS }) kind: EventKind;
  @ApiProperty() title: string;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty({ enum: EVENT_STATUSES }) status: EventStatus;
  @ApiProperty() regionCode: string;
  @ApiPropertyOptional({ nullable: true, type: String }) host: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) streamUrl: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) venue: string | null;
  @ApiProperty({ description: 'Changed on its own: edits of the series leave it alone' }) detached: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) invitationsSentAt: Date | null;
  @ApiProperty() viewersNow: number;
  @ApiProperty() viewersPeak: number;
}

export const toEventView = (event: RecruitmentEvent): EventView => ({
  id: event.id,
  seriesId: event.seriesId,
  occurrenceDate: event.occurrenceDate,
  kind: event.kind,
  title: event.title,
  startsAt: event.startsAt,
  endsAt: event.endsAt,
  status: event.status,
  regionCode: event.regionCode,
  host: event.host,
  streamUrl: event.streamUrl,
  venue: event.venue,
  detached: event.detached,
  invitationsSentAt: event.invitationsSentAt,
  viewersNow: event.viewersNow,
  viewersPeak: event.viewersPeak,
});
