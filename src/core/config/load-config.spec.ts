import { ConfigError, loadConfig } from './load-config.js';

describe('loadConfig', () => {
  it('reads config/default.json and lets the environment override it', () => {
    const config = loadConfig({ PORT: '4100', REDIS_URL: 'redis://cache:6380/2' });
    expect(config.PORT).toBe(4100);
    expect(config.REDIS_URL).toBe('redis://cache:6380/2');
    expect(config.EMBEDDED_POSTGRES_PORT).toBe(54329);
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('fails fast listing every bad value', () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^PORT=/m);
    expect(problems).toMatch(/^DATABASE_URL=.*postgres/m);
    expect(problems).toMatch(/^LOG_LEVEL=/m);
  });

  it('refuses the development PII key in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/PII_KEY/);
    expect(loadConfig({ NODE_ENV: 'production', PII_KEY: 'ab'.repeat(32) }).PII_KEY).toBe('ab'.repeat(32));
  });
});
