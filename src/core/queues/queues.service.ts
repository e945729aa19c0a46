import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, type JobsOptions } from 'bullmq';
import { withTimeout } from '../with-timeout.js';
import type { QueueName } from './queue-names.js';
import { QueueConnectionToken, type QueueConnection } from './queue-connection.token.js';

/** How long adding a job may take before the caller is told the queue is unavailable. */
export const ENQUEUE_TIMEOUT_MS = 3000;

/** One BullMQ Queue per name for this process, closed on shutdown. */
@Injectable()
export class QueuesService implements OnApplicationShutdown {
  private readonly logger = new Logger(QueuesService.name);
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@Inject(QueueConnectionToken) readonly connection: QueueConnection) {}

  get(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: this.connection.connection as never,
        prefix: this.connection.prefix,
        defaultJobOptions: {
          attempts: 5,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: { age: 24 * 3600, count: 10_000 },
          removeOnFail: { age: 7 * 24 * 3600 },
        },
      });
      queue.on('error', (error) => this.logger.warn(`queue ${name}: ${error.message}`));
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Adds a job, or fails after ENQUEUE_TIMEOUT_MS when the backend does not answer (never hangs a request). */
  async add(name: QueueName, jobName: string, data: object, options: JobsOptions = {}) {
    return withTimeout(this.get(name).add(jobName, data, options), ENQUEUE_TIMEOUT_MS, `queue ${name} did not take the job`);
  }

  /** Several jobs at once, with the same bound. */
  async addBulk(name: QueueName, jobs: Parameters<Queue['addBulk']>[0]) {
    return withTimeout(this.get(name).addBulk(jobs), ENQUEUE_TIMEOUT_MS, `queue ${name} did not take the jobs`);
  }

  /**
   * Keeps one BullMQ job scheduler on a cron pattern in China time, or removes it when the
   * pattern is 'off'. Idempotent, so every worker may call it at start; a changed pattern
   * replaces the old one.
   */
  async keepCronScheduler(name: QueueName, schedulerId: string, pattern: string, job: { name: string; data: object }): Promise<void> {
    const queue = this.get(name);
    if (pattern === 'off') await queue.removeJobScheduler(schedulerId);
    else await queue.upsertJobScheduler(schedulerId, { pattern, tz: 'Asia/Shanghai' }, job);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.queues.clear();
  }
}
