import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, IsUUID, Matches, ValidateIf } from 'class-validator';
import { MaxChars, NoNulCharacter, TrimToNull } from '../../core/http/dto-decorators.js';
import { PageQueryDto } from '../../core/http/pagination.js';
import { APPLICATION_MOVES, APPLICATION_STATUSES, CONTRACT_TYPES, type ApplicationMove, type ApplicationStatus, type ContractType } from '../application-pipeline.js';
import { APPLICATION_SOURCES, type ApplicationSource } from '../application.entity.js';

/** Where a direct application can come from; `invitation` is set only by an HR invitation. */
const DIRECT_SOURCES = APPLICATION_SOURCES.filter((source) => source !== 'invitation');

export class CreateApplicationDto {
  @ApiProperty({ format: 'uuid', description: 'An open position' })
  @IsUUID()
  positionId: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required unless a seeker applies for themself' })
  @IsOptional()
  @IsUUID()
  seekerId?: string;

  @ApiPropertyOptional({ enum: DIRECT_SOURCES, description: 'Defaults from who applies: seeker → recommendation, grid worker → grid_worker, centre → walk_in' })
  @IsOptional()
  @IsIn(DIRECT_SOURCES)
  source?: ApplicationSource;

  @ApiPropertyOptional({ format: 'uuid', description: 'The show or fair the application came from (credited in its reports)' })
  @IsOptional()
  @IsUUID()
  eventId?: string;
}

/** An HR officer invites a candidate; the seeker accepts (becomes submitted) or declines. */
export class InviteDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  positionId: string;

  @ApiProperty({ format: 'uuid', description: 'A candidate of the position (or a seeker of the centre’s region)' })
  @IsUUID()
  seekerId: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  eventId?: string;
}

export class MoveDto {
  @ApiProperty({ enum: APPLICATION_MOVES })
  @IsIn(APPLICATION_MOVES)
  move: ApplicationMove;

  @ApiPropertyOptional({ maxLength: 500, nullable: true, type: String })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxChars(500)
  @NoNulCharacter()
  note?: string | null;

  @ApiPropertyOptional({ format: 'date', description: 'move place: the first working day (required)' })
  @ValidateIf((dto: MoveDto) => dto.move === 'place')
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'startDate must be a date YYYY-MM-DD' })
  startDate?: string;

  @ApiPropertyOptional({ enum: CONTRACT_TYPES, description: 'move place: the contract (required)' })
  @ValidateIf((dto: MoveDto) => dto.move === 'place')
  @IsIn(CONTRACT_TYPES)
  contractType?: ContractType;
}

export class ApplicationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  positionId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  seekerId?: string;

  @ApiPropertyOptional({ enum: APPLICATION_STATUSES })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES)
  status?: ApplicationStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  eventId?: string;
}
