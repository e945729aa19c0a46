import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageQueryDto } from '../core/http/pagination.js';
import { UUID } from '../core/http/uuid-param.js';
import { ExplainQueryDto } from './dto/explain-query.dto.js';
import { FeedbackDto } from './dto/feedback.dto.js';
import { RecommendationsQueryDto } from './dto/recommendations-query.dto.js';
import { ExplainService } from './explain.service.js';
import { MatchQueriesService } from './match-queries.service.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Access, SignedIn } from '../auth/access.decorator.js';
import { READ_CACHE_HEADER, type Cached, type JsonText } from '../core/read-cache/read-cache.js';

/** The page's JSON as it is, saying in X-Read-Cache whether this API process had it cached (hit) or read it (miss). */
function answered<T>(response: Response, { value, hit }: Cached<JsonText<T>>): string {
  response.setHeader(READ_CACHE_HEADER, hit ? 'hit' : 'miss');
  response.type('application/json');
  return value;
}

@ApiTags('matching')
@Controller()
export class RecommendationsController {
  constructor(
    private readonly queries: MatchQueriesService,
    private readonly explainer: ExplainService,
  ) {}

  @Get('seekers/:id/recommendations')
  @Access('centre_admin', 'centre_staff', 'grid_worker', 'seeker')
  @ApiOperation({
    summary: "A seeker's matched positions, best first, with reasons and gaps; dismissed ones hidden",
    description: 'The seeker themself, their grid worker and the centre of their region.',
  })
  async recommendations(
    @CurrentActor() actor: Actor,
    @Param('id', UUID) id: string,
    @Query() query: RecommendationsQueryDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    return answered(response, await this.queries.recommendations(actor, id, query));
  }

  @Post('seekers/:id/recommendations/:positionId/feedback')
  @Access('centre_admin', 'centre_staff', 'grid_worker', 'seeker')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record that the seeker viewed, saved or dismissed a recommended position' })
  feedback(@CurrentActor() actor: Actor, @Param('id', UUID) id: string, @Param('positionId', UUID) positionId: string, @Body() body: FeedbackDto) {
    return this.queries.recordFeedback(actor, id, positionId, body.kind);
  }

  @Get('positions/:id/candidates')
  @Access('centre_admin', 'centre_staff', 'hr_officer')
  @ApiOperation({
    summary: 'Ranked, explained candidates for a position (HR officer view)',
    description: 'Its enterprise’s HR officer and the centre of its region. Only seekers who consented to matching; names with masked ID numbers, no phone.',
  })
  async candidates(@CurrentActor() actor: Actor, @Param('id', UUID) id: string, @Query() query: PageQueryDto, @Res({ passthrough: true }) response: Response) {
    return answered(response, await this.queries.candidates(actor, id, query));
  }

  @Get('matches/explain')
  @SignedIn()
  @ApiOperation({
    summary: 'Full breakdown of one seeker × position pair, even when ineligible',
    description: 'When the caller may see both: a seeker their own pairs, an HR officer its positions’ candidates and applicants, grid workers and centres their residents.',
  })
  explain(@CurrentActor() actor: Actor, @Query() query: ExplainQueryDto) {
    return this.explainer.explain(actor, query.seekerId, query.positionId);
  }
}
