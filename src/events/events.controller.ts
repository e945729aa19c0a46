import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, SignedIn } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { mapPage, type Page } from '../core/http/pagination.js';
import { UUID } from '../core/http/uuid-param.js';
import { CreateEventDto, EventQueryDto, FeatureDto, RescheduleEventDto, SignUpDto } from './dto/event.dto.js';
import { EventView, toEventView } from './event.views.js';
import { EventsService } from './events.service.js';
import { FeaturedPositionsService, type FeaturedSuggestion } from './featured-positions.service.js';

const ORGANISERS = ['centre_admin', 'centre_staff'] as const;

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly featured: FeaturedPositionsService,
  ) {}

  @Post()
  @Access(...ORGANISERS)
  @ApiOperation({ summary: 'A one-off show or fair (409 SCHEDULE_CONFLICT when it overlaps another at the same community or stream)' })
  @ApiCreatedResponse({ type: EventView })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateEventDto): Promise<EventView> {
    return toEventView(await this.events.create(actor, dto));
  }

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'The schedule: upcoming events soonest first; filters from, to, kind, status, regionCode (subtree), seriesId' })
  async list(@Query() query: EventQueryDto): Promise<Page<EventView>> {
    return mapPage(await this.events.list(query), toEventView);
  }

  @Get(':id')
  @SignedIn()
  @ApiOkResponse({ type: EventView })
  async get(@Param('id', UUID) id: string): Promise<EventView> {
    return toEventView(await this.events.get(id));
  }

  @Patch(':id')
  @Access(...ORGANISERS)
  @ApiOperation({ summary: 'Move one event (an occurrence then no longer follows its series)' })
  @ApiOkResponse({ type: EventView })
  async reschedule(@CurrentActor() actor: Actor, @Param('id', UUID) id: string, @Body() dto: RescheduleEventDto): Promise<EventView> {
    return toEventView(await this.events.reschedule(actor, id, dto));
  }

  @Post(':id/cancel')
  @Access(...ORGANISERS)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Cancel one event (or one occurrence of a series)' })
  async cancel(@CurrentActor() actor: Actor, @Param('id', UUID) id: string): Promise<EventView> {
    return toEventView(await this.events.cancel(actor, id));
  }

  @Post(':id/enterprises')
  @Access(...ORGANISERS, 'hr_officer')
  @ApiOperation({
    summary: 'Sign an enterprise up with the open positions it brings',
    description: 'An HR officer for their enterprise, the centre for enterprises of its region. 409 ENTERPRISE_BUSY when it is signed up to an overlapping event.',
  })
  signUp(@CurrentActor() actor: Actor, @Param('id', UUID) id: string, @Body() dto: SignUpDto) {
    return this.events.signUp(actor, id, dto);
  }

  @Get(':id/enterprises')
  @SignedIn()
  @ApiOperation({ summary: 'Enterprises and positions at the event, featured first' })
  participants(@Param('id', UUID) id: string) {
    return this.events.participants(id);
  }

  @Get(':id/featured-suggestions')
  @Access(...ORGANISERS)
  @ApiOperation({ summary: 'Positions to feature: most strong matches among the seekers the event reaches (a fair: its community)' })
  suggestions(@Param('id', UUID) id: string): Promise<FeaturedSuggestion[]> {
    return this.featured.suggest(id);
  }

  @Post(':id/featured')
  @Access(...ORGANISERS)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Choose the featured positions among those brought (the invitations list them)' })
  async feature(@CurrentActor() actor: Actor, @Param('id', UUID) id: string, @Body() dto: FeatureDto) {
    return { eventId: id, featured: await this.featured.setFeatured(actor, id, dto.positionIds) };
  }
}
