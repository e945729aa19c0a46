import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import type { AppConfig } from './core/config/app-config.js';
import { loadConfig } from './core/config/load-config.js';
import { isClusterPrimary, superviseCopies } from './core/process-cluster.js';
import { failStartup, prepareRuntime } from './core/runtime.js';
import { armShutdownDeadline } from './core/shutdown-deadline.js';
import { configureHttpApp } from './http-app.js';

async function bootstrap(config: AppConfig): Promise<void> {
  const runtime = await prepareRuntime({ config });
  armShutdownDeadline(runtime.config.SHUTDOWN_TIMEOUT_MS, (message) => new Logger('Shutdown').log(message));
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(runtime), {
    bufferLogs: true,
    bodyParser: false,
  });
  configureHttpApp(app);
  await app.listen(runtime.config.PORT, runtime.config.HOST);
  new Logger('Bootstrap').log(
    `API listening on ${await app.getUrl()} (docs at /docs); database: ${runtime.database.source}; queues: ${runtime.queueConnection.kind}`,
  );
}

function main(): void {
  const config = loadConfig();
  if (config.API_PROCESSES > 1 && isClusterPrimary()) superviseCopies(config.API_PROCESSES, (message) => process.stderr.write(`${message}\n`));
  else bootstrap(config).catch(failStartup);
}

try {
  main();
} catch (error) {
  failStartup(error);
}
