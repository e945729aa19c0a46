/**
 * e2e tests run against the real PostgreSQL and Redis of the machine, in a database and a
 * queue prefix of their own so they never touch a developer's data.
 */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/jobbridge_test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The first centre admin every test app creates on start (every region). */
export const TEST_ADMIN = { username: 'test-admin', password: 'test-admin-password' };

export function testEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: TEST_DATABASE_URL,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: `jobbridge-test-${process.pid}`,
    ADMIN_USERNAME: TEST_ADMIN.username,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    // Suites write far more than a person would; the limits get their own tests.
    THROTTLE_LOGIN_LIMIT: '100000',
    THROTTLE_WRITE_LIMIT: '100000',
    ...overrides,
  };
}
