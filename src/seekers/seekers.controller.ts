import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, SignedIn } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Page } from '../core/http/pagination.js';
import { RequestId } from '../core/http/request-id.decorator.js';
import { UUID } from '../core/http/uuid-param.js';
import { CreateSeekerDto } from './dto/create-seeker.dto.js';
import { LookupSeekerDto } from './dto/lookup-seeker.dto.js';
import { SeekerQueryDto } from './dto/seeker-query.dto.js';
import { UpdateSeekerDto } from './dto/update-seeker.dto.js';
import { PersonalDataService } from './privacy/personal-data.service.js';
import { SEEKER_PROFILE } from './privacy/seeker-personal-data.js';
import { SeekersService } from './seekers.service.js';
import { IdNumberView, SeekerView } from './seeker.view.js';

const STAFF_WHO_REGISTER = ['centre_admin', 'centre_staff', 'grid_worker'] as const;

@ApiTags('seekers')
@Controller('seekers')
export class SeekersController {
  constructor(
    private readonly seekers: SeekersService,
    private readonly personal: PersonalDataService,
  ) {}

  @Post()
  @Access(...STAFF_WHO_REGISTER)
  @ApiOperation({
    summary: 'Register a job seeker',
    description:
      'Centre staff and grid workers, for a region of their own. One profile per person: a second registration with the same ID number answers 409 SEEKER_DUPLICATE ' +
      '(with the existing seekerId when it is yours to see). Gender and birth date come from the ID number, which is stored only encrypted and hashed and shown masked.',
  })
  @ApiCreatedResponse({ type: SeekerView })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateSeekerDto, @RequestId() requestId: string | null): Promise<SeekerView> {
    return this.personal.presentOne(actor, SEEKER_PROFILE, await this.seekers.create(actor, dto), requestId);
  }

  @Get()
  @Access(...STAFF_WHO_REGISTER)
  @ApiOperation({
    summary: 'List the seekers of your region, newest first',
    description: 'regionCode narrows to a region and everything below it. Phones are shown in clear and each read is audited.',
  })
  async list(@CurrentActor() actor: Actor, @Query() query: SeekerQueryDto, @RequestId() requestId: string | null): Promise<Page<SeekerView>> {
    return this.personal.presentPage(actor, SEEKER_PROFILE, await this.seekers.list(actor, query), requestId);
  }

  @Post('lookup')
  @Access(...STAFF_WHO_REGISTER)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Find the seeker with a resident ID number (404 when not registered in your region)',
    description: 'The number travels in the body to stay out of URLs and access logs.',
  })
  @ApiOkResponse({ type: SeekerView })
  async lookup(@CurrentActor() actor: Actor, @Body() dto: LookupSeekerDto, @RequestId() requestId: string | null): Promise<SeekerView> {
    return this.personal.presentOne(actor, SEEKER_PROFILE, await this.seekers.findByIdNumber(actor, dto.idNumber), requestId);
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({
    summary: 'One seeker',
    description:
      'The seeker themself, their grid worker and centre; an HR officer for the enterprise’s consented candidates and applicants, with the phone masked until the seeker has applied.',
  })
  @ApiOkResponse({ type: SeekerView })
  async get(@CurrentActor() actor: Actor, @Param('id', UUID) id: string, @RequestId() requestId: string | null): Promise<SeekerView> {
    return this.personal.presentOne(actor, SEEKER_PROFILE, await this.seekers.get(actor, id), requestId);
  }

  @Get(':id/id-number')
  @Access(...STAFF_WHO_REGISTER)
  @ApiOperation({ summary: 'The resident ID number in clear (e.g. for social-insurance registration); every read is audited' })
  @ApiOkResponse({ type: IdNumberView })
  async idNumber(@CurrentActor() actor: Actor, @Param('id', UUID) id: string, @RequestId() requestId: string | null): Promise<IdNumberView> {
    const idNumber = await this.seekers.idNumberOf(actor, id);
    await this.personal.recordClearReads(actor, 'seeker.id_number.read', 'seeker', [id], requestId);
    return { seekerId: id, idNumber };
  }

  @Patch(':id')
  @Access(...STAFF_WHO_REGISTER, 'seeker')
  @ApiOperation({
    summary: 'Change a seeker’s profile or status',
    description:
      'Fields left out stay as they are; idNumber cannot change; a seeker may not set status. Turning consentToMatch on or off dates the decision in consentAt. ' +
      'status: active | employed | inactive. Send version to refuse a stale update (409 SEEKER_VERSION_CONFLICT).',
  })
  @ApiOkResponse({ type: SeekerView })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', UUID) id: string,
    @Body() dto: UpdateSeekerDto,
    @RequestId() requestId: string | null,
  ): Promise<SeekerView> {
    return this.personal.presentOne(actor, SEEKER_PROFILE, await this.seekers.update(actor, id, dto), requestId);
  }
}
