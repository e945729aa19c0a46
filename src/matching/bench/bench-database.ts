import pg from 'pg';
import { DataSource } from 'typeorm';
import { migrate } from '../../cli/migrate.js';
import type { AppConfig } from '../../core/config/app-config.js';
import { typeormOptions } from '../../core/database/typeorm-options.js';

/**
 * Drops and recreates the benchmark database, then applies the project's migrations,
 * so every run starts from the schema the service really uses and from no rows.
 */
export async function recreateDatabase(config: AppConfig, url: string): Promise<string[]> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z0-9_]+$/i.test(name) || !/bench/i.test(name)) {
    throw new Error(`refusing to drop "${name}": the benchmark database name must contain "bench"`);
  }
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return migrate(config, url);
}

/** The same TypeORM options the API and the worker use. */
export function openDataSource(config: AppConfig, url: string): Promise<DataSource> {
  return new DataSource(typeormOptions(config, url)).initialize();
}
