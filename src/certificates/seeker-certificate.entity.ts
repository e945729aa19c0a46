import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Seeker } from '../seekers/seeker.entity.js';
import { CertificateType } from './certificate-type.entity.js';

export const VERIFICATION_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

@Entity('seeker_certificate')
@Index(['certificateTypeId', 'certificateNumber'], { unique: true })
export class SeekerCertificate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  seekerId: string;

  @ManyToOne(() => Seeker, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'seeker_id' })
  seeker?: Seeker;

  @Column({ type: 'uuid' })
  certificateTypeId: string;

  @ManyToOne(() => CertificateType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'certificate_type_id' })
  certificateType?: CertificateType;

  @Column({ type: 'varchar', length: 64 })
  certificateNumber: string;

  /** 5 = 五级 … 1 = 一级; null for certificates without levels. */
  @Column({ type: 'smallint', nullable: true })
  level: number | null;

  @Column({ type: 'varchar', length: 200 })
  issuer: string;

  @Column({ type: 'date' })
  issuedOn: string;

  @Column({ type: 'date', nullable: true })
  expiresOn: string | null;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  verificationStatus: VerificationStatus;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  verifiedBy: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  verificationNote: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
