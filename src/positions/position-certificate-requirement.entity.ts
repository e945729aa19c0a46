import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CertificateType } from '../certificates/certificate-type.entity.js';
import type { Position } from './position.entity.js';

/** A certificate a position asks for: at least `minLevel`, mandatory or merely preferred. */
@Entity('position_certificate_requirement')
@Index(['positionId', 'certificateTypeId'], { unique: true })
export class PositionCertificateRequirement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  positionId: string;

  @ManyToOne('Position', (position: Position) => position.certificateRequirements, { onDelete: 'CASCADE', orphanedRowAction: 'delete' })
  @JoinColumn({ name: 'position_id' })
  position?: Relation<Position>;

  @Index()
  @Column({ type: 'uuid' })
  certificateTypeId: string;

  @ManyToOne(() => CertificateType, { onDelete: 'RESTRICT', eager: true })
  @JoinColumn({ name: 'certificate_type_id' })
  certificateType?: CertificateType;

  /** 5 = 五级 … 1 = 一级; a held level must be this number or lower. Null: any level. */
  @Column({ type: 'smallint', nullable: true })
  minLevel: number | null;

  @Column({ type: 'boolean', default: true })
  mandatory: boolean;
}
