import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '../core/config/app-config.js';
import { QUEUES } from '../core/queues/queue-names.js';
import { ProcessesQueue, type QueueProcessor } from '../core/queues/queue-processor.decorator.js';
import { QueuesService } from '../core/queues/queues.service.js';
import { applyRetention } from './retention.js';

export const RETENTION_JOB = 'retention';
const RETENTION_SCHEDULER = 'nightly-retention';

/**
 * The maintenance queue: once a night (RETENTION_CRON, Asia/Shanghai) history past its
 * retention is deleted. Upserting the scheduler is idempotent, so every worker does it.
 */
@Injectable()
@ProcessesQueue(QUEUES.maintenance)
export class RetentionProcessor implements QueueProcessor, OnApplicationBootstrap {
  private readonly logger = new Logger(RetentionProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueuesService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues.keepCronScheduler(QUEUES.maintenance, RETENTION_SCHEDULER, this.config.RETENTION_CRON, { name: RETENTION_JOB, data: {} });
  }

  async process(job: Job): Promise<Record<string, number>> {
    if (job.name !== RETENTION_JOB) throw new Error(`unknown maintenance job ${job.name}`);
    const deleted = await applyRetention(this.dataSource, {
      domainChangeDays: this.config.RETENTION_DOMAIN_CHANGE_DAYS,
      sessionDays: this.config.RETENTION_SESSION_DAYS,
      notificationDays: this.config.RETENTION_NOTIFICATION_DAYS,
    });
    this.logger.log(`retention: deleted ${Object.entries(deleted).map(([table, n]) => `${n} ${table}`).join(', ')}`);
    return deleted;
  }
}
