import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { FEEDBACK_KINDS, type FeedbackKind } from '../match-feedback.entity.js';

export class FeedbackDto {
  @ApiProperty({ enum: FEEDBACK_KINDS, description: 'dismissed hides the position from the recommendations' })
  @IsIn(FEEDBACK_KINDS)
  kind: FeedbackKind;
}
