import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ApplicationStatus } from './application-pipeline.js';
import { Application } from './application.entity.js';

/** Each step of an application, timestamped: the funnel of the campaign reports reads these. */
@Entity('application_step')
@Index(['applicationId', 'at'])
@Index(['status', 'at'])
export class ApplicationStep {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column({ type: 'varchar', length: 16 })
  status: ApplicationStatus;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'uuid' })
  byUserId: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;
}
