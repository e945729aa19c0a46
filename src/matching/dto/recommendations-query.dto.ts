import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { EMPLOYMENT_TYPES, type EmploymentType } from '../../../libs/labour-vocabulary/index.js';
import { PageQueryDto } from '../../core/http/pagination.js';

export class RecommendationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only positions in this region or below it' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  regionCode?: string;

  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES })
  @IsOptional()
  @IsIn(EMPLOYMENT_TYPES)
  employmentType?: EmploymentType;

  @ApiPropertyOptional({ description: 'Only positions paying at least this much (CNY/month, upper bound of the range)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  minSalary?: number;
}
