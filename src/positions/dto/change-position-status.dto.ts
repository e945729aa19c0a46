import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { POSITION_STATUSES, type PositionStatus } from '../position.entity.js';
import { MAX_HEADCOUNT } from './create-position.dto.js';
import { OptionalNotNull } from '../../core/http/dto-decorators.js';

export class ChangePositionStatusDto {
  @ApiProperty({ enum: POSITION_STATUSES })
  @IsIn(POSITION_STATUSES)
  status: PositionStatus;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_HEADCOUNT,
    description: 'Required when reopening a filled position: the new, higher headcount. Refused otherwise',
  })
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(MAX_HEADCOUNT)
  headcount?: number;

  @ApiPropertyOptional({ minimum: 1, description: 'The version the client last read (optimistic locking)' })
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version?: number;
}
