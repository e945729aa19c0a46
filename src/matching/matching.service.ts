import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Match as EngineMatch, MatchingEngine } from '../../libs/matching/index.js';
import { loadPositions, loadPositionsBetween, loadSeekers, loadSeekersBetween } from './engine-inputs.loader.js';
import { EngineState } from './engine-state.js';
import { MATCHING_SETTINGS, type MatchingSettings } from './matching-settings.js';
import { removeMatches, replaceTopMatches } from './match-store.js';

export interface RefreshResult {
  subjects: number;
  stored: number;
  pairsScored: number;
}

/**
 * Worker-side scoring: recomputes the top matches of seekers or positions with the
 * in-memory engine and stores them. Both sides are refreshed together so a seeker's own
 * list and the candidate lists that contain them never disagree for long.
 */
@Injectable()
export class MatchingService {
  readonly state: EngineState;

  constructor(
    @InjectDataSource() readonly dataSource: DataSource,
    @Inject(MATCHING_SETTINGS) private readonly settings: MatchingSettings,
  ) {
    this.state = new EngineState(dataSource, { withSeekers: true, weights: settings.weights });
  }

  async refreshSeekers(seekerIds: readonly string[], now = new Date()): Promise<RefreshResult> {
    const engine = await this.state.current(now);
    const before = engine.stats.pairsScored;
    const seekers = await loadSeekers(this.dataSource, seekerIds);
    const matchable = seekers.filter((s) => s.status === 'active' && s.consentToMatch);
    const gone = seekerIds.filter((id) => !matchable.some((s) => s.id === id));
    const tops: EngineMatch[] = [];
    for (const seeker of matchable) tops.push(...engine.recommendForSeeker(seeker, { limit: this.settings.topPerSeeker }));
    const others = await this.rescoreStoredPairs(engine, 'seeker', matchable.map((s) => s.id), tops);
    await this.dataSource.transaction(async (manager) => {
      await removeMatches(manager, 'seeker', gone);
      await replaceTopMatches(manager, 'seeker', matchable.map((s) => s.id), tops, others, now);
      await this.markScored(manager, 'seeker', seekerIds, engine.version, now);
    });
    return { subjects: matchable.length, stored: tops.length, pairsScored: engine.stats.pairsScored - before };
  }

  async refreshPositions(positionIds: readonly string[], now = new Date()): Promise<RefreshResult> {
    const engine = await this.state.current(now);
    const before = engine.stats.pairsScored;
    const positions = await loadPositions(this.dataSource, positionIds);
    const open = positions.filter((p) => p.status === 'open');
    const gone = positionIds.filter((id) => !open.some((p) => p.id === id));
    const tops: EngineMatch[] = [];
    for (const position of open) tops.push(...engine.candidatesForPosition(position, { limit: this.settings.topPerPosition }));
    const others = await this.rescoreStoredPairs(engine, 'position', open.map((p) => p.id), tops);
    await this.dataSource.transaction(async (manager) => {
      await removeMatches(manager, 'position', gone);
      await replaceTopMatches(manager, 'position', open.map((p) => p.id), tops, others, now);
      await this.markScored(manager, 'position', positionIds, engine.version, now);
    });
    return { subjects: open.length, stored: tops.length, pairsScored: engine.stats.pairsScored - before };
  }

  /** One chunk of a full rebuild: the top matches of every subject in an id range. */
  async rebuildRange(side: 'seeker' | 'position', fromId: string, toId: string, now = new Date()): Promise<RefreshResult> {
    const engine = await this.state.current(now);
    const before = engine.stats.pairsScored;
    const tops: EngineMatch[] = [];
    let ids: string[];
    if (side === 'seeker') {
      const seekers = await loadSeekersBetween(this.dataSource, fromId, toId);
      for (const seeker of seekers) tops.push(...engine.recommendForSeeker(seeker, { limit: this.settings.topPerSeeker }));
      ids = seekers.map((s) => s.id);
    } else {
      const positions = await loadPositionsBetween(this.dataSource, fromId, toId);
      for (const position of positions) {
        tops.push(...engine.candidatesForPosition(position, { limit: this.settings.topPerPosition }));
      }
      ids = positions.map((p) => p.id);
    }
    await this.dataSource.transaction((manager) => replaceTopMatches(manager, side, ids, tops, [], now));
    return { subjects: ids.length, stored: tops.length, pairsScored: engine.stats.pairsScored - before };
  }

  /**
   * Pairs stored from the other side (e.g. a seeker in a position's candidate list) whose
   * score changes with this subject: scored again so the stored lists stay truthful.
   */
  private async rescoreStoredPairs(
    engine: MatchingEngine,
    side: 'seeker' | 'position',
    subjectIds: string[],
    tops: EngineMatch[],
  ): Promise<EngineMatch[]> {
    if (subjectIds.length === 0) return [];
    const fresh = new Set(tops.map((m) => `${m.seekerId}:${m.positionId}`));
    const key = side === 'seeker' ? 'seeker_id' : 'position_id';
    const flag = side === 'seeker' ? 'in_position_top' : 'in_seeker_top';
    const stored: Array<{ seeker_id: string; position_id: string }> = await this.dataSource.query(
      `SELECT seeker_id, position_id FROM match WHERE ${key} = ANY($1::uuid[]) AND ${flag}`,
      [subjectIds],
    );
    const pending = stored.filter((row) => !fresh.has(`${row.seeker_id}:${row.position_id}`));
    if (pending.length === 0) return [];
    const seekers = new Map((await loadSeekers(this.dataSource, [...new Set(pending.map((r) => r.seeker_id))])).map((s) => [s.id, s]));
    const positions = new Map(
      (await loadPositions(this.dataSource, [...new Set(pending.map((r) => r.position_id))])).map((p) => [p.id, p]),
    );
    return pending.flatMap((row) => {
      const seeker = seekers.get(row.seeker_id);
      const position = positions.get(row.position_id);
      return seeker && position ? [engine.explain(seeker, position)] : [];
    });
  }

  private async markScored(
    manager: { query: DataSource['query'] },
    subjectType: 'seeker' | 'position',
    ids: readonly string[],
    engineVersion: string,
    at: Date,
  ): Promise<void> {
    await manager.query(
      `UPDATE match_subject_state SET scored_at = $3, engine_version = $4
       WHERE subject_type = $1 AND subject_id = ANY($2::uuid[])`,
      [subjectType, ids, at, engineVersion],
    );
  }
}
