import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import { migrate } from './cli/migrate.js';
import { typeormOptions } from './core/database/typeorm-options.js';
import { PiiCipher } from './core/pii/pii-cipher.js';
import { failStartup, prepareRuntime, type Runtime } from './core/runtime.js';
import { seedDemoCounty } from './seed/demo-county.js';
import { consoleProgress } from './seed/progress.js';
import { describeDemoAccounts } from './seed/stages/accounts.stage.js';
import { demoSeekers, describeDemoCampaign, describeTopRecommendations } from './seed/demo-summary.js';
import { parseSeedOptions } from './seed/seed-options.js';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * One command for a single box: finds or starts PostgreSQL, applies migrations, seeds the
 * demo county when given `--demo`, then runs the API and the worker as two processes and
 * stops everything together.
 */
async function start(): Promise<void> {
  const runtime = await prepareRuntime({ allowEmbedded: true });
  const log = (message: string) => process.stderr.write(`[start] ${message}\n`);
  log(`database: ${runtime.database.source}; queues: ${runtime.queueConnection.kind}`);
  const applied = await migrate(runtime.config, runtime.databaseUrl);
  if (applied.length) log(`applied migrations: ${applied.join(', ')}`);
  const demo = process.argv.includes('--demo');
  if (demo) await seedDemo(runtime, log);

  const env = { ...process.env, DATABASE_URL: runtime.databaseUrl };
  const children: ChildProcess[] = ['main.js', 'worker.js'].map((file) =>
    spawn(process.execPath, ['--enable-source-maps', join(here, file)], { env, stdio: 'inherit' }),
  );

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((r) => child.once('exit', r)) : null)));
    await runtime.database.stop();
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(0));
  for (const child of children) child.once('exit', (code) => void stop(code ?? 1));
  if (demo) void printWhenScored(runtime, log);
}

/** Once the worker has scored the demo seekers, shows what they are recommended (the service keeps running). */
async function printWhenScored(runtime: Runtime, log: (message: string) => void): Promise<void> {
  const dataSource = await new DataSource({ ...typeormOptions(runtime.config, runtime.databaseUrl), logging: ['error'] }).initialize();
  try {
    const seekers = await demoSeekers(dataSource);
    const deadline = Date.now() + 5 * 60_000;
    while (Date.now() < deadline) {
      const text = await describeTopRecommendations(dataSource, seekers);
      if (text) {
        process.stdout.write(`${text}\nDashboard: http://localhost:${runtime.config.PORT}/dashboard (sign in as demo-admin) · API docs: /docs\n`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
    log('the worker has not scored the demo seekers within 5 minutes; see GET /matching/rebuilds/latest');
  } catch (error) {
    log(`could not print the demo recommendations: ${(error as Error).message}`);
  } finally {
    await dataSource.destroy().catch(() => undefined);
  }
}

/** The demo county (idempotent: a second start finds it in place and changes nothing). */
async function seedDemo(runtime: Runtime, log: (message: string) => void): Promise<void> {
  const options = parseSeedOptions([]);
  if (options === 'help') return;
  const dataSource = await new DataSource(typeormOptions(runtime.config, runtime.databaseUrl)).initialize();
  try {
    const report = await seedDemoCounty(dataSource, { ...options, cipher: new PiiCipher(runtime.config.PII_KEY) }, consoleProgress());
    log(
      `demo county ${report.county.name}: ${report.communities} communities, ` +
        `${report.positions.open} open positions, seeded in ${(report.elapsedMs / 1000).toFixed(1)} s`,
    );
    process.stdout.write(`${describeDemoAccounts(report.accounts)}\n${await describeDemoCampaign(dataSource, report.campaign.campaignId)}\n`);
  } finally {
    await dataSource.destroy();
  }
}

start().catch(failStartup);
