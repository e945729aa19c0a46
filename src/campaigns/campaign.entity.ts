import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { TargetGroup } from '../../libs/labour-vocabulary/index.js';

/** What a campaign sets out to reach; every goal is optional. */
export interface CampaignGoals {
  events?: number;
  enterprises?: number;
  positions?: number;
  headcount?: number;
  livestreamViews?: number;
  applications?: number;
  intentions?: number;
  placements?: number;
}

/**
 * A recruitment campaign (e.g. 春风行动): a period, the region it covers and the groups it
 * serves. Events held and applications made in that region and period count towards it.
 */
@Entity('campaign')
export class Campaign {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @Index()
  @Column({ type: 'varchar', length: 32 })
  regionCode: string;

  /** The groups it serves; empty = everyone. */
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  targetGroups: TargetGroup[];

  @Column({ type: 'jsonb', default: () => "'{}'" })
  goals: CampaignGoals;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
