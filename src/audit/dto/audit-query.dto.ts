import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { PageQueryDto } from '../../core/http/pagination.js';

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The seeker (or certificate) whose data was read' })
  @IsOptional()
  @IsUUID()
  subjectId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The account that read it' })
  @IsOptional()
  @IsUUID()
  actorUserId?: string;

  @ApiPropertyOptional({ example: 'seeker.phone.read' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  @Matches(/^[a-z_.]+$/, { message: 'action is lower-case words joined by . or _' })
  action?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'From this moment (inclusive)' })
  @IsOptional()
  @IsDateString({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Before this moment' })
  @IsOptional()
  @IsDateString({ strict: true })
  to?: string;
}
