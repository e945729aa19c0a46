import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { APPLICATION_SOURCES, APPLICATION_STATUSES, type Application, type ApplicationSource, type ApplicationStatus } from './application.entity.js';

export class ApplicationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) seekerId: string;
  @ApiProperty({ format: 'uuid' }) positionId: string;
  @ApiProperty({ format: 'uuid' }) enterpriseId: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: ApplicationStatus;
  @ApiProperty({ enum: APPLICATION_SOURCES }) source: ApplicationSource;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) withdrawnAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export function toApplicationView(application: Application): ApplicationView {
  return {
    id: application.id,
    seekerId: application.seekerId,
    positionId: application.positionId,
    enterpriseId: application.enterpriseId,
    status: application.status,
    source: application.source,
    withdrawnAt: application.withdrawnAt,
    createdAt: application.createdAt,
    updatedAt: application.updatedAt,
  };
}
