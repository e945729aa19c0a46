import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { typeormOptions } from '../../src/core/database/typeorm-options.js';
import type { AppConfig } from '../../src/core/config/app-config.js';

let applied: Promise<void> | undefined;

/**
 * Applies the checked-in migrations to the test database (a no-op once done). They are
 * imported through jest's transform because they are TypeScript here.
 */
export function ensureTestSchema(config: AppConfig, url: string): Promise<void> {
  applied ??= (async () => {
    const dir = join(process.cwd(), 'migrations');
    const migrations: Function[] = [];
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts')).sort()) {
      const module = (await import(join(dir, file))) as Record<string, Function>;
      migrations.push(...Object.values(module));
    }
    const dataSource = await new DataSource({ ...typeormOptions(config, url), migrations, logging: false }).initialize();
    try {
      await dataSource.query('SELECT pg_advisory_lock(4242)');
      await dataSource.runMigrations({ transaction: 'each' });
      await dataSource.query('SELECT pg_advisory_unlock(4242)');
    } finally {
      await dataSource.destroy();
    }
  })();
  return applied;
}
