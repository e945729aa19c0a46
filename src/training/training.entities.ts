import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { TargetGroup } from '../../libs/labour-vocabulary/index.js';
import { CertificateType } from '../certificates/certificate-type.entity.js';
import { Seeker } from '../seekers/seeker.entity.js';

export const PROGRAM_STATUSES = ['enrolling', 'in_progress', 'completed', 'cancelled'] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];

/**
 * A training course that prepares for a certificate (人人持证): 育婴员, 焊工四级, a 中国结
 * 专项能力 … held by a provider in a community or venue, in sessions, for a capacity.
 */
@Entity('training_program')
export class TrainingProgram {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Index()
  @Column({ type: 'uuid' })
  certificateTypeId: string;

  @ManyToOne(() => CertificateType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'certificate_type_id' })
  certificateType?: CertificateType;

  /** The level it prepares for (5 = 五级 … 1 = 一级); null for types without levels. */
  @Column({ type: 'smallint', nullable: true })
  level: number | null;

  @Column({ type: 'varchar', length: 200 })
  provider: string;

  /** Where it is held: a community (or a street, a district) of the organising centre. */
  @Index()
  @Column({ type: 'varchar', length: 32 })
  regionCode: string;

  @Column({ type: 'varchar', length: 200 })
  venue: string;

  @Column({ type: 'integer' })
  capacity: number;

  /** CNY per trainee; most community micro-skill courses are free. */
  @Column({ type: 'integer', default: 0 })
  costCny: number;

  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  targetGroups: TargetGroup[];

  @Index()
  @Column({ type: 'varchar', length: 16, default: 'enrolling' })
  status: ProgramStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('training_session')
@Unique('training_session_start', ['programId', 'startsAt'])
export class TrainingSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne(() => TrainingProgram, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program?: TrainingProgram;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;
}

export const ENROLMENT_STATUSES = ['enrolled', 'completed', 'withdrawn'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** A seeker on a programme; an assessment completes it, a pass records the certificate. */
@Entity('training_enrolment')
@Unique('training_enrolment_once', ['programId', 'seekerId'])
export class TrainingEnrolment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne(() => TrainingProgram, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id' })
  program?: TrainingProgram;

  @Index()
  @Column({ type: 'uuid' })
  seekerId: string;

  @ManyToOne(() => Seeker, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'seeker_id' })
  seeker?: Seeker;

  @Column({ type: 'varchar', length: 16, default: 'enrolled' })
  status: EnrolmentStatus;

  @Column({ type: 'varchar', length: 8, nullable: true })
  result: 'pass' | 'fail' | null;

  @Column({ type: 'timestamptz', nullable: true })
  assessedAt: Date | null;

  /** The certificate a pass recorded (pending until the centre verifies it). */
  @Column({ type: 'uuid', nullable: true })
  certificateId: string | null;

  @Column({ type: 'uuid' })
  enrolledByUserId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Whether an enrolled seeker attended one session. */
@Entity('training_attendance')
export class TrainingAttendance {
  @PrimaryColumn({ type: 'uuid' })
  enrolmentId: string;

  @ManyToOne(() => TrainingEnrolment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: TrainingEnrolment;

  @PrimaryColumn({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => TrainingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: TrainingSession;

  @Column({ type: 'boolean' })
  present: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
