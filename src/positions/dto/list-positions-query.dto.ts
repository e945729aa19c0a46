import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { EMPLOYMENT_TYPES, type EmploymentType } from '../../../libs/labour-vocabulary/index.js';
import { PageQueryDto } from '../../core/http/pagination.js';
import { POSITION_STATUSES, type PositionStatus } from '../position.entity.js';
import { MAX_MONTHLY_SALARY } from './create-position.dto.js';
import { CommaSeparatedList, NoNulCharacter, Trim } from '../../core/http/dto-decorators.js';

export const POSITION_SORTS = ['newest', 'salaryMax'] as const;
export type PositionSort = (typeof POSITION_SORTS)[number];

export class ListPositionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  enterpriseId?: string;

  @ApiPropertyOptional({
    enum: POSITION_STATUSES,
    isArray: true,
    description: 'One or several: status=open&status=paused or status=open,paused',
  })
  @IsOptional()
  @CommaSeparatedList()
  @ArrayMaxSize(POSITION_STATUSES.length)
  @IsIn(POSITION_STATUSES, { each: true })
  status?: PositionStatus[];

  @ApiPropertyOptional({ description: 'Positions in this region or anywhere below it (street, community, grid)' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(32)
  @NoNulCharacter()
  regionCode?: string;

  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES })
  @IsOptional()
  @IsIn(EMPLOYMENT_TYPES)
  employmentType?: EmploymentType;

  @ApiPropertyOptional({ example: '6-18', description: 'Occupation code or a group of it (6, 6-18, 6-18-02 …)' })
  @IsOptional()
  @Matches(/^\d(-\d{2}){0,3}$/, { message: 'occupationCode must look like 6, 6-18, 6-18-02 or 6-18-02-04' })
  occupationCode?: string;

  @ApiPropertyOptional({ minimum: 0, description: 'Only positions whose salaryMax reaches this (CNY per month)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_MONTHLY_SALARY)
  minSalary?: number;

  @ApiPropertyOptional({ maxLength: 100, description: 'Text contained in the title or description' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  @NoNulCharacter()
  q?: string;

  @ApiPropertyOptional({
    enum: POSITION_SORTS,
    default: 'newest',
    description: 'newest: most recently created first; salaryMax: best paid first',
  })
  @IsOptional()
  @IsIn(POSITION_SORTS)
  sort: PositionSort = 'newest';
}
