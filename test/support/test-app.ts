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
import { createAccount, type AccountSpec, type TestAccount } from './account-factories.js';
import { TEST_ADMIN, TEST_DATABASE_URL, testEnv } from './test-env.js';
import { ensureTestSchema } from './test-schema.js';

export function testCoreOptions(overrides: Record<string, string> = {}): CoreOptions {
  const config = loadConfig(testEnv(overrides));
  const databaseUrl = overrides.DATABASE_URL ?? TEST_DATABASE_URL;
  return { config, databaseUrl, queueConnection: selectQueueConnection(config, databaseUrl) };
}

/** Requests that carry one account's access token. */
export type Client = ReturnType<typeof request.agent>;

export interface TestApp {
  app: INestApplication;
  /** Signed in as the first centre admin (every region): suites that test features, not access. */
  http: Client;
  /** No token at all. */
  anonymous: ReturnType<typeof request>;
  dataSource: DataSource;
  /** Signs in with a username and password; fails the test when sign-in fails. */
  signIn(username: string, password: string): Promise<{ client: Client; accessToken: string; refreshToken: string }>;
  /** Creates an account (straight in the database) and signs it in. */
  as(spec: AccountSpec): Promise<Client & { account: TestAccount }>;
  close(): Promise<void>;
}

/** The real HTTP app (same pipes, filters, guards, docs) on the test database and Redis. */
export async function createTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const core = testCoreOptions(overrides);
  await ensureTestSchema(core.config, core.databaseUrl);
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(core)] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false });
  configureHttpApp(app);
  await app.init();
  const server = app.getHttpServer();
  const dataSource = app.get<DataSource>(getDataSourceToken());

  async function signIn(username: string, password: string) {
    const response = await request(server).post('/auth/login').send({ username, password });
    if (response.status !== 200) throw new Error(`sign-in of ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
    const { accessToken, refreshToken } = response.body as { accessToken: string; refreshToken: string };
    return { client: request.agent(server).set('Authorization', `Bearer ${accessToken}`), accessToken, refreshToken };
  }

  const admin = await signIn(TEST_ADMIN.username, TEST_ADMIN.password);
  return {
    app,
    http: admin.client,
    anonymous: request(server),
    dataSource,
    signIn,
    async as(spec) {
      const account = await createAccount(dataSource, spec);
      const { client } = await signIn(account.username, account.password);
      return Object.assign(client, { account });
    },
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

export interface TestAppWithWorker extends TestApp {
  worker: INestApplicationContext;
}

/** The HTTP app and a worker beside it, with the same settings; close() stops the worker, then the app. */
export async function createTestAppWithWorker(overrides: Record<string, string> = {}): Promise<TestAppWithWorker> {
  const t = await createTestApp(overrides);
  const worker = await createTestWorker(overrides);
  return {
    ...t,
    worker,
    close: async () => {
      await worker.close();
      await t.close();
    },
  };
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
