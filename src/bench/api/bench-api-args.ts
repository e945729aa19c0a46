import { parseFlags } from '../../core/cli-flags.js';

export interface BenchApiArgs {
  /** Dropped and recreated: its name must contain "bench". */
  database: string;
  redis: string;
  /** Concurrent keep-alive connections autocannon holds open. */
  connections: number;
  /** Seconds each measured run lasts. */
  duration: number;
  /** Measured runs of each workload, so the figures show their own spread. */
  repeat: number;
  /** Seconds of unmeasured load first: JIT, connection pools and the API's engine warm up. */
  warmup: number;
  /** API processes sharing the port (API_PROCESSES): one per core. */
  apiProcesses: number;
  /** Port of the API child; 0 takes a free one. */
  port: number;
  /** READ_CACHE_MB of the API: 0 measures every page read and explained anew. */
  readCacheMb: number;
  /** Which workloads to run, of A (recommendations), B (mixed) and C (baseline), e.g. "A,C". */
  workloads: string;
  /** Directory for a CPU profile of the API child (node --cpu-prof), written when the benchmark ends; empty = none. */
  cpuProf: string;
}

const DEFAULTS: BenchApiArgs = {
  database: 'postgres://postgres@127.0.0.1:5432/jobbridge_bench_api',
  redis: 'redis://127.0.0.1:6379',
  connections: 32,
  duration: 20,
  repeat: 2,
  warmup: 5,
  apiProcesses: 2,
  port: 0,
  readCacheMb: 64,
  workloads: 'A,B,C',
  cpuProf: '',
};

const FLAGS: Record<string, keyof BenchApiArgs> = {
  '--database': 'database',
  '--redis': 'redis',
  '--connections': 'connections',
  '--duration': 'duration',
  '--repeat': 'repeat',
  '--warmup': 'warmup',
  '--api-processes': 'apiProcesses',
  '--port': 'port',
  '--read-cache-mb': 'readCacheMb',
  '--workloads': 'workloads',
  '--cpu-prof': 'cpuProf',
};

/** Counts that may be zero: no warm-up, any free port, no read cache. */
const ZERO_ALLOWED: ReadonlySet<keyof BenchApiArgs> = new Set(['warmup', 'port', 'readCacheMb']);

export const parseBenchApiArgs = (argv: readonly string[]): BenchApiArgs => parseFlags(argv, DEFAULTS, FLAGS, ZERO_ALLOWED);
