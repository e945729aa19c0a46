import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../core/http/pagination.js';
import { APPLICATION_SOURCES, APPLICATION_STATUSES, type ApplicationSource, type ApplicationStatus } from '../application.entity.js';

export class CreateApplicationDto {
  @ApiProperty({ format: 'uuid', description: 'An open position' })
  @IsUUID()
  positionId: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required unless a seeker applies for themself' })
  @IsOptional()
  @IsUUID()
  seekerId?: string;

  @ApiPropertyOptional({ enum: APPLICATION_SOURCES, description: 'Defaults from who applies: seeker → recommendation, grid worker → grid_worker, centre → walk_in' })
  @IsOptional()
  @IsIn(APPLICATION_SOURCES)
  source?: ApplicationSource;
}

export class ApplicationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  positionId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  seekerId?: string;

  @ApiPropertyOptional({ enum: APPLICATION_STATUSES })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES)
  status?: ApplicationStatus;
}
