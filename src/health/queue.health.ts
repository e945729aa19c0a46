import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { QUEUES } from '../core/queues/queue-names.js';
import { QueuesService } from '../core/queues/queues.service.js';
import { withTimeout } from '../core/with-timeout.js';

const TIMEOUT_MS = 2000;

@Injectable()
export class QueueHealthIndicator {
  constructor(
    private readonly indicator: HealthIndicatorService,
    private readonly queues: QueuesService,
  ) {}

  async isHealthy(key: string) {
    const check = this.indicator.check(key);
    const backend = this.queues.connection.kind;
    try {
      const result = await withTimeout(
        this.queues.get(QUEUES.matching).getJobCounts('waiting', 'active', 'delayed', 'failed'),
        TIMEOUT_MS,
        'the queue backend did not answer',
      );
      return check.up({ backend, matching: result });
    } catch (error) {
      return check.down({ backend, message: (error as Error).message });
    }
  }
}
