import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { ENTITIES } from './entities.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

const here = dirname(fileURLToPath(import.meta.url));
/** Compiled migrations: dist/migrations/*.js (this file lives in dist/src/core/database). */
export const MIGRATIONS_GLOB = join(here, '..', '..', '..', 'migrations', '*.js');

export function typeormOptions(config: AppConfig, url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'schema_migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, no extension to install.
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    // Not 'error': TypeORM would print query parameters (names, phones); the exception
    // filter logs failures with an id instead.
    logging: ['warn', 'migration'],
    applicationName: 'jobbridge',
    extra: {
      max: 10,
      connectionTimeoutMillis: 5000,
      statement_timeout: config.DATABASE_STATEMENT_TIMEOUT_MS,
      query_timeout: config.DATABASE_STATEMENT_TIMEOUT_MS + 1000,
    },
  };
}
