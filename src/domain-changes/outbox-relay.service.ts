import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../core/config/app-config.js';
import { QUEUES } from '../core/queues/queue-names.js';
import { QueuesService } from '../core/queues/queues.service.js';
import { withTimeout } from '../core/with-timeout.js';
import { DomainChangesService } from './domain-changes.service.js';

const POLL_MS = 1000;
const SWEEP_EVERY_MS = 5000;
const QUEUE_TIMEOUT_MS = 2000;

/**
 * Worker-side loop that relays outbox rows the API could not enqueue itself (Redis down,
 * crash after commit). Runs in every worker; SKIP LOCKED keeps them from colliding. Every
 * few seconds, while the matching queue is idle, it also sends again the changes relayed
 * but never scored, so a queue that lost its jobs loses no change.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;
  private lastSweep = 0;
  /** Changes relayed before this were found scored (or sent again) by an earlier sweep. */
  private sweptUpTo: Date | null = null;

  constructor(
    private readonly changes: DomainChangesService,
    private readonly queues: QueuesService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => (this.running = undefined));
    }, delay);
  }

  private async tick(): Promise<void> {
    let relayed = 0;
    try {
      relayed = await this.changes.relayPending();
      if (relayed > 0) this.logger.debug(`relayed ${relayed} domain changes`);
      else if (Date.now() - this.lastSweep >= SWEEP_EVERY_MS) {
        this.lastSweep = Date.now();
        if (await this.queueIdle()) {
          const sweep = await this.changes.redeliverUnscored(this.config.OUTBOX_REDELIVER_AFTER_SECONDS, this.sweptUpTo);
          relayed = sweep.redelivered;
          this.sweptUpTo = sweep.checkedUpTo;
        }
      }
    } catch (error) {
      this.logger.warn(`outbox relay failed, retrying: ${(error as Error).message}`);
    }
    // A full batch means more are waiting: go on at once.
    this.schedule(relayed > 0 ? 0 : POLL_MS);
  }

  /**
   * Nothing waiting or running in the matching queue: a change not scored by now is not
   * coming, and a subject still inside a running job is not sent again (it would only be
   * scored twice). (Delayed jobs do not count: the nightly rebuild always has one, and
   * retries come back by themselves.)
   */
  private async queueIdle(): Promise<boolean> {
    const counts = await withTimeout(
      this.queues.get(QUEUES.matching).getJobCounts('waiting', 'prioritized', 'active'),
      QUEUE_TIMEOUT_MS,
      'the matching queue did not answer',
    );
    return Object.values(counts).every((count) => count === 0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
