import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CertificateKind } from '../../libs/labour-vocabulary/index.js';

/** A kind of certificate a centre recognises, e.g. 焊工 职业技能等级 五级..一级. */
@Entity('certificate_type')
export class CertificateType {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable catalogue code, e.g. 'welder-skill-level'. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Occupation code of the 2022 national classification (职业分类大典), e.g. 6-18-02-04. */
  @Index()
  @Column({ type: 'varchar', length: 16 })
  occupationCode: string;

  @Column({ type: 'varchar', length: 32 })
  kind: CertificateKind;

  /** Levels this certificate is issued at (5 = 五级 … 1 = 一级); empty when it has none. */
  @Column({ type: 'smallint', array: true, default: () => "'{}'" })
  levels: number[];

  /** How long a certificate stays valid; null when it does not expire. */
  @Column({ type: 'smallint', nullable: true })
  validityYears: number | null;
}
