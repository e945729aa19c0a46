import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RecruitmentEvent } from '../event.entity.js';

export const QUESTION_STATUSES = ['answered', 'queued', 'host_answered', 'chat'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/**
 * A viewer question (弹幕) during a show: classified, answered from a featured position's
 * data when it holds the answer, otherwise queued for the host. Chat is kept, not queued.
 */
@Entity('event_question')
@Index(['eventId', 'status', 'createdAt'])
export class EventQuestion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => RecruitmentEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: RecruitmentEvent;

  @Column({ type: 'varchar', length: 300 })
  text: string;

  @Column({ type: 'varchar', length: 16 })
  intent: string;

  @Column({ type: 'real' })
  confidence: number;

  @Column({ type: 'varchar', length: 16 })
  status: QuestionStatus;

  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Column({ type: 'uuid', nullable: true })
  askedByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
