import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ENGINE_VERSION } from '../../libs/matching/index.js';
import { AppConfig } from '../core/config/app-config.js';
import { NotFoundError } from '../core/errors/domain-error.js';
import { QUEUES } from '../core/queues/queue-names.js';
import { QueuesService } from '../core/queues/queues.service.js';
import { analyzeLists, removeUnmatchable } from './match-store.js';
import { RebuildRun } from './rebuild-run.entity.js';

export const REBUILD_START_JOB = 'rebuild-start';
export const REBUILD_CHUNK_JOB = 'rebuild-chunk';

export interface RebuildChunkData {
  runId: string;
  chunk: number;
  side: 'seeker' | 'position';
  /** Inclusive id range of the subjects in this chunk. */
  fromId: string;
  toId: string;
  /**
   * The run's instant (ISO): every chunk scores as of it, so a chunk retried after a crash,
   * on any worker, stores exactly what the first attempt would have. (Older jobs lack it.)
   */
  asOf?: string;
}

export interface RebuildProgress {
  id: string;
  status: RebuildRun['status'];
  trigger: string;
  totalChunks: number;
  completedChunks: number;
  percent: number;
  seekers: number;
  positions: number;
  pairsScored: number;
  matchesStored: number;
  engineVersion: string;
  startedAt: Date;
  finishedAt: Date | null;
  error: string | null;
}

const POSITION_CHUNK = 1000;

/**
 * A full rebuild of all matches: the subjects are cut into id ranges and each range is
 * one queue job, so any number of workers share the work and a crashed worker's chunk is
 * simply retried by another.
 */
@Injectable()
export class RebuildService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueuesService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async start(trigger: 'api' | 'schedule'): Promise<RebuildProgress> {
    const seekerRanges = await this.ranges(
      `SELECT id FROM seeker WHERE status = 'active' AND consent_to_match ORDER BY id`,
      this.config.REBUILD_CHUNK_SIZE,
    );
    const positionRanges = await this.ranges(`SELECT id FROM position WHERE status = 'open' ORDER BY id`, POSITION_CHUNK);
    const chunks = [
      ...seekerRanges.map((range) => ({ side: 'seeker' as const, ...range })),
      ...positionRanges.map((range) => ({ side: 'position' as const, ...range })),
    ];
    const run = await this.dataSource.getRepository(RebuildRun).save({
      trigger,
      totalChunks: chunks.length,
      seekers: seekerRanges.reduce((sum, r) => sum + r.count, 0),
      positions: positionRanges.reduce((sum, r) => sum + r.count, 0),
      engineVersion: ENGINE_VERSION,
      status: chunks.length === 0 ? 'completed' : 'running',
      finishedAt: chunks.length === 0 ? new Date() : null,
    });
    await this.queues.addBulk(
      QUEUES.matching,
      chunks.map(({ side, fromId, toId }, chunk) => ({
        name: REBUILD_CHUNK_JOB,
        data: { runId: run.id, chunk, side, fromId, toId, asOf: run.startedAt.toISOString() } satisfies RebuildChunkData,
        opts: { jobId: `rebuild-${run.id}-${chunk}`, attempts: 10 },
      })),
    ).catch(async (error: unknown) => {
      // Nothing was queued: the run would wait forever, so it is recorded as failed.
      await this.failChunk(run.id, `the queue did not take the chunks: ${(error as Error).message}`);
      throw error;
    });
    return this.progress(run.id);
  }

  async progress(id: string): Promise<RebuildProgress> {
    const run = await this.dataSource.getRepository(RebuildRun).findOneBy({ id });
    if (!run) throw new NotFoundError('rebuild', id);
    return toProgress(run);
  }

  async latest(): Promise<RebuildProgress | null> {
    const [run] = await this.dataSource.getRepository(RebuildRun).find({ order: { startedAt: 'DESC' }, take: 1 });
    return run ? toProgress(run) : null;
  }

  /**
   * Counts a finished chunk once, and closes the run with the last one; then the pairs of
   * subjects that left during the run are removed and the tables' statistics refreshed.
   */
  async completeChunk(runId: string, chunk: number, pairsScored: number, stored: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE rebuild_run SET done_chunks = array_append(done_chunks, $2),
              pairs_scored = pairs_scored + $3, matches_stored = matches_stored + $4
       WHERE id = $1 AND NOT ($2 = ANY(done_chunks))`,
      [runId, chunk, pairsScored, stored],
    );
    // Checked apart from the count, so a retried last chunk still closes the run.
    const [run] = await this.dataSource.query(
      'SELECT cardinality(done_chunks) AS done, total_chunks, status FROM rebuild_run WHERE id = $1',
      [runId],
    );
    if (!run || run.status !== 'running' || run.done < run.total_chunks) return;
    await this.dataSource.transaction(async (manager) => {
      // A scan of both lists: longer than any request may take, so no statement timeout here.
      await manager.query('SET LOCAL statement_timeout = 0');
      await removeUnmatchable(manager);
    });
    await analyzeLists(this.dataSource);
    await this.dataSource.query(
      `UPDATE rebuild_run SET status = 'completed', finished_at = now() WHERE id = $1 AND status = 'running'`,
      [runId],
    );
  }

  async failChunk(runId: string, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE rebuild_run SET status = 'failed', error = $2, finished_at = now() WHERE id = $1`, [
      runId,
      error.slice(0, 2000),
    ]);
  }

  private async ranges(sql: string, size: number) {
    const rows: Array<{ id: string }> = await this.dataSource.query(sql);
    const ranges: Array<{ fromId: string; toId: string; count: number }> = [];
    for (let start = 0; start < rows.length; start += size) {
      const slice = rows.slice(start, start + size);
      ranges.push({ fromId: slice[0].id, toId: slice[slice.length - 1].id, count: slice.length });
    }
    return ranges;
  }
}

function toProgress(run: RebuildRun): RebuildProgress {
  const completed = run.doneChunks.length;
  return {
    id: run.id,
    status: run.status,
    trigger: run.trigger,
    totalChunks: run.totalChunks,
    completedChunks: completed,
    percent: run.totalChunks === 0 ? 100 : Math.round((completed / run.totalChunks) * 1000) / 10,
    seekers: run.seekers,
    positions: run.positions,
    pairsScored: Number(run.pairsScored),
    matchesStored: run.matchesStored,
    engineVersion: run.engineVersion,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    error: run.error,
  };
}
