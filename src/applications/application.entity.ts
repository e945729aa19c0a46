import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { Enterprise } from '../enterprises/enterprise.entity.js';
import { Position } from '../positions/position.entity.js';
import { Seeker } from '../seekers/seeker.entity.js';

import { RecruitmentEvent } from '../events/event.entity.js';
import type { ApplicationStatus, ContractType } from './application-pipeline.js';

/** Where an application came from, for the centre's reports. */
export const APPLICATION_SOURCES = ['recommendation', 'grid_worker', 'walk_in', 'livestream', 'fair', 'invitation'] as const;
export type ApplicationSource = (typeof APPLICATION_SOURCES)[number];

/**
 * A seeker's application to a position. Applying shares the seeker's contact details with
 * the position's enterprise: from then on its HR officers see the phone in clear.
 */
@Entity('application')
@Unique('application_seeker_position', ['seekerId', 'positionId'])
export class Application {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Indexed by the unique (seeker, position) constraint, which leads with it. */
  @Column({ type: 'uuid' })
  seekerId: string;

  @ManyToOne(() => Seeker, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'seeker_id' })
  seeker?: Seeker;

  @Index()
  @Column({ type: 'uuid' })
  positionId: string;

  @ManyToOne(() => Position, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'position_id' })
  position?: Position;

  /** The position's enterprise, kept here so "has this seeker applied to us?" is one index lookup. */
  @Index()
  @Column({ type: 'uuid' })
  enterpriseId: string;

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: Enterprise;

  @Index()
  @Column({ type: 'varchar', length: 16, default: 'submitted' })
  status: ApplicationStatus;

  /** The show or fair it is credited to. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  eventId: string | null;

  @ManyToOne(() => RecruitmentEvent, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'event_id' })
  event?: RecruitmentEvent;

  /** A placement: when work starts and on what contract; the centre verifies it. */
  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  contractType: ContractType | null;

  @Column({ type: 'timestamptz', nullable: true })
  placementVerifiedAt: Date | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  placementVerifiedBy: string | null;

  @Column({ type: 'varchar', length: 16 })
  source: ApplicationSource;

  /** The account that submitted it: the seeker, their grid worker or centre staff. */
  @Column({ type: 'uuid' })
  submittedByUserId: string;


  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
