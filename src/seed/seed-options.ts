import { parseArgs } from 'node:util';
import { DEFAULT_DEMO, type SeedDemoOptions } from './demo-county.js';

export type SeedCliOptions = Omit<SeedDemoOptions, 'cipher'>;

export const SEED_USAGE = `Usage: npm run seed:demo -- [options]

  --seed N                       random seed; the same seed gives the same data (default ${DEFAULT_DEMO.seed})
  --county CODE                  county to import and populate, 6 digits (default ${DEFAULT_DEMO.county}, 肥城市)
  --enterprises N                enterprises (default ${DEFAULT_DEMO.enterprises})
  --positions-per-enterprise A-B positions per enterprise, a range or one number (default ${DEFAULT_DEMO.positionsPerEnterprise.join('-')})
  --seekers N                    job seekers (default ${DEFAULT_DEMO.seekers})
  --help                         show this text
`;

const LIMITS = { seed: 2 ** 32 - 1, enterprises: 10_000, positions: 100, seekers: 200_000 };

export class SeedOptionsError extends Error {}

/** Reads the command line; every problem is reported with the flag it concerns. */
export function parseSeedOptions(argv: readonly string[]): SeedCliOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      seed: { type: 'string' },
      county: { type: 'string' },
      enterprises: { type: 'string' },
      'positions-per-enterprise': { type: 'string' },
      seekers: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return 'help';
  const county = values.county?.trim() ?? DEFAULT_DEMO.county;
  if (!/^\d{6}$/.test(county)) throw new SeedOptionsError(`--county must be a 6-digit county code such as 370983, got "${county}"`);
  return {
    seed: integer('--seed', values.seed, DEFAULT_DEMO.seed, 0, LIMITS.seed),
    county,
    enterprises: integer('--enterprises', values.enterprises, DEFAULT_DEMO.enterprises, 1, LIMITS.enterprises),
    positionsPerEnterprise: range('--positions-per-enterprise', values['positions-per-enterprise'], DEFAULT_DEMO.positionsPerEnterprise),
    seekers: integer('--seekers', values.seekers, DEFAULT_DEMO.seekers, 0, LIMITS.seekers),
  };
}

function integer(flag: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text.trim())) throw new SeedOptionsError(`${flag} must be a whole number, got "${text}"`);
  const value = Number(text);
  if (value < min || value > max) throw new SeedOptionsError(`${flag} must be between ${min} and ${max}, got ${value}`);
  return value;
}

function range(flag: string, text: string | undefined, fallback: readonly [number, number]): readonly [number, number] {
  if (text === undefined) return fallback;
  const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(text);
  if (!match) throw new SeedOptionsError(`${flag} must be a number or a range such as 3-10, got "${text}"`);
  const low = Number(match[1]);
  const high = match[2] === undefined ? low : Number(match[2]);
  if (low > high) throw new SeedOptionsError(`${flag}: ${low} is more than ${high}`);
  if (high > LIMITS.positions) throw new SeedOptionsError(`${flag} must not exceed ${LIMITS.positions}`);
  return [low, high];
}
