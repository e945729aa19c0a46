import { Global, Module, type DynamicModule } from '@nestjs/common';
import { QueueConnectionToken, type QueueConnection } from './queue-connection.token.js';
import { QueuesService } from './queues.service.js';

@Global()
@Module({})
export class QueuesModule {
  static forRoot(connection: QueueConnection): DynamicModule {
    return {
      module: QueuesModule,
      providers: [{ provide: QueueConnectionToken, useValue: connection }, QueuesService],
      exports: [QueueConnectionToken, QueuesService],
    };
  }
}
