import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Access, SignedIn } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { UUID } from '../../core/http/uuid-param.js';
import { CalendarService } from './calendar.service.js';

@ApiTags('events')
@Controller()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('regions/:code/events.ics')
  @SignedIn()
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @ApiProduces('text/calendar')
  @ApiOperation({ summary: 'iCalendar feed of a community’s upcoming fairs and the shows organised above it (60 days)' })
  region(@Param('code') code: string): Promise<string> {
    return this.calendar.forRegion(code);
  }

  @Get('seekers/:id/events.ics')
  @Access('seeker', 'grid_worker', 'centre_admin', 'centre_staff')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @ApiProduces('text/calendar')
  @ApiOperation({ summary: 'iCalendar feed of a seeker’s upcoming events: their community’s and those they were invited to' })
  seeker(@CurrentActor() actor: Actor, @Param('id', UUID) id: string): Promise<string> {
    return this.calendar.forSeeker(actor, id);
  }
}
