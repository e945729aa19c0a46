import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const FEEDBACK_KINDS = ['viewed', 'saved', 'dismissed'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

/** What a seeker did with a recommendation; a dismissed position stays hidden. */
@Entity('match_feedback')
@Index(['positionId'])
export class MatchFeedback {
  @PrimaryColumn({ type: 'uuid' })
  seekerId: string;

  @PrimaryColumn({ type: 'uuid' })
  positionId: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind: FeedbackKind;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
