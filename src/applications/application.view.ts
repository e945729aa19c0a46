import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { APPLICATION_STATUSES, CONTRACT_TYPES, type ApplicationStatus, type ContractType } from './application-pipeline.js';
import { APPLICATION_SOURCES, type Application, type ApplicationSource } from './application.entity.js';

export class ApplicationStepView {
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: ApplicationStatus;
  @ApiProperty() at: Date;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
}

export class ApplicationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) seekerId: string;
  @ApiProperty({ format: 'uuid' }) positionId: string;
  @ApiProperty({ format: 'uuid' }) enterpriseId: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: ApplicationStatus;
  @ApiProperty({ enum: APPLICATION_SOURCES }) source: ApplicationSource;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'The show or fair it is credited to' }) eventId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) startDate: string | null;
  @ApiPropertyOptional({ nullable: true, enum: CONTRACT_TYPES }) contractType: ContractType | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) placementVerifiedAt: Date | null;
  @ApiPropertyOptional({ nullable: true, type: String }) placementVerifiedBy: string | null;
  @ApiProperty({ type: [ApplicationStepView], description: 'Every step, oldest first' }) steps: ApplicationStepView[];
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export function toApplicationView(application: Application, steps: ApplicationStepView[] = []): ApplicationView {
  return {
    id: application.id,
    seekerId: application.seekerId,
    positionId: application.positionId,
    enterpriseId: application.enterpriseId,
    status: application.status,
    source: application.source,
    eventId: application.eventId,
    startDate: application.startDate,
    contractType: application.contractType,
    placementVerifiedAt: application.placementVerifiedAt,
    placementVerifiedBy: application.placementVerifiedBy,
    steps,
    createdAt: application.createdAt,
    updatedAt: application.updatedAt,
  };
}
