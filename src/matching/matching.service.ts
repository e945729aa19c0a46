import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MatchingEngine, PositionInput, SeekerInput } from '../../libs/matching/index.js';
import {
  loadPairInputs,
  loadPositions,
  loadPositionsBetween,
  loadSeekers,
  loadSeekersBetween,
} from './engine-inputs.loader.js';
import { EngineState } from './engine-state.js';
import { MATCHING_SETTINGS, type MatchingSettings } from './matching-settings.js';
import {
  offerToLists,
  pairKey,
  pairsListedElsewhere,
  removeSubjects,
  replaceLists,
  type RankedPair,
  type Side,
} from './match-store.js';

export interface RefreshResult {
  subjects: number;
  stored: number;
  pairsScored: number;
}

const isMatchableSeeker = (s: SeekerInput) => s.status === 'active' && s.consentToMatch;
const isOpenPosition = (p: PositionInput) => p.status === 'open';

/**
 * Worker-side scoring: ranks seekers or positions with the in-memory engine and stores
 * their lists. A changed subject also updates the other side's lists: a new position is
 * offered to the seekers it suits, and pairs listed elsewhere are scored again.
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

  refreshSeekers(seekerIds: readonly string[], now = new Date()): Promise<RefreshResult> {
    return this.refresh('seeker', seekerIds, now);
  }

  refreshPositions(positionIds: readonly string[], now = new Date()): Promise<RefreshResult> {
    return this.refresh('position', positionIds, now);
  }

  /** One chunk of a full rebuild: the lists of every subject in an id range (no cross-side work). */
  async rebuildRange(side: Side, fromId: string, toId: string, now = new Date()): Promise<RefreshResult> {
    const engine = await this.state.current(now);
    const subjects =
      side === 'seeker'
        ? await loadSeekersBetween(this.dataSource, fromId, toId)
        : await loadPositionsBetween(this.dataSource, fromId, toId);
    // Counted around the synchronous ranking only: other jobs of this worker score in between awaits.
    const before = engine.stats.pairsScored;
    const pairs = this.rank(engine, side, subjects);
    const pairsScored = engine.stats.pairsScored - before;
    await this.dataSource.transaction((manager) =>
      replaceLists(manager, side, subjects.map((s) => s.id), pairs, now),
    );
    return { subjects: subjects.length, stored: pairs.length, pairsScored };
  }

  private async refresh(side: Side, ids: readonly string[], now: Date): Promise<RefreshResult> {
    const engine = await this.state.current(now);
    const loaded =
      side === 'seeker'
        ? (await loadSeekers(this.dataSource, ids)).filter(isMatchableSeeker)
        : (await loadPositions(this.dataSource, ids)).filter(isOpenPosition);
    const liveIds = loaded.map((subject) => subject.id);
    const gone = ids.filter((id) => !liveIds.includes(id));
    const before = engine.stats.pairsScored;
    const own = this.rank(engine, side, loaded);
    const pairsScored = engine.stats.pairsScored - before;
    const { offers, dropped } = await this.crossSide(engine, side, liveIds, own);
    const otherSide: Side = side === 'seeker' ? 'position' : 'seeker';
    const keepOther = otherSide === 'seeker' ? this.settings.topPerSeeker : this.settings.topPerPosition;
    await this.dataSource.transaction(async (manager) => {
      await removeSubjects(manager, side, gone);
      await replaceLists(manager, side, liveIds, own, now);
      await offerToLists(manager, otherSide, offers, dropped, keepOther, now);
      await manager.query(
        `UPDATE match_subject_state SET scored_at = $3, engine_version = $4
         WHERE subject_type = $1 AND subject_id = ANY($2::uuid[])`,
        [side, ids, now, engine.version],
      );
    });
    return { subjects: loaded.length, stored: own.length, pairsScored };
  }

  private rank(engine: MatchingEngine, side: Side, subjects: Array<SeekerInput | PositionInput>): RankedPair[] {
    const pairs: RankedPair[] = [];
    if (side === 'seeker') {
      for (const seeker of subjects as SeekerInput[]) {
        for (const { positionId, score } of engine.rankPositionsForSeeker(seeker, { limit: this.settings.topPerSeeker })) {
          pairs.push({ seekerId: seeker.id, positionId, score });
        }
      }
    } else {
      for (const position of subjects as PositionInput[]) {
        for (const { seekerId, score } of engine.rankSeekersForPosition(position, { limit: this.settings.topPerPosition })) {
          pairs.push({ seekerId, positionId: position.id, score });
        }
      }
    }
    return pairs;
  }

  /**
   * What the change means for the other side's lists: the subject's own top pairs are
   * offered to them, and pairs already listed there are scored again (kept or dropped).
   */
  private async crossSide(engine: MatchingEngine, side: Side, liveIds: string[], own: RankedPair[]) {
    const key = (pair: Omit<RankedPair, 'score'>) => pairKey(pair.seekerId, pair.positionId);
    const fresh = new Set(own.map(key));
    const listed = (await pairsListedElsewhere(this.dataSource, side, liveIds)).filter((pair) => !fresh.has(key(pair)));
    const offers = [...own];
    const dropped: Array<Omit<RankedPair, 'score'>> = [];
    if (listed.length > 0) {
      const { seekers, positions } = await loadPairInputs(this.dataSource, listed);
      for (const pair of listed) {
        const seeker = seekers.get(pair.seekerId);
        const position = positions.get(pair.positionId);
        const match = seeker && position ? engine.explain(seeker, position) : undefined;
        const recommendable = match?.eligible && match.score > 0 && !match.gaps.some((g) => g.code === 'NOT_RELATED');
        if (recommendable) offers.push({ ...pair, score: match.score });
        else dropped.push(pair);
      }
    }
    return { offers, dropped };
  }
}
