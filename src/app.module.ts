import { Module, type DynamicModule } from '@nestjs/common';
import { ApplicationsModule } from './applications/applications.module.js';
import { EventsModule } from './events/events.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { CampaignsModule } from './campaigns/campaigns.module.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import { TrainingModule } from './training/training.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CertificatesModule } from './certificates/certificates.module.js';
import { CoreModule, type CoreOptions } from './core/core.module.js';
import { ReadCacheModule } from './core/read-cache/read-cache.module.js';
import { EnterprisesModule } from './enterprises/enterprises.module.js';
import { HealthModule } from './health/health.module.js';
import { MatchingModule } from './matching/matching.module.js';
import { PositionsModule } from './positions/positions.module.js';
import { RegionsModule } from './regions/regions.module.js';
import { SeekersModule } from './seekers/seekers.module.js';

/** The HTTP API. It enqueues work but never processes queues. */
@Module({})
export class AppModule {
  static forRoot(core: CoreOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(core),
        ReadCacheModule,
        AuditModule,
        AuthModule,
        HealthModule,
        RegionsModule,
        EnterprisesModule,
        CertificatesModule,
        PositionsModule,
        SeekersModule,
        MatchingModule,
        ApplicationsModule,
        EventsModule,
        NotificationsModule,
        CampaignsModule,
        DashboardModule,
        TrainingModule,
      ],
    };
  }
}
