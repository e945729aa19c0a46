import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CertificateType } from '../certificates/certificate-type.entity.js';
import { DomainChangesModule } from '../domain-changes/domain-changes.module.js';
import { Enterprise } from '../enterprises/enterprise.entity.js';
import { Region } from '../regions/region.entity.js';
import { PositionCertificateRequirement } from './position-certificate-requirement.entity.js';
import { Position } from './position.entity.js';
import { PositionsController } from './positions.controller.js';
import { PositionsService } from './positions.service.js';

/** Enterprises, regions and certificate types are read here only to check references. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Position, PositionCertificateRequirement, Enterprise, Region, CertificateType]),
    DomainChangesModule,
  ],
  controllers: [PositionsController],
  providers: [PositionsService],
  exports: [PositionsService],
})
export class PositionsModule {}
