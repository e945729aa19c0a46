import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../core/errors/domain-error.js';
import { loadPositions, loadSeekers } from './engine-inputs.loader.js';
import { EngineState } from './engine-state.js';
import { MATCHING_SETTINGS, type MatchingSettings } from './matching-settings.js';
import { MatchQueriesService } from './match-queries.service.js';

/**
 * The full breakdown of one pair, computed live (so it works for pairs that were never
 * stored, ineligible ones included) with an engine holding every open position, which
 * gives the text features the same corpus statistics as the worker.
 */
@Injectable()
export class ExplainService {
  private readonly state: EngineState;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MATCHING_SETTINGS) settings: MatchingSettings,
    private readonly queries: MatchQueriesService,
  ) {
    this.state = new EngineState(dataSource, { withSeekers: false, weights: settings.weights });
  }

  async explain(seekerId: string, positionId: string) {
    const [seeker] = await loadSeekers(this.dataSource, [seekerId]);
    if (!seeker) throw new NotFoundError('seeker', seekerId);
    const [position] = await loadPositions(this.dataSource, [positionId]);
    if (!position) throw new NotFoundError('position', positionId);
    const engine = await this.state.current();
    const match = engine.explain(seeker, position);
    return { ...match, stored: await this.queries.storedMatch(seekerId, positionId) };
  }
}
