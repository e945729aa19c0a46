import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Benefit, EducationLevel, EmploymentType, TargetGroup, WeeklySlot } from '../../libs/labour-vocabulary/index.js';
import { Enterprise } from '../enterprises/enterprise.entity.js';
import { Region } from '../regions/region.entity.js';
import { PositionCertificateRequirement } from './position-certificate-requirement.entity.js';

export const POSITION_STATUSES = ['draft', 'open', 'paused', 'filled', 'closed'] as const;
export type PositionStatus = (typeof POSITION_STATUSES)[number];

@Entity('position')
@Index(['status', 'regionCode'])
export class Position {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  enterpriseId: string;

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: Enterprise;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Occupation code of the national classification (职业分类大典), e.g. 6-18-02-04. */
  @Index()
  @Column({ type: 'varchar', length: 16, nullable: true })
  occupationCode: string | null;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  skills: string[];

  @OneToMany(() => PositionCertificateRequirement, (requirement) => requirement.position, {
    cascade: true,
    eager: true,
  })
  certificateRequirements: PositionCertificateRequirement[];

  @Column({ type: 'varchar', length: 32, default: 'none' })
  minEducation: EducationLevel;

  /** CNY per month. */
  @Column({ type: 'integer' })
  salaryMin: number;

  @Column({ type: 'integer' })
  salaryMax: number;

  @Column({ type: 'integer' })
  headcount: number;

  @Column({ type: 'varchar', length: 32 })
  employmentType: EmploymentType;

  @Column({ type: 'smallint' })
  weeklyHours: number;

  /** When the work happens in a week; empty when the employer is flexible. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  workSlots: WeeklySlot[];

  /** Groups the employer especially welcomes (and, for 公益岗, who may apply). */
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  targetGroups: TargetGroup[];

  /** What the position offers besides pay (accommodation, meals, shuttle bus …); empty = not said. */
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  benefits: Benefit[];

  @Index()
  @Column({ type: 'varchar', length: 32 })
  regionCode: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code', referencedColumnName: 'code' })
  region?: Region;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: PositionStatus;

  @Column({ type: 'date', nullable: true })
  validUntil: string | null;

  /** First time the position was opened; drives freshness. */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
