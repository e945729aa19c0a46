import { Module } from '@nestjs/common';
import { CalendarController } from './calendar/calendar.controller.js';
import { CalendarService } from './calendar/calendar.service.js';
import { EventsController } from './events.controller.js';
import { LivestreamController } from './livestream/livestream.controller.js';
import { LivestreamService } from './livestream/livestream.service.js';
import { EventsService } from './events.service.js';
import { FeaturedPositionsService } from './featured-positions.service.js';
import { SeriesController } from './series.controller.js';
import { SeriesService } from './series.service.js';

/** The API side of recruitment events: series, events, sign-ups, featured positions. */
@Module({
  controllers: [SeriesController, EventsController, CalendarController, LivestreamController],
  providers: [SeriesService, EventsService, FeaturedPositionsService, CalendarService, LivestreamService],
})
export class EventsModule {}
