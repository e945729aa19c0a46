import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, SignedIn } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { mapPage, type Page } from '../core/http/pagination.js';
import { UUID } from '../core/http/uuid-param.js';
import { ApplicationView, toApplicationView } from './application.view.js';
import { ApplicationsService } from './applications.service.js';
import { ApplicationQueryDto, CreateApplicationDto } from './dto/application.dto.js';

@ApiTags('applications')
@Controller('applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Post()
  @Access('seeker', 'grid_worker', 'centre_admin', 'centre_staff')
  @ApiOperation({
    summary: 'Apply to an open position',
    description:
      'A seeker for themself; a grid worker or centre staff for a resident of their region (seekerId). Applying shares the seeker’s phone with that enterprise’s HR officers. 409 APPLICATION_EXISTS on a second application.',
  })
  @ApiCreatedResponse({ type: ApplicationView })
  async apply(@CurrentActor() actor: Actor, @Body() dto: CreateApplicationDto): Promise<ApplicationView> {
    return toApplicationView(await this.applications.apply(actor, dto));
  }

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Applications, newest first: a seeker’s own, an HR officer’s enterprise’s, a grid worker’s or centre’s residents’' })
  async list(@CurrentActor() actor: Actor, @Query() query: ApplicationQueryDto): Promise<Page<ApplicationView>> {
    return mapPage(await this.applications.list(actor, query), toApplicationView);
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({ summary: 'One application' })
  @ApiOkResponse({ type: ApplicationView })
  async get(@CurrentActor() actor: Actor, @Param('id', UUID) id: string): Promise<ApplicationView> {
    return toApplicationView(await this.applications.get(actor, id));
  }

  @Post(':id/withdraw')
  @Access('seeker', 'grid_worker', 'centre_admin', 'centre_staff')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Withdraw an application (409 when already withdrawn)' })
  @ApiOkResponse({ type: ApplicationView })
  async withdraw(@CurrentActor() actor: Actor, @Param('id', UUID) id: string): Promise<ApplicationView> {
    return toApplicationView(await this.applications.withdraw(actor, id));
  }
}
