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

  it('refuses the development PII key and token secret in production', () => {
    const secrets = { PII_KEY: 'ab'.repeat(32), JWT_SECRET: 'a production secret of at least 32 chars' };
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: secrets.JWT_SECRET })).toThrow(/PII_KEY/);
    expect(() => loadConfig({ NODE_ENV: 'production', PII_KEY: secrets.PII_KEY })).toThrow(/JWT_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', ...secrets }).PII_KEY).toBe('ab'.repeat(32));
  });
});
