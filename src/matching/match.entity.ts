import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export interface StoredReason {
  code: string;
  zh: string;
  en?: string;
}

export interface StoredGap {
  code: string;
  zh: string;
  detail?: string;
}

/**
 * A scored seeker × position pair kept because it is among the best for the seeker, for
 * the position, or both. Written in bulk by the matching worker; read by the API.
 */
@Entity('match')
@Index('match_by_seeker', ['seekerId', 'score'])
@Index('match_by_position', ['positionId', 'score'])
export class Match {
  @PrimaryColumn({ type: 'uuid' })
  seekerId: string;

  @PrimaryColumn({ type: 'uuid' })
  positionId: string;

  @Column({ type: 'real' })
  score: number;

  @Column({ type: 'boolean' })
  eligible: boolean;

  /** Among the seeker's top recommendations. */
  @Column({ type: 'boolean', default: false })
  inSeekerTop: boolean;

  /** Among the position's top candidates. */
  @Column({ type: 'boolean', default: false })
  inPositionTop: boolean;

  @Column({ type: 'jsonb' })
  features: Record<string, number>;

  @Column({ type: 'jsonb' })
  reasons: StoredReason[];

  @Column({ type: 'jsonb' })
  gaps: StoredGap[];

  @Column({ type: 'varchar', length: 32 })
  engineVersion: string;

  @Column({ type: 'timestamptz' })
  computedAt: Date;
}
