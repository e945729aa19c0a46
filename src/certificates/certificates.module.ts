import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DomainChangesModule } from '../domain-changes/domain-changes.module.js';
import { Seeker } from '../seekers/seeker.entity.js';
import { CertificateCatalogueSeeder } from './catalogue/certificate-catalogue.seeder.js';
import { CertificateType } from './certificate-type.entity.js';
import { CertificateTypesController } from './certificate-types.controller.js';
import { CertificateTypesService } from './certificate-types.service.js';
import { SeekerCertificate } from './seeker-certificate.entity.js';
import { SeekerCertificatesController } from './seeker-certificates.controller.js';
import { SeekerCertificatesService } from './seeker-certificates.service.js';
import { SeekersModule } from '../seekers/seekers.module.js';

/** The certificate catalogue (seeded at API start) and seekers' certificates with their verification. */
@Module({
  imports: [TypeOrmModule.forFeature([CertificateType, SeekerCertificate, Seeker]), DomainChangesModule, SeekersModule],
  controllers: [CertificateTypesController, SeekerCertificatesController],
  providers: [CertificateTypesService, SeekerCertificatesService, CertificateCatalogueSeeder],
  exports: [SeekerCertificatesService],
})
export class CertificatesModule {}
