import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DomainChangesService } from './domain-changes.service.js';

const POLL_MS = 1000;

/**
 * Worker-side loop that relays outbox rows the API could not enqueue itself (Redis down,
 * crash after commit). Runs in every worker; SKIP LOCKED keeps them from colliding.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(private readonly changes: DomainChangesService) {}

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
    } catch (error) {
      this.logger.warn(`outbox relay failed, retrying: ${(error as Error).message}`);
    }
    // A full batch means more are waiting: go on at once.
    this.schedule(relayed > 0 ? 0 : POLL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
