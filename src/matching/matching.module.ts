import { Module } from '@nestjs/common';
import { ExplainService } from './explain.service.js';
import { MatchQueriesService } from './match-queries.service.js';
import { matchingSettingsProvider } from './matching-settings.js';
import { RebuildService } from './rebuild.service.js';
import { RebuildsController } from './rebuilds.controller.js';
import { RecommendationsController } from './recommendations.controller.js';

/** The API side of matching: reading stored matches, explaining a pair, starting rebuilds. */
@Module({
  controllers: [RecommendationsController, RebuildsController],
  providers: [matchingSettingsProvider, MatchQueriesService, ExplainService, RebuildService],
  exports: [ExplainService],
})
export class MatchingModule {}
