import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export const EVENT_KINDS = ['livestream', 'fair'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const SERIES_STATUSES = ['active', 'paused', 'cancelled'] as const;
export type SeriesStatus = (typeof SERIES_STATUSES)[number];

/**
 * A recurring recruitment event: a daily livestream show (直播带岗) or a weekly community
 * job fair (周招聘). Times are China time. The worker keeps its events materialised ahead.
 */
@Entity('event_series')
export class EventSeries {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  kind: EventKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** daily, or weekly on `weekday` (ISO 1 = Monday … 7 = Sunday). */
  @Column({ type: 'varchar', length: 8 })
  recurrence: 'daily' | 'weekly';

  @Column({ type: 'smallint', nullable: true })
  weekday: number | null;

  /** `HH:MM`, China time. */
  @Column({ type: 'varchar', length: 5 })
  startTime: string;

  @Column({ type: 'smallint' })
  durationMinutes: number;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Index()
  @Column({ type: 'varchar', length: 16, default: 'active' })
  status: SeriesStatus;

  /** The organising centre's region (a fair: its community); decides who may manage it. */
  @Index()
  @Column({ type: 'varchar', length: 32 })
  regionCode: string;

  /** Livestream: presenter and stream link. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  host: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  streamUrl: string | null;

  /** Fair: where in the community. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  venue: string | null;

  /** As on its events (see conflictKeyOf): series that share it may not overlap. */
  @Index()
  @Column({ type: 'varchar', length: 600 })
  conflictKey: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
