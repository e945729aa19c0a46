import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoLogger } from 'nestjs-pino';
import { failStartup, prepareRuntime } from './core/runtime.js';
import { armShutdownDeadline } from './core/shutdown-deadline.js';
import { WorkerModule } from './worker.module.js';

async function bootstrap(): Promise<void> {
  const runtime = await prepareRuntime();
  armShutdownDeadline(runtime.config.SHUTDOWN_TIMEOUT_MS, (message) => new Logger('Shutdown').log(message));
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(runtime), { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  // SIGTERM/SIGINT close the context: workers finish their running jobs first.
  app.enableShutdownHooks();
  await app.init();
  new Logger('Bootstrap').log(
    `worker running; database: ${runtime.database.source}; queues: ${runtime.queueConnection.kind}`,
  );
}

bootstrap().catch(failStartup);
