import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { MatchingEngine } from '../../libs/matching/index.js';
import { loadPositions, loadSeekers } from './engine-inputs.loader.js';

export interface EngineStateOptions {
  /** Index seekers too (the worker); the API's explain needs positions only. */
  withSeekers: boolean;
  weights: unknown;
  candidateLimit?: number;
}

/**
 * One in-memory engine per process, loaded from PostgreSQL once and then kept current
 * by reading the outbox: every change committed after the last sync is re-read before
 * the next query, whichever process made it. So several workers never drift apart.
 */
export class EngineState {
  private readonly logger = new Logger(EngineState.name);
  private engine?: MatchingEngine;
  private cursor = '0';
  private loading?: Promise<MatchingEngine>;
  private syncing?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: EngineStateOptions,
  ) {}

  /** The engine, loaded and synced with every change committed so far. */
  async current(now = new Date()): Promise<MatchingEngine> {
    const engine = await (this.engine ? Promise.resolve(this.engine) : (this.loading ??= this.load()));
    this.syncing ??= this.sync(engine).finally(() => (this.syncing = undefined));
    await this.syncing;
    engine.setNow(now);
    return engine;
  }

  /** Drops the in-memory state; the next call reloads everything (used by full rebuilds). */
  reset(): void {
    this.engine = undefined;
    this.loading = undefined;
    this.cursor = '0';
  }

  private async load(): Promise<MatchingEngine> {
    const started = Date.now();
    const [{ max }] = await this.dataSource.query('SELECT COALESCE(max(id), 0)::text AS max FROM domain_change');
    const engine = new MatchingEngine({
      now: new Date(),
      weights: this.options.weights,
      candidateLimit: this.options.candidateLimit,
    });
    engine.indexPositions(await loadPositions(this.dataSource));
    if (this.options.withSeekers) engine.indexSeekers(await loadSeekers(this.dataSource));
    this.cursor = max;
    this.engine = engine;
    this.loading = undefined;
    this.logger.log(
      `engine loaded: ${engine.positionCount} positions, ${engine.seekerCount} seekers in ${Date.now() - started} ms`,
    );
    return engine;
  }

  private async sync(engine: MatchingEngine): Promise<void> {
    const changed: Array<{ subject_type: 'position' | 'seeker'; subject_id: string; max: string }> =
      await this.dataSource.query(
        `SELECT subject_type, subject_id, max(id)::text AS max FROM domain_change
         WHERE id > $1 GROUP BY subject_type, subject_id`,
        [this.cursor],
      );
    if (changed.length === 0) return;
    const ids = (type: string) => changed.filter((row) => row.subject_type === type).map((row) => row.subject_id);
    await this.refreshPositions(engine, ids('position'));
    if (this.options.withSeekers) await this.refreshSeekers(engine, ids('seeker'));
    this.cursor = changed.reduce((max, row) => (BigInt(row.max) > BigInt(max) ? row.max : max), this.cursor);
  }

  private async refreshPositions(engine: MatchingEngine, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const found = await loadPositions(this.dataSource, ids);
    for (const position of found) {
      if (position.status === 'open') engine.upsertPosition(position);
      else engine.removePosition(position.id);
    }
    const present = new Set(found.map((position) => position.id));
    for (const id of ids) if (!present.has(id)) engine.removePosition(id);
  }

  private async refreshSeekers(engine: MatchingEngine, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const found = await loadSeekers(this.dataSource, ids);
    for (const seeker of found) {
      if (seeker.status === 'active' && seeker.consentToMatch) engine.upsertSeeker(seeker);
      else engine.removeSeeker(seeker.id);
    }
    const present = new Set(found.map((seeker) => seeker.id));
    for (const id of ids) if (!present.has(id)) engine.removeSeeker(id);
  }
}
