import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { QUEUES } from '../core/queues/queue-names.js';
import { ProcessesQueue, type QueueProcessor } from '../core/queues/queue-processor.decorator.js';
import { QueuesService } from '../core/queues/queues.service.js';
import { EventMaterialiser } from './event-materialiser.js';
import { InvitationService } from './invitations/invitation.service.js';

export const MATERIALISE_JOB = 'materialise';
export const INVITATIONS_JOB = 'send-invitations';
const MATERIALISE_SCHEDULER = 'materialise-events';
const INVITATIONS_SCHEDULER = 'send-invitations';

/**
 * The events queue: job schedulers materialise series every hour (also when a worker starts,
 * and a series right after it changes) and send invitation digests every five minutes.
 */
@Injectable()
@ProcessesQueue(QUEUES.events)
export class EventsProcessor implements QueueProcessor, OnApplicationBootstrap {
  private readonly logger = new Logger('EventsProcessor');

  constructor(
    private readonly queues: QueuesService,
    private readonly materialiser: EventMaterialiser,
    private readonly invitations: InvitationService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const queue = this.queues.get(QUEUES.events);
    await queue.upsertJobScheduler(MATERIALISE_SCHEDULER, { pattern: '7 * * * *', tz: 'Asia/Shanghai' }, { name: MATERIALISE_JOB, data: {} });
    await queue.upsertJobScheduler(INVITATIONS_SCHEDULER, { every: 5 * 60_000 }, { name: INVITATIONS_JOB, data: {} });
    // Catch up at once after a start (series seeded or changed while no worker ran).
    await queue.add(MATERIALISE_JOB, {}, { removeOnComplete: 100, removeOnFail: 1000 });
  }

  async process(job: Job): Promise<unknown> {
    if (job.name === MATERIALISE_JOB) {
      const result = await this.materialiser.materialise((job.data as { seriesId?: string }).seriesId);
      if (result.created > 0 || result.conflicts > 0) this.logger.log(`materialised ${result.created} events, ${result.conflicts} left out for conflicts`);
      return result;
    }
    if (job.name === INVITATIONS_JOB) return this.invitations.sendDue();
    throw new Error(`unknown events job ${job.name}`);
  }
}
