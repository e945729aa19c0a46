import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const SUBJECT_TYPES = ['position', 'seeker'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/**
 * Transactional outbox: a row written in the same transaction as the change it records,
 * then relayed to the matching queue. A change survives Redis being down or a crash
 * between the commit and the enqueue.
 */
@Entity('domain_change')
@Index('domain_change_pending', ['id'], { where: 'relayed_at IS NULL' })
// The worker reads a subject's latest change on every rescore.
@Index('domain_change_by_subject', ['subjectType', 'subjectId', 'id'])
// The relay's sweep looks for changes relayed in the last day that were never scored.
@Index('domain_change_relayed', ['relayedAt'])
export class DomainChange {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  subjectType: SubjectType;

  @Column({ type: 'uuid' })
  subjectId: string;

  /** What happened, e.g. position.created, seeker.updated, certificate.verified. */
  @Column({ type: 'varchar', length: 64 })
  reason: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  relayedAt: Date | null;
}
