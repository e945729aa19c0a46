import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { CoreModule, type CoreOptions } from './core/core.module.js';
import { WorkersService } from './core/queues/workers.service.js';
import { DomainChangesWorkerModule } from './domain-changes/domain-changes.worker-module.js';
import { MatchingWorkerModule } from './matching/matching.worker-module.js';
import { EventsWorkerModule } from './events/events.worker-module.js';
import { NotificationsWorkerModule } from './notifications/notifications.worker-module.js';
import { MaintenanceWorkerModule } from './maintenance/maintenance.worker-module.js';

/** The queue worker: the only process that registers processors. */
@Module({})
export class WorkerModule {
  static forRoot(core: CoreOptions): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot(core),
        DiscoveryModule,
        DomainChangesWorkerModule,
        MatchingWorkerModule,
        EventsWorkerModule,
        NotificationsWorkerModule,
        MaintenanceWorkerModule,
      ],
      providers: [WorkersService],
    };
  }
}
