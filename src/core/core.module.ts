import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { typeormOptions } from './database/typeorm-options.js';
import { loggerModule } from './logging/logger.module.js';
import { PiiModule } from './pii/pii.module.js';
import type { QueueConnection } from './queues/queue-backend.js';
import { QueuesModule } from './queues/queues.module.js';

export interface CoreOptions {
  config: AppConfig;
  databaseUrl: string;
  queueConnection: QueueConnection;
}

/** What the API and the worker share: config, logging, the database and the queues. */
@Module({})
export class CoreModule {
  static forRoot({ config, databaseUrl, queueConnection }: CoreOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        loggerModule(config),
        TypeOrmModule.forRoot({ ...typeormOptions(config, databaseUrl), retryAttempts: 3, retryDelay: 1000 }),
        QueuesModule.forRoot(queueConnection),
        PiiModule,
      ],
    };
  }
}
