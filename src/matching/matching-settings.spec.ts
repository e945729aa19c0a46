import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../core/config/load-config.js';
import { loadMatchingSettings } from './matching-settings.js';

function configWithWeights(weights: unknown) {
  const dir = mkdtempSync(join(tmpdir(), 'jobbridge-config-'));
  writeFileSync(join(dir, 'matching-weights.json'), JSON.stringify(weights));
  return loadConfig({ CONFIG_DIR: dir, MATCH_TOP_PER_SEEKER: '30' });
}

describe('loadMatchingSettings', () => {
  it('reads the shipped config/matching-weights.json and the list sizes', () => {
    const settings = loadMatchingSettings(loadConfig({ MATCH_TOP_PER_POSITION: '80' }));
    expect(settings.topPerPosition).toBe(80);
    expect(settings.weights.employer.certificates).toBeGreaterThan(0);
  });

  it('keeps defaults for keys a centre leaves out', () => {
    const settings = loadMatchingSettings(configWithWeights({ seeker: { proximity: 7 } }));
    expect(settings.weights.seeker.proximity).toBe(7);
    expect(settings.weights.employer.skills).toBeGreaterThan(0);
    expect(settings.topPerSeeker).toBe(30);
  });

  it('refuses a negative weight or an unknown key at start-up', () => {
    expect(() => loadMatchingSettings(configWithWeights({ seeker: { proximity: -1 } }))).toThrow(/proximity/);
    expect(() => loadMatchingSettings(configWithWeights({ employer: { charm: 1 } }))).toThrow(/charm/);
  });
});
