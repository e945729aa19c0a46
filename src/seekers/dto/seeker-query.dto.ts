import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString } from 'class-validator';
import {
  EDUCATION_LEVELS,
  TARGET_GROUPS,
  type EducationLevel,
  type TargetGroup,
} from '../../../libs/labour-vocabulary/index.js';
import { PageQueryDto } from '../../core/http/pagination.js';
import { SEEKER_STATUSES, type SeekerStatus } from '../seeker.entity.js';
import { MaxChars, NoNulCharacter, QueryBoolean, Trim } from '../../core/http/dto-decorators.js';

export class SeekerQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Seekers living in this region or anywhere below it' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(32)
  @NoNulCharacter()
  regionCode?: string;

  @ApiPropertyOptional({ enum: TARGET_GROUPS })
  @IsOptional()
  @IsIn(TARGET_GROUPS)
  targetGroup?: TargetGroup;

  @ApiPropertyOptional({ enum: SEEKER_STATUSES })
  @IsOptional()
  @IsIn(SEEKER_STATUSES)
  status?: SeekerStatus;

  @ApiPropertyOptional({ enum: EDUCATION_LEVELS })
  @IsOptional()
  @IsIn(EDUCATION_LEVELS)
  education?: EducationLevel;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  consentToMatch?: boolean;

  @ApiPropertyOptional({ description: 'Part of the full name', maxLength: 100 })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(100)
  @NoNulCharacter()
  q?: string;
}
