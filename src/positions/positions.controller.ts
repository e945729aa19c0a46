import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page } from '../core/http/pagination.js';
import { UUID } from '../core/http/uuid-param.js';
import { ChangePositionStatusDto } from './dto/change-position-status.dto.js';
import { CreatePositionDto } from './dto/create-position.dto.js';
import { ListPositionsQueryDto } from './dto/list-positions-query.dto.js';
import { UpdatePositionDto } from './dto/update-position.dto.js';
import { PositionPageView, PositionView } from './position.view.js';
import { PositionsService } from './positions.service.js';
import { Access, SignedIn } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';

@ApiTags('positions')
@Controller('positions')
export class PositionsController {
  constructor(private readonly positions: PositionsService) {}

  @Post()
  @Access('centre_admin', 'centre_staff', 'hr_officer')
  @ApiOperation({
    summary: 'Create a position (as a draft); 400 lists every failing field',
    description:
      'HR officers for their own enterprise, centre staff for enterprises of their region with a workplace (regionCode) in it; any other enterpriseId or regionCode answers 400 like an unknown one.',
  })
  @ApiCreatedResponse({ type: PositionView })
  create(@CurrentActor() actor: Actor, @Body() dto: CreatePositionDto): Promise<PositionView> {
    return this.positions.create(actor, dto);
  }

  @Get()
  @SignedIn()
  @ApiOperation({
    summary: 'List positions, newest first, filtered by enterprise, status, region subtree, type, occupation, pay, text',
    description: 'Open positions are public listings for every signed-in role; drafts, paused, filled and closed ones only for their enterprise’s HR officer and the centre of their region.',
  })
  @ApiOkResponse({ type: PositionPageView })
  list(@CurrentActor() actor: Actor, @Query() query: ListPositionsQueryDto): Promise<Page<PositionView>> {
    return this.positions.list(actor, query);
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({
    summary: 'One position with its enterprise and certificate requirements',
    description: 'Every signed-in role, within what GET /positions lists for them; any other id answers 404.',
  })
  @ApiOkResponse({ type: PositionView })
  findOne(@CurrentActor() actor: Actor, @Param('id', UUID) id: string): Promise<PositionView> {
    return this.positions.findOne(actor, id);
  }

  @Patch(':id')
  @Access('centre_admin', 'centre_staff', 'hr_officer')
  @ApiOperation({
    summary: 'Edit a draft, open or paused position (409 when filled or closed); certificateRequirements replaces the list',
    description: 'Only who manages the position (its HR officer, the centre of its workplace or enterprise region); any other id answers 404, even an open one.',
  })
  @ApiOkResponse({ type: PositionView })
  update(@CurrentActor() actor: Actor, @Param('id', UUID) id: string, @Body() dto: UpdatePositionDto): Promise<PositionView> {
    return this.positions.update(actor, id, dto);
  }

  @Post(':id/status')
  @Access('centre_admin', 'centre_staff', 'hr_officer')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary:
      'Move a position through draft → open → paused | filled | closed (paused → open | closed; filled → open with a higher headcount | closed); 409 ILLEGAL_STATUS_TRANSITION otherwise',
    description: 'Only who manages the position (its HR officer, the centre of its workplace or enterprise region); any other id answers 404, even an open one.',
  })
  @ApiOkResponse({ type: PositionView })
  changeStatus(@CurrentActor() actor: Actor, @Param('id', UUID) id: string, @Body() dto: ChangePositionStatusDto): Promise<PositionView> {
    return this.positions.changeStatus(actor, id, dto);
  }
}
