import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SubjectType } from './domain-change.entity.js';

/**
 * Per position or seeker: when it last changed and when its matches were last computed.
 * A subject whose change is newer than its scoring is stale and waits for the worker.
 */
@Entity('match_subject_state')
export class MatchSubjectState {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  subjectType: SubjectType;

  @PrimaryColumn({ type: 'uuid' })
  subjectId: string;

  @Column({ type: 'timestamptz' })
  changedAt: Date;

  /** Highest outbox id applied, so replays of older changes are no-ops. */
  @Column({ type: 'bigint' })
  lastChangeId: string;

  @Column({ type: 'integer', default: 0 })
  changeCount: number;

  @Column({ type: 'timestamptz', nullable: true })
  scoredAt: Date | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  engineVersion: string | null;
}
