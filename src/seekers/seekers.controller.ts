import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { mapPage, type Page } from '../core/http/pagination.js';
import { UUID } from '../core/http/uuid-param.js';
import { CreateSeekerDto } from './dto/create-seeker.dto.js';
import { LookupSeekerDto } from './dto/lookup-seeker.dto.js';
import { SeekerQueryDto } from './dto/seeker-query.dto.js';
import { UpdateSeekerDto } from './dto/update-seeker.dto.js';
import { SeekersService } from './seekers.service.js';
import { SeekerView, toSeekerView } from './seeker.view.js';
import { Access, SignedIn } from '../auth/access.decorator.js';

@ApiTags('seekers')
@Controller('seekers')
export class SeekersController {
  constructor(private readonly seekers: SeekersService) {}

  @Post()
  @Access('centre_admin', 'centre_staff', 'grid_worker')
  @ApiOperation({
    summary: 'Register a job seeker',
    description:
      'One profile per person: a second registration with the same ID number answers 409 SEEKER_DUPLICATE with the existing seekerId. ' +
      'Gender and birth date come from the ID number, which is stored only encrypted and hashed and shown masked.',
  })
  @ApiCreatedResponse({ type: SeekerView })
  async create(@Body() dto: CreateSeekerDto): Promise<SeekerView> {
    return toSeekerView(await this.seekers.create(dto));
  }

  @Get()
  @Access('centre_admin', 'centre_staff', 'grid_worker')
  @ApiOperation({
    summary: 'List seekers, newest first',
    description: 'regionCode includes every region below it; idNumber finds the one profile of a resident.',
  })
  async list(@Query() query: SeekerQueryDto): Promise<Page<SeekerView>> {
    return mapPage(await this.seekers.list(query), toSeekerView);
  }

  @Post('lookup')
  @Access('centre_admin', 'centre_staff', 'grid_worker')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Find the seeker with a resident ID number (404 when not registered)',
    description: 'Same as GET /seekers?idNumber= but keeps the number out of URLs and access logs.',
  })
  @ApiOkResponse({ type: SeekerView })
  async lookup(@Body() dto: LookupSeekerDto): Promise<SeekerView> {
    return toSeekerView(await this.seekers.findByIdNumber(dto.idNumber));
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({ summary: 'One seeker' })
  @ApiOkResponse({ type: SeekerView })
  async get(@Param('id', UUID) id: string): Promise<SeekerView> {
    return toSeekerView(await this.seekers.get(id));
  }

  @Patch(':id')
  @Access('centre_admin', 'centre_staff', 'grid_worker', 'seeker')
  @ApiOperation({
    summary: 'Change a seeker’s profile or status',
    description:
      'Fields left out stay as they are; idNumber cannot change. Turning consentToMatch on or off dates the decision in consentAt. ' +
      'status: active | employed | inactive. Send version to refuse a stale update (409 SEEKER_VERSION_CONFLICT).',
  })
  @ApiOkResponse({ type: SeekerView })
  async update(@Param('id', UUID) id: string, @Body() dto: UpdateSeekerDto): Promise<SeekerView> {
    return toSeekerView(await this.seekers.update(id, dto));
  }
}
