import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, SignedIn } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { mapPage, type Page } from '../core/http/pagination.js';
import { UUID } from '../core/http/uuid-param.js';
import { CreateEventSeriesDto, SeriesQueryDto, UpdateEventSeriesDto } from './dto/event-series.dto.js';
import { EventSeriesView, toSeriesView } from './event.views.js';
import { SeriesService } from './series.service.js';

const ORGANISERS = ['centre_admin', 'centre_staff'] as const;

@ApiTags('events')
@Controller('event-series')
export class SeriesController {
  constructor(private readonly series: SeriesService) {}

  @Post()
  @Access(...ORGANISERS)
  @ApiOperation({
    summary: 'Create a livestream series (daily or weekly, stream link, host) or a community fair series (weekday, venue)',
    description:
      'Times are China time. The worker keeps its events materialised 14 days ahead. 409 SCHEDULE_CONFLICT when, within the next 90 days, it would overlap another event at the same community (fairs) or on the same stream (shows).',
  })
  @ApiCreatedResponse({ type: EventSeriesView })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateEventSeriesDto): Promise<EventSeriesView> {
    return toSeriesView(await this.series.create(actor, dto));
  }

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Series, newest first' })
  async list(@Query() query: SeriesQueryDto): Promise<Page<EventSeriesView>> {
    return mapPage(await this.series.list(query), toSeriesView);
  }

  @Get(':id')
  @SignedIn()
  @ApiOkResponse({ type: EventSeriesView })
  async get(@Param('id', UUID) id: string): Promise<EventSeriesView> {
    return toSeriesView(await this.series.get(id));
  }

  @Patch(':id')
  @Access(...ORGANISERS)
  @ApiOperation({
    summary: 'Change a series; its future events are re-timed (days that no longer fit are cancelled), occurrences changed on their own are left alone',
  })
  @ApiOkResponse({ type: EventSeriesView })
  async update(@CurrentActor() actor: Actor, @Param('id', UUID) id: string, @Body() dto: UpdateEventSeriesDto): Promise<EventSeriesView> {
    return toSeriesView(await this.series.update(actor, id, dto));
  }

  @Post(':id/pause')
  @Access(...ORGANISERS)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Pause: future events are cancelled and no new ones made until resumed' })
  async pause(@CurrentActor() actor: Actor, @Param('id', UUID) id: string): Promise<EventSeriesView> {
    return toSeriesView(await this.series.move(actor, id, 'pause'));
  }

  @Post(':id/resume')
  @Access(...ORGANISERS)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Resume a paused series (409 if something else took its slots meanwhile)' })
  async resume(@CurrentActor() actor: Actor, @Param('id', UUID) id: string): Promise<EventSeriesView> {
    return toSeriesView(await this.series.move(actor, id, 'resume'));
  }

  @Post(':id/cancel')
  @Access(...ORGANISERS)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Cancel a series for good: its future events are cancelled' })
  async cancel(@CurrentActor() actor: Actor, @Param('id', UUID) id: string): Promise<EventSeriesView> {
    return toSeriesView(await this.series.move(actor, id, 'cancel'));
  }
}
