import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, SignedIn } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { PageQueryDto } from '../core/http/pagination.js';
import { UUID } from '../core/http/uuid-param.js';
import { AssessmentDto, AttendanceDto, CreateTrainingProgramDto, EnrolDto, ProgramQueryDto, UpdateTrainingProgramDto } from './dto/training.dto.js';
import { TrainingService } from './training.service.js';
import { TrainingSuggestionsService } from './training-suggestions.service.js';
import { TrainingDemandService } from './training-demand.service.js';
import { TrainingDemandQueryDto } from './dto/training-demand.dto.js';

const CENTRE = ['centre_admin', 'centre_staff'] as const;

@ApiTags('training')
@Controller('training-programs')
export class TrainingController {
  constructor(private readonly training: TrainingService) {}

  @Post()
  @Access(...CENTRE)
  @ApiOperation({ summary: 'Open a training programme: the certificate (and level) it prepares for, provider, place, sessions, capacity, cost, target groups' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateTrainingProgramDto) {
    return this.training.create(actor, dto);
  }

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Training programmes, newest first; filters certificateTypeId, regionCode (subtree)' })
  list(@Query() query: ProgramQueryDto) {
    return this.training.list(query);
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({ summary: 'A programme with its sessions and the number enrolled' })
  get(@Param('id', UUID) id: string) {
    return this.training.get(id);
  }

  @Patch(':id')
  @Access(...CENTRE)
  @ApiOperation({
    summary: 'Edit a programme (title, provider, venue, capacity, cost, target groups) or move its status',
    description: 'enrolling ⇄ in_progress → completed; cancelled from either, which withdraws everyone still enrolled. 409 ILLEGAL_PROGRAM_TRANSITION, PROGRAM_CLOSED, CAPACITY_BELOW_ENROLLED.',
  })
  update(@CurrentActor() actor: Actor, @Param('id', UUID) id: string, @Body() dto: UpdateTrainingProgramDto) {
    return this.training.update(actor, id, dto);
  }

  @Post(':id/enrolments')
  @Access('seeker', 'grid_worker', ...CENTRE)
  @ApiOperation({ summary: 'Enrol (a seeker themself, or a grid worker or the centre for a resident); 409 PROGRAM_FULL, ALREADY_ENROLLED' })
  enrol(@CurrentActor() actor: Actor, @Param('id', UUID) id: string, @Body() dto: EnrolDto) {
    return this.training.enrol(actor, id, dto.seekerId);
  }

  @Get(':id/enrolments')
  @Access(...CENTRE)
  @ApiOperation({ summary: 'Who is on the programme' })
  enrolments(@CurrentActor() actor: Actor, @Param('id', UUID) id: string, @Query() page: PageQueryDto) {
    return this.training.enrolments(actor, id, page);
  }

  @Post(':id/enrolments/:enrolmentId/withdrawal')
  @Access('seeker', 'grid_worker', ...CENTRE)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Take a place back: the seeker, their grid worker or the centre; 409 ENROLMENT_CLOSED once assessed or withdrawn' })
  withdraw(@CurrentActor() actor: Actor, @Param('id', UUID) id: string, @Param('enrolmentId', UUID) enrolmentId: string) {
    return this.training.withdraw(actor, id, enrolmentId);
  }

  @Post(':id/sessions/:sessionId/attendance')
  @Access(...CENTRE)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Record who attended a session' })
  attendance(@CurrentActor() actor: Actor, @Param('id', UUID) id: string, @Param('sessionId', UUID) sessionId: string, @Body() dto: AttendanceDto) {
    return this.training.attendance(actor, id, sessionId, dto);
  }

  @Post(':id/enrolments/:enrolmentId/assessment')
  @Access(...CENTRE)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'The assessment result; a pass records the seeker’s certificate (pending until the centre verifies it, which rescores the seeker)',
  })
  assess(@CurrentActor() actor: Actor, @Param('id', UUID) id: string, @Param('enrolmentId', UUID) enrolmentId: string, @Body() dto: AssessmentDto) {
    return this.training.assess(actor, id, enrolmentId, dto);
  }
}

@ApiTags('training')
@Controller('seekers/:id/training-suggestions')
export class TrainingSuggestionsController {
  constructor(private readonly suggestions: TrainingSuggestionsService) {}

  @Get()
  @Access('seeker', 'grid_worker', ...CENTRE)
  @ApiOperation({
    summary: 'Upcoming programmes near the seeker, ranked by how many open positions each would make them eligible for',
    description: 'The seeker themself, their grid worker and centre. Each counts the positions the engine finds ineligible today and eligible with the programme’s certificate.',
  })
  list(@CurrentActor() actor: Actor, @Param('id', UUID) id: string) {
    return this.suggestions.suggest(actor, id);
  }
}

@ApiTags('training')
@Controller('training-demand')
export class TrainingDemandController {
  constructor(private readonly demand: TrainingDemandService) {}

  @Get()
  @Access(...CENTRE)
  @ApiOperation({
    summary: 'Which course to open next: the certificates most often missing from strong matches, per community',
    description:
      'Among the region’s matchable residents, the open positions they would match at least minScore (default STRONG_MATCH_SCORE) but for a missing or too-low mandatory certificate, counted per certificate and level: residents, positions, and programmes already enrolling for it in the region. Computed on request by the engine.',
  })
  get(@CurrentActor() actor: Actor, @Query() query: TrainingDemandQueryDto) {
    return this.demand.demand(actor, query);
  }
}
