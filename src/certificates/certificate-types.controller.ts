import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { mapPage, type Page } from '../core/http/pagination.js';
import { UUID } from '../core/http/uuid-param.js';
import { CertificateTypesService } from './certificate-types.service.js';
import { CertificateTypeView, toCertificateTypeView } from './certificate.views.js';
import { CertificateTypeQueryDto } from './dto/certificate-type-query.dto.js';
import { SignedIn } from '../auth/access.decorator.js';

@ApiTags('certificates')
@Controller('certificate-types')
export class CertificateTypesController {
  constructor(private readonly types: CertificateTypesService) {}

  @Get()
  @SignedIn()
  @ApiOperation({
    summary: 'The catalogue of certificate types (occupation, kind, levels, validity)',
    description: 'Seeded at start-up; ordered by occupation code.',
  })
  async list(@Query() query: CertificateTypeQueryDto): Promise<Page<CertificateTypeView>> {
    return mapPage(await this.types.list(query), toCertificateTypeView);
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({ summary: 'One certificate type' })
  @ApiOkResponse({ type: CertificateTypeView })
  async get(@Param('id', UUID) id: string): Promise<CertificateTypeView> {
    return toCertificateTypeView(await this.types.get(id));
  }
}
