import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { EventSeries, type EventKind } from './event-series.entity.js';

export const EVENT_STATUSES = ['scheduled', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/**
 * One show or fair. Occurrences of a series are keyed by (series, day), so materialising
 * twice writes nothing new. `detached` marks an occurrence changed on its own: later edits
 * of the series leave it alone.
 */
@Entity('event')
@Unique('event_series_occurrence', ['seriesId', 'occurrenceDate'])
@Index(['conflictKey', 'startsAt'])
@Index(['regionCode', 'startsAt'])
export class RecruitmentEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  seriesId: string | null;

  @ManyToOne(() => EventSeries, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'series_id' })
  series?: EventSeries;

  /** The China calendar day of a series occurrence. */
  @Column({ type: 'date', nullable: true })
  occurrenceDate: string | null;

  @Column({ type: 'varchar', length: 16 })
  kind: EventKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Index()
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 16, default: 'scheduled' })
  status: EventStatus;

  @Column({ type: 'varchar', length: 32 })
  regionCode: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  host: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  streamUrl: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  venue: string | null;

  /** What may not hold two events at once: a fair's community, a show's stream. */
  @Column({ type: 'varchar', length: 600 })
  conflictKey: string;

  @Column({ type: 'boolean', default: false })
  detached: boolean;

  /** Set once the invitation digests went out: never twice. */
  @Column({ type: 'timestamptz', nullable: true })
  invitationsSentAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  viewersNow: number;

  @Column({ type: 'integer', default: 0 })
  viewersPeak: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A fair is one community at a time; a show is one stream at a time. */
export function conflictKeyOf(event: { kind: EventKind; regionCode: string; streamUrl: string | null }): string {
  return event.kind === 'fair' ? `community:${event.regionCode}` : `stream:${event.streamUrl ?? event.regionCode}`;
}
