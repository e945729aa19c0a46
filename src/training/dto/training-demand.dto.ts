import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNumber, IsOptional, Matches, Max, Min } from 'class-validator';
import { REGION_CODE_MESSAGE, REGION_CODE_PATTERN } from '../../regions/dto/region-fields.js';

export class TrainingDemandQueryDto {
  @ApiPropertyOptional({ description: 'Region to count (its whole subtree); defaults to the account’s own region', example: '370983' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: `regionCode ${REGION_CODE_MESSAGE}` })
  regionCode?: string;

  @ApiPropertyOptional({ description: 'Score a match must reach with the certificate to count; defaults to STRONG_MATCH_SCORE', minimum: 0, maximum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  minScore?: number;
}
