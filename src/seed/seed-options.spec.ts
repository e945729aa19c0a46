import { DEFAULT_DEMO } from './demo-county.js';
import { parseSeedOptions } from './seed-options.js';

describe('parseSeedOptions', () => {
  it('defaults to the 肥城 demo: 50 enterprises, 3–10 positions each, 2,000 seekers', () => {
    expect(parseSeedOptions([])).toEqual({
      seed: DEFAULT_DEMO.seed,
      county: '370983',
      enterprises: 50,
      positionsPerEnterprise: [3, 10],
      seekers: 2000,
    });
  });

  it('reads every flag, with a range or a single number of positions', () => {
    expect(
      parseSeedOptions(['--seed', '7', '--county', '370982', '--enterprises', '5', '--positions-per-enterprise', '2-4', '--seekers', '100']),
    ).toEqual({ seed: 7, county: '370982', enterprises: 5, positionsPerEnterprise: [2, 4], seekers: 100 });
    expect(parseSeedOptions(['--positions-per-enterprise=6'])).toMatchObject({ positionsPerEnterprise: [6, 6] });
    expect(parseSeedOptions(['--help'])).toBe('help');
  });

  it('names the flag that is wrong', () => {
    expect(() => parseSeedOptions(['--seekers', 'many'])).toThrow('--seekers must be a whole number');
    expect(() => parseSeedOptions(['--seekers', '-1'])).toThrow();
    expect(() => parseSeedOptions(['--enterprises', '0'])).toThrow('--enterprises must be between 1');
    expect(() => parseSeedOptions(['--positions-per-enterprise', '10-3'])).toThrow('10 is more than 3');
    expect(() => parseSeedOptions(['--positions-per-enterprise', '1-500'])).toThrow('must not exceed 100');
    expect(() => parseSeedOptions(['--county', '3709'])).toThrow('6-digit county code');
    expect(() => parseSeedOptions(['--colour', 'red'])).toThrow();
  });
});
