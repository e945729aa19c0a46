import { SetMetadata } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { QueueName } from './queue-names.js';

export const QUEUE_PROCESSOR = Symbol('QueueProcessor');

/** A provider that handles the jobs of one queue. Only the worker process runs them. */
export interface QueueProcessor {
  process(job: Job): Promise<unknown>;
}

export const ProcessesQueue = (queue: QueueName) => SetMetadata(QUEUE_PROCESSOR, queue);
