import { createTestApp, type TestApp } from './support/test-app.js';

describe('operations endpoints', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('reports PostgreSQL and the Redis queue backend as up', async () => {
    const response = await t.http.get('/health').expect(200);
    expect(response.body.status).toBe('ok');
    expect(response.body.details.database.status).toBe('up');
    expect(response.body.details.queue).toMatchObject({ status: 'up', backend: 'redis' });
  });

  it("echoes the caller's request id, or makes one", async () => {
    const traced = await t.http.get('/health').set('X-Request-Id', 'trace-123').expect(200);
    expect(traced.headers['x-request-id']).toBe('trace-123');
    const fresh = await t.http.get('/health').expect(200);
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the OpenAPI document', async () => {
    const response = await t.http.get('/docs/openapi.json').expect(200);
    expect(response.body.info.title).toContain('JobBridge');
    expect(Object.keys(response.body.paths)).toContain('/health');
  });

  it('answers unknown routes with a JSON 404 carrying the request id', async () => {
    const response = await t.http.get('/no-such-route').expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'NOT_FOUND' });
    expect(typeof response.body.requestId).toBe('string');
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const response = await t.http.post('/health').set('Content-Type', 'application/json').send('{"broken":');
    expect(response.status).toBe(400);
  });
});
