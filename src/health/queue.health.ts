import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { QUEUES } from '../core/queues/queue-names.js';
import { QueuesService } from '../core/queues/queues.service.js';

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
      const counts = this.queues.get(QUEUES.matching).getJobCounts('waiting', 'active', 'delayed', 'failed');
      counts.catch(() => undefined);
      const result = await Promise.race([
        counts,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS).unref()),
      ]);
      return check.up({ backend, matching: result });
    } catch (error) {
      return check.down({ backend, message: (error as Error).message });
    }
  }
}
