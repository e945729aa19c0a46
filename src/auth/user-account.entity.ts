import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Enterprise } from '../enterprises/enterprise.entity.js';
import { Region } from '../regions/region.entity.js';
import { Seeker } from '../seekers/seeker.entity.js';
import type { Role } from './roles.js';

/**
 * A person who signs in. The role decides what they may call; the scope column that goes
 * with the role (region, enterprise or seeker) decides which records they see.
 */
@Entity('user_account')
@Check('user_account_scope', `
  (role IN ('centre_admin', 'centre_staff') AND enterprise_id IS NULL AND seeker_id IS NULL)
  OR (role = 'grid_worker' AND region_code IS NOT NULL AND enterprise_id IS NULL AND seeker_id IS NULL)
  OR (role = 'hr_officer' AND enterprise_id IS NOT NULL AND region_code IS NULL AND seeker_id IS NULL)
  OR (role = 'seeker' AND seeker_id IS NOT NULL AND region_code IS NULL AND enterprise_id IS NULL)`)
export class UserAccount {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower case: sign-in ignores case. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ type: 'varchar', length: 100 })
  displayName: string;

  /** argon2id, PHC string. */
  @Column({ type: 'varchar', length: 200, select: false })
  passwordHash: string;

  @Index()
  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Column({ type: 'varchar', length: 32, nullable: true })
  regionCode: string | null;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code', referencedColumnName: 'code' })
  region?: Region;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  enterpriseId: string | null;

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: Enterprise;

  @Index({ unique: true, where: 'seeker_id IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  seekerId: string | null;

  @ManyToOne(() => Seeker, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'seeker_id' })
  seeker?: Seeker;

  /** A deactivated account cannot sign in and its sessions stop working at once. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
