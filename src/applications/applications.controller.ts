import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, SignedIn } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Page } from '../core/http/pagination.js';
import { UUID } from '../core/http/uuid-param.js';
import type { Application } from './application.entity.js';
import { ApplicationView, toApplicationView } from './application.view.js';
import { ApplicationsService } from './applications.service.js';
import { ApplicationQueryDto, CreateApplicationDto, InviteDto, MoveDto } from './dto/application.dto.js';

@ApiTags('applications')
@Controller('applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Post()
  @Access('seeker', 'grid_worker', 'centre_admin', 'centre_staff')
  @ApiOperation({
    summary: 'Apply to an open position',
    description:
      'A seeker for themself; a grid worker or centre staff for a resident of their region (seekerId). eventId credits a show or fair. Applying shares the seeker’s phone with that enterprise’s HR officers. 409 APPLICATION_EXISTS on a second application.',
  })
  @ApiCreatedResponse({ type: ApplicationView })
  async apply(@CurrentActor() actor: Actor, @Body() dto: CreateApplicationDto): Promise<ApplicationView> {
    return this.view(await this.applications.apply(actor, dto));
  }

  @Post('invitations')
  @Access('hr_officer', 'centre_admin', 'centre_staff')
  @ApiOperation({
    summary: 'Invite a candidate to apply (status invited); the seeker accepts or declines with a move',
    description: 'An HR officer for its own open positions and their candidates. Contact details are shared only once the seeker accepts.',
  })
  @ApiCreatedResponse({ type: ApplicationView })
  async invite(@CurrentActor() actor: Actor, @Body() dto: InviteDto): Promise<ApplicationView> {
    return this.view(await this.applications.invite(actor, dto));
  }

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Applications, newest first: a seeker’s own, an HR officer’s enterprise’s, a grid worker’s or centre’s residents’' })
  async list(@CurrentActor() actor: Actor, @Query() query: ApplicationQueryDto): Promise<Page<ApplicationView>> {
    const page = await this.applications.list(actor, query);
    const steps = await this.applications.stepsOf(page.items.map((application) => application.id));
    return { ...page, items: page.items.map((application) => toApplicationView(application, steps.get(application.id) ?? [])) };
  }

  @Get(':id')
  @SignedIn()
  @ApiOkResponse({ type: ApplicationView })
  async get(@CurrentActor() actor: Actor, @Param('id', UUID) id: string): Promise<ApplicationView> {
    return this.view(await this.applications.get(actor, id));
  }

  @Post(':id/moves')
  @SignedIn()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Move an application along: accept | decline (an invitation), intention | interview | offer | place | reject (the employer), withdraw (the seeker’s side)',
    description:
      'submitted → intention (初步就业意向) → interview → offer → placed, steps may be skipped forward; rejected, withdrawn and declined end it. Other moves answer 409 ILLEGAL_APPLICATION_TRANSITION with the allowed ones. place needs startDate and contractType; filling the headcount closes the position.',
  })
  @ApiOkResponse({ type: ApplicationView })
  async move(@CurrentActor() actor: Actor, @Param('id', UUID) id: string, @Body() dto: MoveDto): Promise<ApplicationView> {
    return this.view(await this.applications.move(actor, id, dto));
  }

  @Post(':id/placement/verify')
  @Access('centre_admin', 'centre_staff')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'The centre verifies a placement (409 unless placed and not yet verified)' })
  @ApiOkResponse({ type: ApplicationView })
  async verify(@CurrentActor() actor: Actor, @Param('id', UUID) id: string): Promise<ApplicationView> {
    return this.view(await this.applications.verifyPlacement(actor, id));
  }

  private async view(application: Application): Promise<ApplicationView> {
    const steps = await this.applications.stepsOf([application.id]);
    return toApplicationView(application, steps.get(application.id) ?? []);
  }
}
