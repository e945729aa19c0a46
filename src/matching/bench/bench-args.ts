export interface BenchArgs {
  seekers: number;
  positions: number;
  bruteSeekers: number;
  latencySamples: number;
  seed: number;
  database: string;
  /** Worker processes sharing the end-to-end rebuild (the machine has two cores). */
  workers: number;
  /** Redis for the rebuild's queue; 'off' uses BullMQ's PostgreSQL backend. */
  redis: string;
}

const DEFAULTS: BenchArgs = {
  seekers: 100_000,
  positions: 10_000,
  bruteSeekers: 300,
  latencySamples: 50,
  seed: 42,
  database: 'postgres://postgres@127.0.0.1:5432/jobbridge_bench',
  workers: 2,
  redis: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
};

const FLAGS: Record<string, keyof BenchArgs> = {
  '--seekers': 'seekers',
  '--positions': 'positions',
  '--brute-seekers': 'bruteSeekers',
  '--latency-samples': 'latencySamples',
  '--seed': 'seed',
  '--database': 'database',
  '--workers': 'workers',
  '--redis': 'redis',
};

/** `--name value` or `--name=value`; unknown flags and non-positive counts are refused. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const key = FLAGS[flag];
    if (!key) throw new Error(`unknown option ${argv[i]} (known: ${Object.keys(FLAGS).join(', ')})`);
    const raw = inline ?? argv[++i];
    if (raw === undefined) throw new Error(`${flag} needs a value`);
    if (key === 'database' || key === 'redis') {
      args[key] = raw;
    } else {
      const value = Number(raw);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} must be a positive integer, got ${raw}`);
      args[key] = value;
    }
  }
  return args;
}
