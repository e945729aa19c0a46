import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../../core/http/pagination.js';
import { QueryBoolean, Trim } from '../../core/http/dto-decorators.js';

export class EnterpriseQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Enterprises in this region or anywhere below it', example: '370983001000' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(32)
  regionCode?: string;

  @ApiPropertyOptional({ description: 'Exact industry', example: '制造业' })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  industry?: string;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  isKeyEnterprise?: boolean;

  @ApiPropertyOptional({ description: 'Name contains this text, or the exact credit code (any case)' })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  q?: string;
}
