import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One of a seeker's top positions, as ranked by the worker. Rows are kept narrow (ids and
 * score) so a city-wide rebuild writes millions of them quickly; the reasons and gaps are
 * explained by the engine when a page is read.
 */
@Entity('seeker_recommendation')
@Index(['positionId'])
export class SeekerRecommendation {
  @PrimaryColumn({ type: 'uuid' })
  seekerId: string;

  @PrimaryColumn({ type: 'uuid' })
  positionId: string;

  @Column({ type: 'real' })
  score: number;

  @Column({ type: 'timestamptz' })
  computedAt: Date;
}
