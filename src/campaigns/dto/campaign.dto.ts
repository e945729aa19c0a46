import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDateString, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, ValidateNested } from 'class-validator';
import { TARGET_GROUPS, type TargetGroup } from '../../../libs/labour-vocabulary/index.js';
import { MaxChars, NoNulCharacter, OptionalNotNull, Trim, TrimAndDeduplicate } from '../../core/http/dto-decorators.js';
import { REGION_CODE_MESSAGE, REGION_CODE_PATTERN } from '../../regions/dto/region-fields.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const goal = () => [IsOptional(), Type(() => Number), IsInt(), Min(0), Max(10_000_000)];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((decorator) => decorator(target, key));

export class CampaignGoalsDto {
  @ApiPropertyOptional() @apply(goal()) events?: number;
  @ApiPropertyOptional() @apply(goal()) enterprises?: number;
  @ApiPropertyOptional() @apply(goal()) positions?: number;
  @ApiPropertyOptional() @apply(goal()) headcount?: number;
  @ApiPropertyOptional() @apply(goal()) livestreamViews?: number;
  @ApiPropertyOptional() @apply(goal()) applications?: number;
  @ApiPropertyOptional() @apply(goal()) intentions?: number;
  @ApiPropertyOptional() @apply(goal()) placements?: number;
}

export class CreateCampaignDto {
  @ApiProperty({ example: '2027年春风行动' })
  @Trim()
  @IsString()
  @MaxChars(200)
  @NoNulCharacter()
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;

  @ApiProperty({ example: '2027-02-01' })
  @IsDateString({ strict: true })
  @Matches(DATE, { message: 'startsOn must be a date YYYY-MM-DD' })
  startsOn: string;

  @ApiProperty({ example: '2027-03-31' })
  @IsDateString({ strict: true })
  @Matches(DATE, { message: 'endsOn must be a date YYYY-MM-DD' })
  endsOn: string;

  @ApiProperty({ description: 'The region it covers (and everything below it)' })
  @Matches(REGION_CODE_PATTERN, { message: `regionCode ${REGION_CODE_MESSAGE}` })
  regionCode: string;

  @ApiPropertyOptional({ enum: TARGET_GROUPS, isArray: true, description: 'Groups it serves; empty = everyone' })
  @OptionalNotNull()
  @TrimAndDeduplicate()
  @IsArray()
  @ArrayMaxSize(TARGET_GROUPS.length)
  @IsIn(TARGET_GROUPS, { each: true })
  targetGroups?: TargetGroup[];

  @ApiPropertyOptional({ type: CampaignGoalsDto })
  @OptionalNotNull()
  @ValidateNested()
  @Type(() => CampaignGoalsDto)
  goals?: CampaignGoalsDto;
}

export class UpdateCampaignDto {
  @ApiPropertyOptional()
  @OptionalNotNull()
  @Trim()
  @IsString()
  @MaxChars(200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsDateString({ strict: true })
  @Matches(DATE, { message: 'endsOn must be a date YYYY-MM-DD' })
  endsOn?: string;

  @ApiPropertyOptional({ type: CampaignGoalsDto })
  @OptionalNotNull()
  @ValidateNested()
  @Type(() => CampaignGoalsDto)
  goals?: CampaignGoalsDto;
}

export class ReportFormatDto {
  @ApiPropertyOptional({ enum: ['json', 'csv', 'xlsx'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv', 'xlsx'])
  format?: 'json' | 'csv' | 'xlsx';
}
