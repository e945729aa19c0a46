import { Module } from '@nestjs/common';
import { DomainChangesModule } from './domain-changes.module.js';
import { OutboxRelayService } from './outbox-relay.service.js';

/** The worker's side of the outbox: relaying rows the API could not enqueue itself. */
@Module({
  imports: [DomainChangesModule],
  providers: [OutboxRelayService],
})
export class DomainChangesWorkerModule {}
