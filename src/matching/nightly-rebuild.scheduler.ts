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
    const pattern = this.config.REBUILD_CRON;
    await this.queues.keepCronScheduler(QUEUES.matching, NIGHTLY_REBUILD_SCHEDULER, pattern, { name: REBUILD_START_JOB, data: { trigger: 'schedule' } });
    if (pattern !== 'off') this.logger.log(`nightly rebuild scheduled: ${pattern} (Asia/Shanghai)`);
  }
}
