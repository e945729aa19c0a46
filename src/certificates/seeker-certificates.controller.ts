import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { mapPage, PageQueryDto, type Page } from '../core/http/pagination.js';
import { UUID } from '../core/http/uuid-param.js';
import { todayInChina } from './certificate-dates.js';
import { SeekerCertificateView, toSeekerCertificateView } from './certificate.views.js';
import { AddCertificateDto } from './dto/add-certificate.dto.js';
import { RejectCertificateDto, VerifyCertificateDto } from './dto/verification-decision.dto.js';
import { SeekerCertificatesService } from './seeker-certificates.service.js';
import { Access, SignedIn } from '../auth/access.decorator.js';

@ApiTags('certificates')
@Controller('seekers/:id/certificates')
export class SeekerCertificatesController {
  constructor(private readonly certificates: SeekerCertificatesService) {}

  @Post()
  @Access('centre_admin', 'centre_staff', 'grid_worker', 'seeker')
  @ApiOperation({
    summary: 'Add a certificate to a seeker’s profile (pending until the centre verifies it)',
    description:
      'level must be one of the type’s levels (null for types without levels). expiresOn defaults to issuedOn + the type’s validity. ' +
      'A certificate number already registered for the same type answers 409 CERTIFICATE_DUPLICATE.',
  })
  @ApiCreatedResponse({ type: SeekerCertificateView })
  async add(@Param('id', UUID) seekerId: string, @Body() dto: AddCertificateDto): Promise<SeekerCertificateView> {
    return toSeekerCertificateView(await this.certificates.add(seekerId, dto), todayInChina());
  }

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'A seeker’s certificates, latest issued first, with level labels, expiry and verification' })
  async list(@Param('id', UUID) seekerId: string, @Query() page: PageQueryDto): Promise<Page<SeekerCertificateView>> {
    const today = todayInChina();
    return mapPage(await this.certificates.list(seekerId, page), (certificate) => toSeekerCertificateView(certificate, today));
  }

  @Get(':certificateId')
  @SignedIn()
  @ApiOperation({ summary: 'One certificate of a seeker' })
  @ApiOkResponse({ type: SeekerCertificateView })
  async get(
    @Param('id', UUID) seekerId: string,
    @Param('certificateId', UUID) certificateId: string,
  ): Promise<SeekerCertificateView> {
    return toSeekerCertificateView(await this.certificates.get(seekerId, certificateId), todayInChina());
  }

  @Post(':certificateId/verify')
  @Access('centre_admin', 'centre_staff')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'The centre confirms the certificate is genuine',
    description: 'pending or rejected → verified; already verified → 409 CERTIFICATE_ALREADY_VERIFIED.',
  })
  @ApiOkResponse({ type: SeekerCertificateView })
  async verify(
    @Param('id', UUID) seekerId: string,
    @Param('certificateId', UUID) certificateId: string,
    @Body() dto: VerifyCertificateDto,
  ): Promise<SeekerCertificateView> {
    return toSeekerCertificateView(await this.certificates.decide(seekerId, certificateId, 'verify', dto), todayInChina());
  }

  @Post(':certificateId/reject')
  @Access('centre_admin', 'centre_staff')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'The centre rejects (or revokes) the certificate; note says why',
    description: 'pending or verified → rejected; already rejected → 409 CERTIFICATE_ALREADY_REJECTED.',
  })
  @ApiOkResponse({ type: SeekerCertificateView })
  async reject(
    @Param('id', UUID) seekerId: string,
    @Param('certificateId', UUID) certificateId: string,
    @Body() dto: RejectCertificateDto,
  ): Promise<SeekerCertificateView> {
    return toSeekerCertificateView(await this.certificates.decide(seekerId, certificateId, 'reject', dto), todayInChina());
  }

  @Delete(':certificateId')
  @Access('centre_admin', 'centre_staff', 'grid_worker', 'seeker')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Remove a certificate from the profile' })
  @ApiNoContentResponse()
  async remove(@Param('id', UUID) seekerId: string, @Param('certificateId', UUID) certificateId: string): Promise<void> {
    await this.certificates.remove(seekerId, certificateId);
  }
}
