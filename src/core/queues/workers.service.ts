import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { Worker } from 'bullmq';
import { AppConfig } from '../config/app-config.js';
import { QueueConnectionToken, type QueueConnection } from './queue-connection.token.js';
import { QUEUE_PROCESSOR, type QueueProcessor } from './queue-processor.decorator.js';
import type { QueueName } from './queue-names.js';

/**
 * Finds every provider marked with @ProcessesQueue and runs a BullMQ Worker for it.
 * On shutdown the workers stop taking jobs and let the running ones finish.
 */
@Injectable()
export class WorkersService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkersService.name);
  private readonly workers: Worker[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
    @Inject(QueueConnectionToken) private readonly connection: QueueConnection,
  ) {}

  onApplicationBootstrap(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as QueueProcessor | undefined;
      if (!instance || !wrapper.metatype) continue;
      const queue = this.reflector.get<QueueName | undefined>(QUEUE_PROCESSOR, wrapper.metatype as never);
      if (!queue) continue;
      this.workers.push(this.start(queue, instance));
    }
  }

  get running(): readonly Worker[] {
    return this.workers;
  }

  private start(queue: QueueName, processor: QueueProcessor): Worker {
    const worker = new Worker(queue, (job) => processor.process(job), {
      connection: this.connection.connection as never,
      prefix: this.connection.prefix,
      concurrency: this.config.WORKER_CONCURRENCY,
      // A dead worker's jobs are found stalled and handed to a live one within about twice this.
      lockDuration: this.config.JOB_LOCK_MS,
      stalledInterval: this.config.JOB_LOCK_MS,
    });
    worker.on('failed', (job, error) =>
      this.logger.warn(`${queue} job ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? 0}): ${error.message}`),
    );
    worker.on('error', (error) => this.logger.warn(`${queue} worker: ${error.message}`));
    this.logger.log(`processing queue ${queue} with ${processor.constructor.name}`);
    return worker;
  }

  async onApplicationShutdown(): Promise<void> {
    // close() waits for the jobs in progress before releasing the connection.
    await Promise.all(this.workers.map((worker) => worker.close()));
  }
}
