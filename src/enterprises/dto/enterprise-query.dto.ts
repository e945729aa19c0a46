import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../../core/http/pagination.js';
import { booleanFromQuery, trimmed } from './enterprise-fields.js';

export class EnterpriseQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Enterprises in this region or anywhere below it', example: '370983001000' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(32)
  regionCode?: string;

  @ApiPropertyOptional({ description: 'Exact industry', example: '制造业' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  industry?: string;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(booleanFromQuery)
  @IsBoolean()
  isKeyEnterprise?: boolean;

  @ApiPropertyOptional({ description: 'Name contains this text, or the exact credit code (any case)' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  q?: string;
}
