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

@ApiTags('enterprises')
@Controller('enterprises')
export class EnterprisesController {
  constructor(private readonly enterprises: EnterprisesService) {}

  @Post()
  @Access('centre_admin', 'centre_staff')
  @ApiOperation({ summary: 'Register an enterprise (credit code checksum-validated, region must exist)' })
  @ApiBadRequestResponse({ description: 'Invalid fields, e.g. creditCode checksum or unknown regionCode' })
  @ApiConflictResponse({ description: 'ENTERPRISE_DUPLICATE: the credit code is already registered' })
  async create(@Body() body: CreateEnterpriseDto): Promise<EnterpriseResponse> {
    return toEnterpriseResponse(await this.enterprises.create(body));
  }

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'List enterprises by name, filtered by region subtree, industry, key flag or text' })
  async list(@Query() query: EnterpriseQueryDto): Promise<EnterprisePageResponse> {
    return mapPage(await this.enterprises.list(query), toEnterpriseResponse);
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({ summary: 'One enterprise' })
  @ApiNotFoundResponse({ description: 'ENTERPRISE_NOT_FOUND' })
  async get(@Param('id', UUID) id: string): Promise<EnterpriseResponse> {
    return toEnterpriseResponse(await this.enterprises.findOrFail(id));
  }

  @Patch(':id')
  @Access('centre_admin', 'centre_staff', 'hr_officer')
  @ApiOperation({ summary: 'Change an enterprise; a new credit code is re-validated and must be free' })
  @ApiNotFoundResponse({ description: 'ENTERPRISE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'ENTERPRISE_DUPLICATE' })
  async update(@Param('id', UUID) id: string, @Body() body: UpdateEnterpriseDto): Promise<EnterpriseResponse> {
    return toEnterpriseResponse(await this.enterprises.update(id, body));
  }
}
