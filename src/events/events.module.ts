import { Module } from '@nestjs/common';
import { EventsController } from './events.controller.js';
import { EventsService } from './events.service.js';
import { FeaturedPositionsService } from './featured-positions.service.js';
import { SeriesController } from './series.controller.js';
import { SeriesService } from './series.service.js';

/** The API side of recruitment events: series, events, sign-ups, featured positions. */
@Module({
  controllers: [SeriesController, EventsController],
  providers: [SeriesService, EventsService, FeaturedPositionsService],
})
export class EventsModule {}
