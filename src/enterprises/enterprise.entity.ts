import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Region } from '../regions/region.entity.js';

@Entity('enterprise')
export class Enterprise {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** 统一社会信用代码, upper case, checksum validated. */
  @Index({ unique: true })
  @Column({ type: 'char', length: 18 })
  creditCode: string;

  @Column({ type: 'varchar', length: 100 })
  industry: string;

  @Index()
  @Column({ type: 'varchar', length: 32 })
  regionCode: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code', referencedColumnName: 'code' })
  region?: Region;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  /** 重点企业: followed closely by the centre. */
  @Column({ type: 'boolean', default: false })
  isKeyEnterprise: boolean;

  /** The centre's service specialist (人社专员) assigned to this enterprise. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  serviceSpecialist: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  contactName: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  contactPhone: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
