import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Seeker } from '../seekers/seeker.entity.js';

export const DELIVERY_STATUSES = ['none', 'pending', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * A message in a seeker's in-app inbox, also handed to the outside channel (SMS/WeChat via
 * the webhook) when one is configured. (seeker, subject, kind) is unique: a digest about
 * one event reaches a seeker once, however often the sender runs.
 */
@Entity('notification')
@Unique('notification_once', ['seekerId', 'subjectId', 'kind'])
@Index(['seekerId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  seekerId: string;

  @ManyToOne(() => Seeker, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'seeker_id' })
  seeker?: Seeker;

  /** e.g. event_invitation */
  @Column({ type: 'varchar', length: 32 })
  kind: string;

  /** What it is about (the event of an invitation). */
  @Column({ type: 'uuid' })
  subjectId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload: Record<string, unknown>;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ type: 'varchar', length: 8, default: 'none' })
  deliveryStatus: DeliveryStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
