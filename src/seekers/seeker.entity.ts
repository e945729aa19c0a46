import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { EducationLevel, TargetGroup, WeeklySlot } from '../../libs/labour-vocabulary/index.js';
import { Region } from '../regions/region.entity.js';

export const SEEKER_STATUSES = ['active', 'employed', 'inactive'] as const;
export type SeekerStatus = (typeof SEEKER_STATUSES)[number];

export interface ExperienceEntry {
  title: string;
  employer?: string;
  years?: number;
  description?: string;
}

/**
 * A resident looking for work. The ID number is never stored in clear: it is encrypted
 * (AES-256-GCM) for the rare authorised read, and a keyed hash (HMAC-SHA256) keeps one
 * profile per person without being reversible.
 */
@Entity('seeker')
export class Seeker {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  fullName: string;

  @Column({ type: 'text', select: false })
  idNumberEncrypted: string;

  @Index({ unique: true })
  @Column({ type: 'char', length: 64, select: false })
  idNumberHash: string;

  @Column({ type: 'varchar', length: 18 })
  idNumberMasked: string;

  @Column({ type: 'varchar', length: 8 })
  gender: 'male' | 'female';

  @Column({ type: 'date' })
  birthDate: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 32, default: 'none' })
  education: EducationLevel;

  @Column({ type: 'varchar', length: 100, nullable: true })
  major: string | null;

  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  skills: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  experience: ExperienceEntry[];

  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  desiredTitles: string[];

  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  desiredOccupationCodes: string[];

  /** CNY per month; null when the seeker has not said. */
  @Column({ type: 'integer', nullable: true })
  desiredSalaryMin: number | null;

  /** When the seeker can work; empty means any time. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  availability: WeeklySlot[];

  @Index()
  @Column({ type: 'varchar', length: 32 })
  regionCode: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code', referencedColumnName: 'code' })
  region?: Region;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  /** How far the seeker will travel to work, in km; null when not said. */
  @Column({ type: 'smallint', nullable: true })
  maxTravelKm: number | null;

  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  targetGroups: TargetGroup[];

  /** Only seekers who agreed are matched and shown to employers. */
  @Column({ type: 'boolean', default: false })
  consentToMatch: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  consentAt: Date | null;

  @Index()
  @Column({ type: 'varchar', length: 16, default: 'active' })
  status: SeekerStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
