import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { MatchingEngine } from '../../libs/matching/index.js';
import type { PositionInput } from '../../libs/matching/types.js';
import { loadPositions, loadSeekers } from './engine-inputs.loader.js';
import { preparedQuery } from '../core/database/prepared-query.js';

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
  /** The very objects the engine indexed, by id. */
  private readonly indexed = new Map<string, PositionInput>();

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

  /**
   * The engine's own copy of `position` when it equals `position` field for field, else
   * `position`. The engine reuses the preparation (segmented text, interned ids) of the
   * object it indexed, so explaining with the twin skips segmenting the text again; the
   * result is the same, as preparation depends on the fields alone.
   */
  indexedTwin(position: PositionInput): PositionInput {
    const twin = this.indexed.get(position.id);
    return twin !== undefined && sameData(twin, position) ? twin : position;
  }

  /** The newest outbox change the engine has taken in: changes with every committed change it syncs. */
  get version(): string {
    return this.cursor;
  }

  /** Drops the in-memory state; the next call reloads everything (used by full rebuilds). */
  reset(): void {
    this.indexed.clear();
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
    const positions = await loadPositions(this.dataSource);
    engine.indexPositions(positions);
    this.indexed.clear();
    for (const position of positions) this.indexed.set(position.id, position);
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
    // Asked before every explanation the API makes and nearly always nothing has changed:
    // the newest outbox id (one index probe) says so without grouping the outbox. Both
    // prepared, as planning them cost more than running them.
    const [{ max }] = await preparedQuery<{ max: string }>(this.dataSource, 'SELECT COALESCE(max(id), 0)::text AS max FROM domain_change', []);
    if (max === this.cursor) return;
    const changed = await preparedQuery<{ subject_type: 'position' | 'seeker'; subject_id: string; max: string }>(
      this.dataSource,
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
      if (position.status === 'open') {
        engine.upsertPosition(position);
        this.indexed.set(position.id, position);
      } else {
        engine.removePosition(position.id);
        this.indexed.delete(position.id);
      }
    }
    const present = new Set(found.map((position) => position.id));
    for (const id of ids) {
      if (present.has(id)) continue;
      engine.removePosition(id);
      this.indexed.delete(id);
    }
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

/**
 * Equal as data: the same primitives in the same arrays and plain objects (what the loader
 * builds from rows and JSON). Anything else (a Date, a class instance) counts as different,
 * which only costs a fresh preparation. node:util's isDeepStrictEqual gives the same answer
 * here at several times the cost, on every page read.
 */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key) || !sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}
