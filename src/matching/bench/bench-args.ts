import { parseFlags } from '../../core/cli-flags.js';

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

export const parseBenchArgs = (argv: readonly string[]): BenchArgs => parseFlags(argv, DEFAULTS, FLAGS);
