import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../core/config/app-config.js';
import { QUEUES } from '../core/queues/queue-names.js';
import { QueuesService } from '../core/queues/queues.service.js';
import { REBUILD_START_JOB } from './rebuild.service.js';

export const NIGHTLY_REBUILD_SCHEDULER = 'nightly-rebuild';

/**
 * Keeps one BullMQ job scheduler for the nightly full rebuild. Upserting is idempotent,
 * so every worker may do it at start; a changed REBUILD_CRON replaces the old pattern.
 */
@Injectable()
export class NightlyRebuildScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(NightlyRebuildScheduler.name);

  constructor(
    private readonly queues: QueuesService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const queue = this.queues.get(QUEUES.matching);
    if (this.config.REBUILD_CRON === 'off') {
      await queue.removeJobScheduler(NIGHTLY_REBUILD_SCHEDULER);
      return;
    }
    await queue.upsertJobScheduler(
      NIGHTLY_REBUILD_SCHEDULER,
      { pattern: this.config.REBUILD_CRON, tz: 'Asia/Shanghai' },
      { name: REBUILD_START_JOB, data: { trigger: 'schedule' } },
    );
    this.logger.log(`nightly rebuild scheduled: ${this.config.REBUILD_CRON} (Asia/Shanghai)`);
  }
}
