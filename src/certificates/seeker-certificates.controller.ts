import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, SignedIn } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { PageQueryDto, type Page } from '../core/http/pagination.js';
import { RequestId } from '../core/http/request-id.decorator.js';
import { UUID } from '../core/http/uuid-param.js';
import { PersonalDataService } from '../seekers/privacy/personal-data.service.js';
import { SEEKER_CERTIFICATE } from './certificate-personal-data.js';
import { SeekerCertificateView } from './certificate.views.js';
import { AddCertificateDto } from './dto/add-certificate.dto.js';
import { RejectCertificateDto, VerifyCertificateDto } from './dto/verification-decision.dto.js';
import { SeekerCertificatesService } from './seeker-certificates.service.js';

const PROFILE_EDITORS = ['centre_admin', 'centre_staff', 'grid_worker', 'seeker'] as const;

@ApiTags('certificates')
@Controller('seekers/:id/certificates')
export class SeekerCertificatesController {
  constructor(
    private readonly certificates: SeekerCertificatesService,
    private readonly personal: PersonalDataService,
  ) {}

  @Post()
  @Access(...PROFILE_EDITORS)
  @ApiOperation({
    summary: 'Add a certificate to a seeker’s profile (pending until the centre verifies it)',
    description:
      'The seeker, their grid worker or centre. level must be one of the type’s levels (null for types without levels). expiresOn defaults to issuedOn + the type’s validity. ' +
      'A certificate number already registered for the same type answers 409 CERTIFICATE_DUPLICATE.',
  })
  @ApiCreatedResponse({ type: SeekerCertificateView })
  async add(
    @CurrentActor() actor: Actor,
    @Param('id', UUID) seekerId: string,
    @Body() dto: AddCertificateDto,
    @RequestId() requestId: string | null,
  ): Promise<SeekerCertificateView> {
    return this.personal.presentOne(actor, SEEKER_CERTIFICATE, await this.certificates.add(actor, seekerId, dto), requestId);
  }

  @Get()
  @SignedIn()
  @ApiOperation({
    summary: 'A seeker’s certificates, latest issued first, with level labels, expiry and verification',
    description: 'Whoever may read the seeker; an HR officer sees certificate numbers masked until the seeker applies.',
  })
  async list(
    @CurrentActor() actor: Actor,
    @Param('id', UUID) seekerId: string,
    @Query() page: PageQueryDto,
    @RequestId() requestId: string | null,
  ): Promise<Page<SeekerCertificateView>> {
    return this.personal.presentPage(actor, SEEKER_CERTIFICATE, await this.certificates.list(actor, seekerId, page), requestId);
  }

  @Get(':certificateId')
  @SignedIn()
  @ApiOperation({ summary: 'One certificate of a seeker' })
  @ApiOkResponse({ type: SeekerCertificateView })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', UUID) seekerId: string,
    @Param('certificateId', UUID) certificateId: string,
    @RequestId() requestId: string | null,
  ): Promise<SeekerCertificateView> {
    return this.personal.presentOne(actor, SEEKER_CERTIFICATE, await this.certificates.get(actor, seekerId, certificateId), requestId);
  }

  @Post(':certificateId/verify')
  @Access('centre_admin', 'centre_staff')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'The centre confirms the certificate is genuine',
    description: 'Centre staff of the seeker’s region. pending or rejected → verified; already verified → 409 CERTIFICATE_ALREADY_VERIFIED.',
  })
  @ApiOkResponse({ type: SeekerCertificateView })
  async verify(
    @CurrentActor() actor: Actor,
    @Param('id', UUID) seekerId: string,
    @Param('certificateId', UUID) certificateId: string,
    @Body() dto: VerifyCertificateDto,
    @RequestId() requestId: string | null,
  ): Promise<SeekerCertificateView> {
    return this.personal.presentOne(actor, SEEKER_CERTIFICATE, await this.certificates.decide(actor, seekerId, certificateId, 'verify', dto), requestId);
  }

  @Post(':certificateId/reject')
  @Access('centre_admin', 'centre_staff')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'The centre rejects (or revokes) the certificate; note says why',
    description: 'Centre staff of the seeker’s region. pending or verified → rejected; already rejected → 409 CERTIFICATE_ALREADY_REJECTED.',
  })
  @ApiOkResponse({ type: SeekerCertificateView })
  async reject(
    @CurrentActor() actor: Actor,
    @Param('id', UUID) seekerId: string,
    @Param('certificateId', UUID) certificateId: string,
    @Body() dto: RejectCertificateDto,
    @RequestId() requestId: string | null,
  ): Promise<SeekerCertificateView> {
    return this.personal.presentOne(actor, SEEKER_CERTIFICATE, await this.certificates.decide(actor, seekerId, certificateId, 'reject', dto), requestId);
  }

  @Delete(':certificateId')
  @Access(...PROFILE_EDITORS)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Remove a certificate from the profile (the seeker, their grid worker or centre)' })
  @ApiNoContentResponse()
  async remove(@CurrentActor() actor: Actor, @Param('id', UUID) seekerId: string, @Param('certificateId', UUID) certificateId: string): Promise<void> {
    await this.certificates.remove(actor, seekerId, certificateId);
  }
}
