import { parseFlags } from './cli-flags.js';

const defaults = { database: 'postgres://x/bench', workers: 2, warmup: 5 };
const flags = { '--database': 'database', '--workers': 'workers', '--warmup': 'warmup' } as const;

describe('parseFlags', () => {
  it('reads both spellings into a copy of the defaults, text as text and counts as numbers', () => {
    expect(parseFlags(['--workers', '4', '--database=postgres://y/bench'], defaults, flags)).toEqual({ database: 'postgres://y/bench', workers: 4, warmup: 5 });
    expect(defaults.workers).toBe(2);
  });

  it('refuses unknown options, missing values and bad counts', () => {
    expect(() => parseFlags(['--nope', '1'], defaults, flags)).toThrow('unknown option --nope');
    expect(() => parseFlags(['--workers'], defaults, flags)).toThrow('--workers needs a value');
    expect(() => parseFlags(['--workers', '0'], defaults, flags)).toThrow('--workers must be an integer ≥ 1');
    expect(() => parseFlags(['--workers', '1.5'], defaults, flags)).toThrow('must be an integer');
  });

  it('takes 0 where it is allowed', () => {
    expect(parseFlags(['--warmup', '0'], defaults, flags, new Set(['warmup'])).warmup).toBe(0);
  });
});
