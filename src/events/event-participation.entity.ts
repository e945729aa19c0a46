import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Enterprise } from '../enterprises/enterprise.entity.js';
import { Position } from '../positions/position.entity.js';
import { RecruitmentEvent } from './event.entity.js';

/** An enterprise signed up to an event. */
@Entity('event_enterprise')
@Index(['enterpriseId'])
export class EventEnterprise {
  @PrimaryColumn({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => RecruitmentEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: RecruitmentEvent;

  @PrimaryColumn({ type: 'uuid' })
  enterpriseId: string;

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: Enterprise;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A position an enterprise brings to an event; featured ones are presented and invited for. */
@Entity('event_position')
@Index(['positionId'])
export class EventPosition {
  @PrimaryColumn({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => RecruitmentEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: RecruitmentEvent;

  @PrimaryColumn({ type: 'uuid' })
  positionId: string;

  @ManyToOne(() => Position, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'position_id' })
  position?: Position;

  @Column({ type: 'uuid' })
  enterpriseId: string;

  @Column({ type: 'boolean', default: false })
  featured: boolean;
}
