import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../../core/http/pagination.js';
import { REGION_LEVELS, type RegionLevel } from '../region.entity.js';
import { REGION_CODE_MESSAGE, REGION_CODE_PATTERN } from './region-fields.js';
import { QueryBoolean, Trim } from '../../core/http/dto-decorators.js';

export class RegionQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only the direct children of this region', example: '370983001000' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: `parentCode ${REGION_CODE_MESSAGE}` })
  parentCode?: string;

  @ApiPropertyOptional({ enum: REGION_LEVELS })
  @IsOptional()
  @IsIn(REGION_LEVELS)
  level?: RegionLevel;

  @ApiPropertyOptional({ description: 'Name contains this text', example: '社区' })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Only regions without a parent', type: Boolean })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  rootsOnly?: boolean;
}

export class SubtreeQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: REGION_LEVELS, description: 'Only descendants of this level' })
  @IsOptional()
  @IsIn(REGION_LEVELS)
  level?: RegionLevel;

  @ApiPropertyOptional({ description: 'Name contains this text' })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  q?: string;
}
