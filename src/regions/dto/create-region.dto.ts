import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { REGION_LEVELS, type RegionLevel } from '../region.entity.js';
import { REGION_CODE_MESSAGE, REGION_CODE_PATTERN } from './region-fields.js';
import { Trim } from '../../core/http/dto-decorators.js';

export class CreateRegionDto {
  @ApiProperty({ description: 'Statistical code, or the centre’s own code for a grid', example: '370983001016001', maxLength: 32 })
  @Matches(REGION_CODE_PATTERN, { message: `code ${REGION_CODE_MESSAGE}` })
  code: string;

  @ApiProperty({ example: '贵和社区第一网格', maxLength: 100 })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: REGION_LEVELS, description: 'One level below the parent (a grid goes under a community)' })
  @IsIn(REGION_LEVELS)
  level: RegionLevel;

  @ApiPropertyOptional({ description: 'Omit for a root (province, city or district)', example: '370983001016' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: `parentCode ${REGION_CODE_MESSAGE}` })
  parentCode?: string;

  @ApiPropertyOptional({ minimum: -90, maximum: 90, example: 36.18 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  latitude?: number;

  @ApiPropertyOptional({ minimum: -180, maximum: 180, example: 116.77 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  longitude?: number;
}
