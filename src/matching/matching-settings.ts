import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseWeights, type MatchingWeights } from '../../libs/matching/index.js';
import { AppConfig } from '../core/config/app-config.js';

/** How many matches are kept per seeker and per position, and the engine's weights. */
export interface MatchingSettings {
  topPerSeeker: number;
  topPerPosition: number;
  weights: MatchingWeights;
}

export const MATCHING_SETTINGS = Symbol('MatchingSettings');

/**
 * Weights come from `config/matching-weights.json` (missing keys keep the engine's
 * defaults); a bad value fails start-up with the engine's own validation message.
 */
export function loadMatchingSettings(config: AppConfig): MatchingSettings {
  const file = join(resolve(config.CONFIG_DIR), 'matching-weights.json');
  const raw = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown) : {};
  return {
    topPerSeeker: config.MATCH_TOP_PER_SEEKER,
    topPerPosition: config.MATCH_TOP_PER_POSITION,
    weights: parseWeights(raw),
  };
}

/** For the API and the worker modules alike. */
export const matchingSettingsProvider = {
  provide: MATCHING_SETTINGS,
  inject: [AppConfig],
  useFactory: loadMatchingSettings,
};
