import type { INestApplicationContext } from '@nestjs/common';
import { createRegionTree } from './support/factories.js';
import { unscoredSubjects } from './support/match-lists.js';
import { seekerPayload } from './support/seeker-factories.js';
import { TcpProxy } from './support/tcp-proxy.js';
import { createTestApp, createTestWorker, eventually, type TestApp } from './support/test-app.js';
import { TEST_DATABASE_URL } from './support/test-env.js';

/**
 * PostgreSQL restarts: the API and the worker reach it through a proxy the test cuts
 * (every connection dropped, new ones refused) and restores, as clients see a restart.
 * Health answers 503 at once, requests fail fast with 503 instead of hanging, and both
 * processes recover by themselves.
 */
describe('reliability: PostgreSQL restart', () => {
  let proxy: TcpProxy;
  let t: TestApp;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    const target = new URL(TEST_DATABASE_URL);
    proxy = await TcpProxy.start(target.hostname, Number(target.port || 5432));
    const DATABASE_URL = proxy.url(TEST_DATABASE_URL);
    t = await createTestApp({ DATABASE_URL });
    worker = await createTestWorker({ DATABASE_URL });
  });
  afterAll(async () => {
    await proxy.restore().catch(() => undefined);
    await worker?.close();
    await t?.close();
    await proxy.cut();
  });

  const timed = async <T>(call: () => Promise<T>) => {
    const started = Date.now();
    const result = await call();
    return { result, ms: Date.now() - started };
  };

  it('answers 503 while it is down, never hangs, and recovers without a restart', async () => {
    const tree = await createRegionTree(t.dataSource);
    await t.anonymous.get('/health').expect(200);
    await t.http.get('/positions').expect(200);

    await proxy.cut();
    const health = await timed(() => t.anonymous.get('/health'));
    expect(health.result.status).toBe(503);
    expect(health.result.body.failures.database.status).toBe('down');
    expect(health.ms).toBeLessThan(5_000);

    // A signed-in read and a write: the session check needs the database, so both fail fast.
    for (const call of [() => t.http.get('/positions'), () => t.http.post('/seekers').send(seekerPayload(tree.grid.code))]) {
      const { result, ms } = await timed(call);
      expect(result.status).toBe(503);
      expect(result.body.error).toBe('DATABASE_UNAVAILABLE');
      expect(result.headers['retry-after']).toBe('5');
      expect(ms).toBeLessThan(10_000);
    }

    await proxy.restore();
    await eventually(async () => (await t.anonymous.get('/health')).status === 200, 20_000, 250);
    await t.http.get('/positions').expect(200);

    // The worker is back at work too: a new seeker is scored.
    const seeker = (await t.http.post('/seekers').send(seekerPayload(tree.grid.code)).expect(201)).body;
    await eventually(async () => (await unscoredSubjects(t.dataSource, [seeker.id])).length === 0, 30_000, 250);
  }, 90_000);
});
