import { Module } from '@nestjs/common';
import { MatchingProcessor } from './matching.processor.js';
import { matchingSettingsProvider } from './matching-settings.js';
import { MatchingService } from './matching.service.js';
import { NightlyRebuildScheduler } from './nightly-rebuild.scheduler.js';
import { RebuildService } from './rebuild.service.js';

/** The worker side of matching: scoring, storing, rebuild chunks, the nightly schedule. */
@Module({
  providers: [matchingSettingsProvider, MatchingService, RebuildService, MatchingProcessor, NightlyRebuildScheduler],
  exports: [MatchingService],
})
export class MatchingWorkerModule {}
