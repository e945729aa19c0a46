import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const REBUILD_STATUSES = ['running', 'completed', 'failed'] as const;
export type RebuildStatus = (typeof REBUILD_STATUSES)[number];

/**
 * One full rebuild of all matches, split into chunks that any worker may take. Progress
 * is counted here so `GET /matching/rebuilds/:id` can show it from any API replica.
 */
@Entity('rebuild_run')
export class RebuildRun {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16, default: 'running' })
  status: RebuildStatus;

  /** 'schedule' (nightly) or 'api' (started by the centre). */
  @Column({ type: 'varchar', length: 16 })
  trigger: string;

  @Column({ type: 'integer' })
  totalChunks: number;

  /** Numbers of the chunks finished; a retried chunk is counted once. */
  @Column({ type: 'integer', array: true, default: () => "'{}'" })
  doneChunks: number[];

  @Column({ type: 'integer', default: 0 })
  seekers: number;

  @Column({ type: 'integer', default: 0 })
  positions: number;

  @Column({ type: 'bigint', default: 0 })
  pairsScored: string;

  @Column({ type: 'integer', default: 0 })
  matchesStored: number;

  @Column({ type: 'varchar', length: 32 })
  engineVersion: string;

  @CreateDateColumn({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;
}
