import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../core/config/app-config.js';
import { PiiCipher } from '../../core/pii/pii-cipher.js';
import { openDataSource, recreateDatabase } from '../../matching/bench/bench-database.js';
import { seedDemoCounty, type SeedReport } from '../../seed/demo-county.js';
import { silentProgress } from '../../seed/progress.js';
import { parseSeedOptions } from '../../seed/seed-options.js';
import { sleep } from './service-processes.js';

/**
 * The benchmark's own database with the same demo county `npm run demo` serves
 * (肥城市: ~2,000 seekers, ~325 positions, one account per role), so the measured
 * requests read realistic lists and the figures are comparable run to run.
 */
export async function prepareDemoDatabase(config: AppConfig, url: string): Promise<{ dataSource: DataSource; migrations: number; seed: SeedReport }> {
  const migrations = await recreateDatabase(config, url);
  // The catalogue upsert logs through Nest; keep the benchmark's output to its figures.
  Logger.overrideLogger(['warn', 'error', 'fatal']);
  const dataSource = await openDataSource(config, url);
  const options = parseSeedOptions([]);
  if (options === 'help') throw new Error('unreachable: no seed options given');
  const seed = await seedDemoCounty(dataSource, { ...options, cipher: new PiiCipher(config.PII_KEY) }, silentProgress);
  return { dataSource, migrations: migrations.length, seed };
}

export interface ScoringProgress {
  /** Subjects (seekers and positions) in the outbox not yet scored after their last change. */
  stale: number;
  matchableSeekers: number;
  seekersWithRecommendations: number;
}

/**
 * Waits until the worker has scored every subject the seed recorded in the outbox (its
 * state shows a scoring newer than its last change), so the measured reads find stored
 * lists rather than racing the first scoring.
 */
export async function waitUntilScored(dataSource: DataSource, timeoutMs: number, failed: Promise<never>): Promise<ScoringProgress> {
  const deadline = Date.now() + timeoutMs;
  let progress = await scoringProgress(dataSource);
  while (progress.stale > 0) {
    if (Date.now() > deadline) {
      throw new Error(`the worker left ${progress.stale} subjects unscored after ${timeoutMs / 1000} s`);
    }
    await Promise.race([sleep(1000), failed]);
    progress = await scoringProgress(dataSource);
  }
  return progress;
}

async function scoringProgress(dataSource: DataSource): Promise<ScoringProgress> {
  const [row] = await dataSource.query(`
    SELECT (SELECT count(*) FROM (SELECT DISTINCT subject_type, subject_id FROM domain_change) d
              LEFT JOIN match_subject_state s USING (subject_type, subject_id)
             WHERE s.scored_at IS NULL OR s.scored_at < s.changed_at)::int AS stale,
           (SELECT count(*) FROM seeker WHERE status = 'active' AND consent_to_match)::int AS matchable,
           (SELECT count(DISTINCT seeker_id) FROM seeker_recommendation)::int AS with_recommendations`);
  return { stale: row.stale, matchableSeekers: row.matchable, seekersWithRecommendations: row.with_recommendations };
}
