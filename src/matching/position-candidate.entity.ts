import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One of a position's top candidates, as ranked by the worker (see SeekerRecommendation). */
@Entity('position_candidate')
@Index(['seekerId'])
export class PositionCandidate {
  @PrimaryColumn({ type: 'uuid' })
  positionId: string;

  @PrimaryColumn({ type: 'uuid' })
  seekerId: string;

  @Column({ type: 'real' })
  score: number;

  @Column({ type: 'timestamptz' })
  computedAt: Date;
}
