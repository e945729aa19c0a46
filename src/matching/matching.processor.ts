import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { ProcessesQueue, type QueueProcessor } from '../core/queues/queue-processor.decorator.js';
import { QUEUES } from '../core/queues/queue-names.js';
import { RESCORE_JOB, type RescoreJobData } from '../domain-changes/domain-changes.service.js';
import { recordSubjectChange } from '../domain-changes/subject-state.js';
import { MatchingService } from './matching.service.js';
import { REBUILD_CHUNK_JOB, REBUILD_START_JOB, RebuildService, type RebuildChunkData } from './rebuild.service.js';

/**
 * The matching queue: rescoring one changed subject, and the chunks of full rebuilds.
 * Every job is idempotent (it recomputes from the current data), so retries are safe.
 */
@Injectable()
@ProcessesQueue(QUEUES.matching)
export class MatchingProcessor implements QueueProcessor {
  private readonly logger = new Logger(MatchingProcessor.name);

  constructor(
    private readonly matching: MatchingService,
    private readonly rebuilds: RebuildService,
  ) {}

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case RESCORE_JOB:
        return this.rescore(job.data as RescoreJobData);
      case REBUILD_START_JOB:
        return this.rebuilds.start('schedule');
      case REBUILD_CHUNK_JOB:
        return this.rebuildChunk(job as Job<RebuildChunkData>);
      default:
        throw new Error(`unknown matching job ${job.name}`);
    }
  }

  private async rescore({ subjectType, subjectId }: RescoreJobData) {
    await recordSubjectChange(this.matching.dataSource, subjectType, subjectId);
    return subjectType === 'seeker'
      ? this.matching.refreshSeekers([subjectId])
      : this.matching.refreshPositions([subjectId]);
  }

  private async rebuildChunk(job: Job<RebuildChunkData>) {
    const { runId, chunk, side, fromId, toId, asOf } = job.data;
    try {
      const result = await this.matching.rebuildRange(side, fromId, toId, asOf ? new Date(asOf) : new Date());
      await this.rebuilds.completeChunk(runId, chunk, result.pairsScored, result.stored);
      await job.updateProgress(100);
      return result;
    } catch (error) {
      const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (finalAttempt) await this.rebuilds.failChunk(runId, (error as Error).message);
      this.logger.warn(`rebuild ${runId} chunk ${chunk} failed: ${(error as Error).message}`);
      throw error;
    }
  }
}
