import { ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { CreatePositionDto } from './create-position.dto.js';
import { OptionalNotNull } from '../../core/http/dto-decorators.js';

/**
 * Every field of a new position except the enterprise (a position never changes hands).
 * Left out: unchanged. `certificateRequirements` replaces the whole list when given.
 * Status changes go through POST /positions/:id/status.
 */
export class UpdatePositionDto extends PartialType(OmitType(CreatePositionDto, ['enterpriseId'] as const), {
  // null must not slip past the validators of fields that cannot be null.
  skipNullProperties: false,
}) {
  @ApiPropertyOptional({
    minimum: 1,
    description: 'The version the client last read; when stale the update is refused with 409 POSITION_VERSION_CONFLICT',
  })
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version?: number;
}
