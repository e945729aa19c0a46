import { Random } from '../../seed/random.js';
import type { BenchTargets, SeekerTarget } from './bench-targets.js';

/** One HTTP request of a workload, ready for autocannon. */
export interface BenchRequest {
  /** Groups the figures by what was asked ("GET recommendations", "POST feedback" …). */
  kind: string;
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

interface WeightedPick {
  weight: number;
  kind: string;
  write: boolean;
  make: (rng: Random) => BenchRequest;
}

export interface Workload {
  name: string;
  description: string;
  /** Draws the next request; each autocannon connection has its own seeded stream. */
  next: (rng: Random) => BenchRequest;
  picks: ReadonlyArray<Omit<WeightedPick, 'make'>>;
}

const oneOf = <T>(rng: Random, items: readonly T[]): T => items[Math.floor(rng.next() * items.length)];

const get = (kind: string, path: string, authorization: string): BenchRequest => ({ kind, method: 'GET', path, headers: { authorization } });

const withBody = (kind: string, method: 'POST' | 'PATCH', path: string, authorization: string, body: unknown): BenchRequest => ({
  kind,
  method,
  path,
  headers: { authorization, 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const recommendationsOf = (target: SeekerTarget): BenchRequest =>
  get('GET /seekers/:id/recommendations', `/seekers/${target.seekerId}/recommendations`, target.session.authorization);

function weighted(name: string, description: string, picks: WeightedPick[]): Workload {
  const total = picks.reduce((sum, pick) => sum + pick.weight, 0);
  return {
    name,
    description,
    picks: picks.map(({ weight, kind, write }) => ({ weight: weight / total, kind, write })),
    next: (rng) => {
      let draw = rng.next() * total;
      for (const pick of picks) {
        draw -= pick.weight;
        if (draw < 0) return pick.make(rng);
      }
      return picks[picks.length - 1].make(rng);
    },
  };
}

/**
 * A: the read path the issue sets its target on. Centre accounts (the county admin and a
 * street's staff) open the recommendations of many different seekers, first page, as the
 * service desk does all day.
 */
export function recommendationsWorkload(targets: BenchTargets): Workload {
  return weighted('A. recommendations read path', 'GET /seekers/{id}/recommendations, centre accounts, random seekers', [
    { weight: 1, kind: 'GET /seekers/:id/recommendations', write: false, make: (rng) => recommendationsOf(oneOf(rng, targets.centreSeekers)) },
  ]);
}

/**
 * C, for scale: the smallest authenticated route (the sign-in check, a few hundred bytes).
 * What the stack itself costs per request on this machine, whatever the route does.
 */
export function baselineWorkload(targets: BenchTargets): Workload {
  return weighted('C. baseline', 'GET /me, every account: the cost of any authenticated request', [
    { weight: 1, kind: 'GET /me', write: false, make: (rng) => get('GET /me', '/me', oneOf(rng, targets.sessions).authorization) },
  ]);
}

/**
 * B: 80 % reads, 20 % writes, from every role. The writes are the ones a busy day repeats
 * without running out: feedback on recommended positions (viewed, saved; upserts) and an
 * HR officer editing its open positions' headcount, which the worker then rescores.
 * Dismissals (they hide list entries) and application moves (one-way, they run out) are
 * left out so every request of a 20 s run stays valid.
 */
export function mixedWorkload(targets: BenchTargets): Workload {
  let edits = 0;
  return weighted('B. mixed 80 % read / 20 % write', 'recommendations, candidates, positions; feedback and position edits', [
    { weight: 35, kind: 'GET /seekers/:id/recommendations', write: false, make: (rng) => recommendationsOf(oneOf(rng, targets.centreSeekers)) },
    { weight: 5, kind: 'GET /seekers/:id/recommendations', write: false, make: (rng) => recommendationsOf(oneOf(rng, targets.gridSeekers)) },
    {
      weight: 15,
      kind: 'GET /positions/:id/candidates',
      write: false,
      make: (rng) => {
        const target = oneOf(rng, targets.hrPositions);
        return get('GET /positions/:id/candidates', `/positions/${target.positionId}/candidates`, target.session.authorization);
      },
    },
    {
      weight: 15,
      kind: 'GET /positions?status=open',
      write: false,
      make: (rng) => get('GET /positions?status=open', `/positions?status=open&page=${rng.int(1, 10)}`, oneOf(rng, targets.sessions).authorization),
    },
    {
      weight: 10,
      kind: 'GET /positions/:id',
      write: false,
      make: (rng) => get('GET /positions/:id', `/positions/${oneOf(rng, targets.openPositionIds)}`, oneOf(rng, targets.sessions).authorization),
    },
    {
      weight: 15,
      kind: 'POST …/recommendations/:positionId/feedback',
      write: true,
      make: (rng) => {
        const target = oneOf(rng, rng.chance(0.8) ? targets.centreSeekers : targets.gridSeekers);
        const positionId = oneOf(rng, target.recommendedPositionIds);
        return withBody(
          'POST …/recommendations/:positionId/feedback',
          'POST',
          `/seekers/${target.seekerId}/recommendations/${positionId}/feedback`,
          target.session.authorization,
          { kind: rng.chance(0.7) ? 'viewed' : 'saved' },
        );
      },
    },
    {
      weight: 5,
      kind: 'PATCH /positions/:id',
      write: true,
      make: (rng) => {
        const target = oneOf(rng, targets.hrPositions);
        // Never below the seeded headcount, so no edit can conflict with placements made.
        return withBody('PATCH /positions/:id', 'PATCH', `/positions/${target.positionId}`, target.session.authorization, {
          headcount: target.headcount + (edits++ % 3),
        });
      },
    },
  ]);
}

/** By name, for a load generator in a thread of its own (workloads hold functions, targets are plain data). */
export const WORKLOADS = { recommendations: recommendationsWorkload, mixed: mixedWorkload, baseline: baselineWorkload } as const;
export type WorkloadName = keyof typeof WORKLOADS;
