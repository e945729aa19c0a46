import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UUID } from '../core/http/uuid-param.js';
import { mapPage } from '../core/http/pagination.js';
import { CreateEnterpriseDto } from './dto/create-enterprise.dto.js';
import { EnterpriseQueryDto } from './dto/enterprise-query.dto.js';
import { EnterprisePageResponse, EnterpriseResponse, toEnterpriseResponse } from './dto/enterprise.response.js';
import { UpdateEnterpriseDto } from './dto/update-enterprise.dto.js';
import { EnterprisesService } from './enterprises.service.js';
import { Access, SignedIn } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';

@ApiTags('enterprises')
@Controller('enterprises')
export class EnterprisesController {
  constructor(private readonly enterprises: EnterprisesService) {}

  @Post()
  @Access('centre_admin', 'centre_staff')
  @ApiOperation({
    summary: 'Register an enterprise (credit code checksum-validated)',
    description: 'Centre admins and staff, in a region of their subtree: any other regionCode answers 400 like an unknown one.',
  })
  @ApiBadRequestResponse({ description: 'Invalid fields, e.g. creditCode checksum or unknown regionCode' })
  @ApiConflictResponse({
    description: 'ENTERPRISE_DUPLICATE: the credit code is already registered (existingId only when the caller may see that enterprise)',
  })
  async create(@CurrentActor() actor: Actor, @Body() body: CreateEnterpriseDto): Promise<EnterpriseResponse> {
    return toEnterpriseResponse(await this.enterprises.create(actor, body));
  }

  @Get()
  @SignedIn()
  @ApiOperation({
    summary: 'List enterprises by name, filtered by region subtree, industry, key flag or text',
    description: 'Centre staff see their region, an HR officer only their enterprise, grid workers and seekers every enterprise that is recruiting.',
  })
  async list(@CurrentActor() actor: Actor, @Query() query: EnterpriseQueryDto): Promise<EnterprisePageResponse> {
    return mapPage(await this.enterprises.list(actor, query), toEnterpriseResponse);
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({
    summary: 'One enterprise',
    description: 'Every signed-in role, within what GET /enterprises lists for them; any other id answers 404.',
  })
  @ApiNotFoundResponse({ description: 'ENTERPRISE_NOT_FOUND' })
  async get(@CurrentActor() actor: Actor, @Param('id', UUID) id: string): Promise<EnterpriseResponse> {
    return toEnterpriseResponse(await this.enterprises.findVisible(actor, id));
  }

  @Patch(':id')
  @Access('centre_admin', 'centre_staff', 'hr_officer')
  @ApiOperation({
    summary: 'Change an enterprise; a new credit code is re-validated and must be free',
    description:
      'Centre staff for enterprises of their region (a new regionCode must lie in it too), an HR officer for their own except creditCode, regionCode, isKeyEnterprise and serviceSpecialist (403); any other id answers 404.',
  })
  @ApiNotFoundResponse({ description: 'ENTERPRISE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'ENTERPRISE_DUPLICATE' })
  async update(@CurrentActor() actor: Actor, @Param('id', UUID) id: string, @Body() body: UpdateEnterpriseDto): Promise<EnterpriseResponse> {
    return toEnterpriseResponse(await this.enterprises.update(actor, id, body));
  }
}
