import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsNumber, IsOptional, IsString, Max, Min } from 'class-validator';
import type { ExperienceEntry } from '../seeker.entity.js';
import { MaxChars, NoNulCharacter, Trim } from '../../core/http/dto-decorators.js';

export const MAX_EXPERIENCE_YEARS = 60;

/** One past job; stored as JSON, so the limits here are the only ones. */
export class ExperienceEntryDto implements ExperienceEntry {
  @ApiProperty({ example: '电焊工', maxLength: 100 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(100)
  @NoNulCharacter()
  title: string;

  @ApiPropertyOptional({ example: '肥城市某机械有限公司', maxLength: 200 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxChars(200)
  @NoNulCharacter()
  employer?: string;

  @ApiPropertyOptional({ example: 3.5, minimum: 0, maximum: MAX_EXPERIENCE_YEARS, description: 'Years in the job, one decimal at most' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(MAX_EXPERIENCE_YEARS)
  years?: number;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxChars(2000)
  @NoNulCharacter()
  description?: string;
}
