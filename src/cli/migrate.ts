import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { failStartup, prepareRuntime } from '../core/runtime.js';
import { typeormOptions } from '../core/database/typeorm-options.js';

/** Applies pending migrations to the database the service would use. */
export async function migrate(config: Parameters<typeof typeormOptions>[0], url: string): Promise<string[]> {
  const dataSource = await new DataSource(typeormOptions(config, url)).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  prepareRuntime()
    .then(async ({ config, databaseUrl }) => {
      const applied = await migrate(config, databaseUrl);
      process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'schema is up to date\n');
    })
    .catch(failStartup);
}
