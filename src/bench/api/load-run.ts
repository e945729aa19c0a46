import autocannon from 'autocannon';
import { Random } from '../../seed/random.js';
import { percentile } from '../../matching/bench/stats.js';
import type { BenchRequest, Workload } from './workloads.js';

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
  const latencies = new Map<string, number[]>();
  const failures = new Map<string, Record<string, number>>();
  const examples = new Map<string, BenchRequest>();
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
          if (headers?.['X-Read-Cache'] === 'hit' || headers?.['x-read-cache'] === 'hit') cacheHits++;
        },
      },
    ],
  }, (error, result) => finished(error, result));

  instance.on('response', (client, statusCode, _bytes, responseTime) => {
    const request = (client as unknown as { requestIterator: { context: ConnectionContext } }).requestIterator.context.request;
    const kind = request?.kind ?? 'unknown';
    let list = latencies.get(kind);
    if (!list) latencies.set(kind, (list = []));
    list.push(responseTime);
    if (statusCode < 200 || statusCode >= 300) {
      const counts = failures.get(kind) ?? {};
      counts[statusCode] = (counts[statusCode] ?? 0) + 1;
      failures.set(kind, counts);
      if (request) examples.set(kind, request);
    }
  });

  const result = await done;
  const byKind = [...latencies.entries()]
    .map(([kind, list]) => ({
      kind,
      count: list.length,
      p50: percentile(list, 50),
      p99: percentile(list, 99),
      failures: failures.get(kind) ?? {},
      failedExample: examples.get(kind),
    }))
    .sort((a, b) => b.count - a.count);
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
    byKind,
  };
}
