import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module.js';
import { loadConfig } from '../../src/core/config/load-config.js';
import type { CoreOptions } from '../../src/core/core.module.js';
import { selectQueueConnection } from '../../src/core/queues/queue-backend.js';
import { configureHttpApp } from '../../src/http-app.js';
import { WorkerModule } from '../../src/worker.module.js';
import { TEST_DATABASE_URL, testEnv } from './test-env.js';
import { ensureTestSchema } from './test-schema.js';

export function testCoreOptions(overrides: Record<string, string> = {}): CoreOptions {
  const config = loadConfig(testEnv(overrides));
  return { config, databaseUrl: TEST_DATABASE_URL, queueConnection: selectQueueConnection(config, TEST_DATABASE_URL) };
}

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** The real HTTP app (same pipes, filters, docs) on the test database and Redis. */
export async function createTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const core = testCoreOptions(overrides);
  await ensureTestSchema(core.config, core.databaseUrl);
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(core)] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false });
  configureHttpApp(app);
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    dataSource: app.get<DataSource>(getDataSourceToken()),
    close: () => app.close(),
  };
}

/** The real worker (processors, outbox relay) on the test database and Redis. */
export async function createTestWorker(overrides: Record<string, string> = {}): Promise<INestApplicationContext> {
  const core = testCoreOptions(overrides);
  await ensureTestSchema(core.config, core.databaseUrl);
  const moduleRef = await Test.createTestingModule({ imports: [WorkerModule.forRoot(core)] }).compile();
  await moduleRef.init();
  return moduleRef;
}

/** Polls until `check` returns a value (not undefined/false) or the timeout passes. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 10_000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
