export interface BenchArgs {
  seekers: number;
  positions: number;
  bruteSeekers: number;
  latencySamples: number;
  seed: number;
  database: string;
}

const DEFAULTS: BenchArgs = {
  seekers: 100_000,
  positions: 10_000,
  bruteSeekers: 300,
  latencySamples: 50,
  seed: 42,
  database: 'postgres://postgres@127.0.0.1:5432/jobbridge_bench',
};

const FLAGS: Record<string, keyof BenchArgs> = {
  '--seekers': 'seekers',
  '--positions': 'positions',
  '--brute-seekers': 'bruteSeekers',
  '--latency-samples': 'latencySamples',
  '--seed': 'seed',
  '--database': 'database',
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
    if (key === 'database') {
      args.database = raw;
    } else {
      const value = Number(raw);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} must be a positive integer, got ${raw}`);
      args[key] = value;
    }
  }
  return args;
}
