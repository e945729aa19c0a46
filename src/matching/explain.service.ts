import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CertificateUnlock, HeldCertificate, Match, MatchingEngine, PositionInput, SeekerInput } from '../../libs/matching/index.js';
import { NotFoundError } from '../core/errors/domain-error.js';
import { loadPairInputs, loadPositions, loadSeekers } from './engine-inputs.loader.js';
import { EngineState } from './engine-state.js';
import { MATCHING_SETTINGS, type MatchingSettings } from './matching-settings.js';
import { pairKey } from './match-store.js';
import { withTrainings } from './gap-trainings.js';
import { clockHour, ExplanationCache } from './explanation-cache.js';

import type { Actor } from '../auth/actor.js';
import { assertInScope, positionScopes, seekerScopes } from './match-access.js';

/**
 * Reasons, gaps and feature breakdowns, computed by the engine when they are read: for
 * one pair (even an ineligible one) or for the page of a stored list. The engine here
 * holds every open position, so text features use the same corpus statistics as the
 * worker that ranked the lists.
 */
@Injectable()
export class ExplainService {
  private readonly state: EngineState;
  private readonly cache = new ExplanationCache();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MATCHING_SETTINGS) settings: MatchingSettings,
  ) {
    this.state = new EngineState(dataSource, { withSeekers: false, weights: settings.weights });
  }

  /** One pair, when the actor may see both the seeker and the position (404 naming the first missing). */
  async explain(actor: Actor, seekerId: string, positionId: string) {
    await assertInScope(this.dataSource, actor, 'seeker', seekerId, seekerScopes.visible);
    await assertInScope(this.dataSource, actor, 'position', positionId, positionScopes.forExplain);
    const [seeker] = await loadSeekers(this.dataSource, [seekerId]);
    if (!seeker) throw new NotFoundError('seeker', seekerId);
    const [position] = await loadPositions(this.dataSource, [positionId]);
    if (!position) throw new NotFoundError('position', positionId);
    const match = (await this.state.current()).explain(seeker, position);
    const [withCourses] = await withTrainings(this.dataSource, seekerId, [match]);
    return { ...withCourses!, stored: await this.stored(seekerId, positionId) };
  }

  /**
   * Explanations of many pairs, loading each seeker and position once and preparing each
   * once: positions equal to the engine's indexed copy reuse its preparation, and a seeker
   * with several pairs (a page of recommendations) is prepared once for all of them. Pairs
   * explained since the last change (and within the hour) come from the cache.
   */
  async explainPairs(pairs: Array<{ seekerId: string; positionId: string }>): Promise<Map<string, Match>> {
    const explained = new Map<string, Match>();
    if (pairs.length === 0) return explained;
    const engine = await this.state.current();
    const stamp = `${this.state.version}/${clockHour()}`;
    this.cache.begin(stamp);
    const missing = pairs.filter(({ seekerId, positionId }) => {
      const cached = this.cache.get(pairKey(seekerId, positionId));
      if (cached) explained.set(pairKey(seekerId, positionId), cached);
      return !cached;
    });
    if (missing.length === 0) return explained;
    const { seekers, positions } = await loadPairInputs(this.dataSource, missing);
    const positionsOf = new Map<string, PositionInput[]>();
    for (const { seekerId, positionId } of missing) {
      const position = positions.get(positionId);
      if (!seekers.has(seekerId) || !position) continue;
      const list = positionsOf.get(seekerId) ?? [];
      list.push(this.state.indexedTwin(position));
      positionsOf.set(seekerId, list);
    }
    for (const [seekerId, list] of positionsOf) {
      for (const match of explainForSeeker(engine, seekers.get(seekerId)!, list)) {
        explained.set(pairKey(seekerId, match.positionId), match);
        this.cache.put(stamp, pairKey(seekerId, match.positionId), match);
      }
    }
    return explained;
  }

  /**
   * The positions among `positionIds` the seeker is not eligible for today but would be,
   * everything else equal, with one more (verified) certificate: what a course would open.
   */
  async openedBy(seekerId: string, positionIds: readonly string[], certificate: HeldCertificate): Promise<string[]> {
    const [seeker] = await loadSeekers(this.dataSource, [seekerId]);
    if (!seeker || positionIds.length === 0) return [];
    const withCertificate = { ...seeker, certificates: [...seeker.certificates, certificate] };
    const engine = await this.state.current();
    return (await loadPositions(this.dataSource, positionIds))
      .filter((position) => !engine.explain(seeker, position).eligible && engine.explain(withCertificate, position).eligible)
      .map((position) => position.id);
  }

  /**
   * For each seeker, the open positions (among `positionIds`) only missing certificates
   * keep them from, with the score they would have with those certificates: at least
   * `minScore`. The engine's own eligibility and scoring, over ineligible pairs.
   */
  async certificateUnlocks(seekers: readonly SeekerInput[], positionIds: readonly string[], minScore: number): Promise<Map<string, CertificateUnlock[]>> {
    const engine = await this.state.current();
    return new Map(seekers.map((seeker) => [seeker.id, engine.certificateUnlocks(seeker, positionIds, minScore)]));
  }

  private async stored(seekerId: string, positionId: string) {
    const [row] = await this.dataSource.query(
      `SELECT (SELECT score FROM seeker_recommendation WHERE seeker_id = $1 AND position_id = $2) AS in_recommendations,
              (SELECT score FROM position_candidate WHERE seeker_id = $1 AND position_id = $2) AS in_candidates`,
      [seekerId, positionId],
    );
    return { recommendationScore: row.in_recommendations, candidateScore: row.in_candidates };
  }
}

/**
 * The engine prepares a seeker (segments its text) on every explain call unless it is the
 * very object the engine indexed. This engine indexes no seekers (positions only), so the
 * seeker is indexed for the length of this synchronous loop, explained against every
 * position with one preparation, and removed again before any other request can run.
 * Indexing a seeker touches only the seeker-side candidate index, which explanations do
 * not read, so the matches are the same as one explain call per pair.
 */
function explainForSeeker(engine: MatchingEngine, seeker: SeekerInput, positions: readonly PositionInput[]): Match[] {
  if (positions.length < 2 || engine.seekerCount > 0) return positions.map((position) => engine.explain(seeker, position));
  engine.upsertSeeker(seeker);
  try {
    return positions.map((position) => engine.explain(seeker, position));
  } finally {
    engine.removeSeeker(seeker.id);
  }
}
