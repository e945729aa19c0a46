import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../core/config/app-config.js';
import { startWorkerProcess, stopWorkerProcess } from '../../core/worker-process.js';
import { selectQueueConnection } from '../../core/queues/queue-backend.js';
import { QueuesService } from '../../core/queues/queues.service.js';
import { DomainChangesService } from '../../domain-changes/domain-changes.service.js';
import { RebuildService, type RebuildProgress } from '../rebuild.service.js';
import type { Settle } from './latency.js';

const WORKER_ENTRY = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'worker.js');

export interface WorkerRebuildResult {
  totalMs: number;
  progress: RebuildProgress;
}

/**
 * Real worker processes (dist/src/worker.js) on the real queue, as production runs them:
 * the benchmark times a full rebuild and single changes through them.
 */
export class WorkerFleet {
  private constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly children: ChildProcess[],
    private readonly queues: QueuesService,
  ) {}

  static async start(dataSource: DataSource, config: AppConfig, databaseUrl: string, workers: number): Promise<WorkerFleet> {
    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      QUEUE_PREFIX: config.QUEUE_PREFIX,
      REBUILD_CRON: 'off',
      LOG_LEVEL: 'info',
      ...(config.REDIS_URL ? { REDIS_URL: config.REDIS_URL } : {}),
    };
    const children = await Promise.all(Array.from({ length: workers }, () => startWorkerProcess(WORKER_ENTRY, { env, nodeFlags: ['--max-old-space-size=8192'] })));
    return new WorkerFleet(dataSource, config, children, new QueuesService(selectQueueConnection(config, databaseUrl)));
  }

  /** From RebuildService.start until the run is recorded as completed (engine loads included). */
  async rebuild(): Promise<WorkerRebuildResult> {
    const rebuilds = new RebuildService(this.dataSource, this.queues, this.config);
    const started = performance.now();
    let progress = await rebuilds.start('api');
    while (progress.status === 'running') {
      await sleep(100);
      progress = await rebuilds.progress(progress.id);
    }
    const totalMs = performance.now() - started;
    if (progress.status !== 'completed') throw new Error(`rebuild ${progress.status}: ${progress.error}`);
    return { totalMs, progress };
  }

  /**
   * One committed change (its outbox row written) to its stored lists: the outbox is
   * relayed to the queue as the API does after a commit, a worker rescores it, and the
   * subject's state shows it scored. Answers the length of the subject's own list.
   */
  readonly settle: Settle = async (subjectType, id) => {
    const since = new Date();
    await new DomainChangesService(this.dataSource, this.queues).relayPending();
    for (;;) {
      const [row] = await this.dataSource.query(
        'SELECT scored_at FROM match_subject_state WHERE subject_type = $1 AND subject_id = $2',
        [subjectType, id],
      );
      if (row?.scored_at && new Date(row.scored_at) >= since) break;
      await sleep(2);
    }
    const [{ n }] = await this.dataSource.query(
      subjectType === 'position'
        ? 'SELECT count(*)::int AS n FROM position_candidate WHERE position_id = $1'
        : 'SELECT count(*)::int AS n FROM seeker_recommendation WHERE seeker_id = $1',
      [id],
    );
    return n;
  };

  /** The workers' high-water resident memory, from the kernel (Linux). */
  peakRssMb(): number[] {
    return this.children.map(peakRssMb);
  }

  async stop(): Promise<void> {
    await this.queues.onApplicationShutdown();
    await Promise.all(this.children.map((child) => stopWorkerProcess(child)));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The worker's high-water resident memory, from the kernel (Linux). */
function peakRssMb(child: ChildProcess): number {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    return 0;
  }
}
