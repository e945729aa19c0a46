import { Module } from '@nestjs/common';
import { CertificatesModule } from '../certificates/certificates.module.js';
import { TrainingController } from './training.controller.js';
import { TrainingService } from './training.service.js';

/** Skill training (人人持证): programmes, enrolment, attendance, assessment → certificate. */
@Module({ imports: [CertificatesModule], controllers: [TrainingController], providers: [TrainingService] })
export class TrainingModule {}
