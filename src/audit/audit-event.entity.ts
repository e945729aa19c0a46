import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../auth/roles.js';

/**
 * One clear-text read of a resident's personal data by staff (or another sensitive act).
 * Append-only: the service never updates or deletes these rows. Actor name and role are
 * copied so the entry still reads correctly after the account changes.
 */
@Entity('audit_event')
@Index(['subjectType', 'subjectId', 'occurredAt'])
@Index(['actorUserId', 'occurredAt'])
export class AuditEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'uuid' })
  actorUserId: string;

  @Column({ type: 'varchar', length: 64 })
  actorUsername: string;

  @Column({ type: 'varchar', length: 16 })
  actorRole: Role;

  /** What happened, e.g. seeker.phone.read, seeker.id_number.read. */
  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ type: 'varchar', length: 32 })
  subjectType: string;

  @Column({ type: 'uuid' })
  subjectId: string;

  /** The X-Request-Id of the request, to find it in the access logs. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;
}
