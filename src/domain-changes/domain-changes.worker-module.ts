import { Module } from '@nestjs/common';
import { DomainChangesModule } from './domain-changes.module.js';
import { OutboxRelayService } from './outbox-relay.service.js';
import { RescoreProcessor } from './rescore.processor.js';

@Module({
  imports: [DomainChangesModule],
  providers: [OutboxRelayService, RescoreProcessor],
})
export class DomainChangesWorkerModule {}
