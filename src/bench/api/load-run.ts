import autocannon from 'autocannon';
import { Random } from '../../seed/random.js';
import { percentile } from '../../matching/bench/stats.js';
import type { BenchRequest, Workload } from './workloads.js';
import { READ_CACHE_HEADER } from '../../core/read-cache/read-cache.js';

export interface KindFigures {
  kind: string;
  count: number;
  p50: number;
  p99: number;
  /** Status → count, for the answers that were not 2xx. */
  failures: Record<string, number>;
  /** One request that failed, to show what the API said. */
  failedExample?: BenchRequest;
}

export interface RunFigures {
  requestsPerSecond: number;
  total: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Answers an API process served from its page cache (X-Read-Cache: hit). */
  cacheHits: number;
  byKind: KindFigures[];
}

/** Latencies and non-2xx answers per kind of request, for the report's per-kind lines (both load generators). */
export class KindTally {
  private readonly kinds = new Map<string, { latencies: number[]; failures: Record<string, number>; example?: BenchRequest }>();

  record(request: BenchRequest | undefined, status: number, latency: number): void {
    const name = request?.kind ?? 'unknown';
    let kind = this.kinds.get(name);
    if (!kind) this.kinds.set(name, (kind = { latencies: [], failures: {} }));
    kind.latencies.push(latency);
    if (status >= 200 && status < 300) return;
    kind.failures[status] = (kind.failures[status] ?? 0) + 1;
    if (request) kind.example = request;
  }

  figures(): KindFigures[] {
    return [...this.kinds.entries()]
      .map(([kind, { latencies, failures, example }]) => ({
        kind,
        count: latencies.length,
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        failures,
        failedExample: example,
      }))
      .sort((a, b) => b.count - a.count);
  }
}

/** What each connection last asked, so a response can be credited to its kind. */
interface ConnectionContext {
  request?: BenchRequest;
}

/**
 * Drives `workload` for `seconds` with `connections` keep-alive connections (no
 * pipelining: one request in flight per connection, as browsers and the service desk
 * behave). The connection's context remembers what it asked, so each answer is
 * credited to its kind.
 */
export async function runLoad(baseUrl: string, workload: Workload, connections: number, seconds: number, seed: number): Promise<RunFigures> {
  // One stream for all connections: JavaScript runs them one at a time, and the run is repeatable in what it draws.
  const rng = new Random(seed);
  const tally = new KindTally();
  let cacheHits = 0;

  let finished!: (error: unknown, result: autocannon.Result) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => (finished = (error, result) => (error ? reject(error) : resolve(result))));
  // The callback form returns the instance, whose 'response' events carry each latency.
  const instance = autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    pipelining: 1,
    timeout: 10,
    requests: [
      {
        setupRequest: (request, context: ConnectionContext) => {
          const next = workload.next(rng);
          context.request = next;
          return { ...request, method: next.method, path: next.path, headers: next.headers, body: next.body };
        },
        onResponse: (_status, _body, _context, headers) => {
          // Header names as the server wrote them.
          if (headers?.[READ_CACHE_HEADER] === 'hit') cacheHits++;
        },
      },
    ],
  }, (error, result) => finished(error, result));

  instance.on('response', (client, statusCode, _bytes, responseTime) => {
    const request = (client as unknown as { requestIterator: { context: ConnectionContext } }).requestIterator.context.request;
    tally.record(request, statusCode, responseTime);
  });

  const result = await done;
  const total = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  return {
    requestsPerSecond: total / result.duration,
    total,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    cacheHits,
    byKind: tally.figures(),
  };
}
