import { ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { SEEKER_STATUSES, type SeekerStatus } from '../seeker.entity.js';
import { CreateSeekerDto } from './create-seeker.dto.js';
import { OptionalNotNull } from '../../core/http/dto-decorators.js';

/**
 * Every profile field except the ID number (a profile belongs to one person for good; a
 * wrong ID number means registering again). Left out: unchanged. Status lives here too:
 * it is one field with no side effects beyond rematching.
 */
export class UpdateSeekerDto extends PartialType(OmitType(CreateSeekerDto, ['idNumber'] as const), {
  // null must not slip past the validators of fields that cannot be null.
  skipNullProperties: false,
}) {
  @ApiPropertyOptional({ enum: SEEKER_STATUSES, description: 'active: looking; employed: placed (no longer matched); inactive: not looking' })
  @OptionalNotNull()
  @IsIn(SEEKER_STATUSES)
  status?: SeekerStatus;

  @ApiPropertyOptional({
    minimum: 1,
    description: 'The version the client last read; when stale the update is refused with 409 SEEKER_VERSION_CONFLICT',
  })
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version?: number;
}
