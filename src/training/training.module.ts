import { Module } from '@nestjs/common';
import { CertificatesModule } from '../certificates/certificates.module.js';
import { TrainingController, TrainingDemandController, TrainingSuggestionsController } from './training.controller.js';
import { TrainingDemandService } from './training-demand.service.js';
import { TrainingService } from './training.service.js';
import { TrainingSuggestionsService } from './training-suggestions.service.js';
import { MatchingModule } from '../matching/matching.module.js';

/** Skill training (人人持证): programmes, enrolment, attendance, assessment → certificate. */
@Module({
  imports: [CertificatesModule, MatchingModule],
  controllers: [TrainingController, TrainingSuggestionsController, TrainingDemandController],
  providers: [TrainingService, TrainingSuggestionsService, TrainingDemandService],
})
export class TrainingModule {}
