import type { SyntheticCity } from '../../../libs/matching/bench/synthetic-city.js';
import { analyzeLists } from '../match-store.js';
import type { MatchingService } from '../matching.service.js';
import { benchUuid, positionColumns, type WrittenCity } from './city-writer.js';
import { bulkInsert, type Queryable } from './bulk-insert.js';
import { elapsedMs, timed } from './stats.js';

const POSITION_CHUNK = 1000; // as RebuildService

export interface RebuildResult {
  loadMs: number;
  chunksMs: number;
  totalMs: number;
  chunks: number;
  subjects: { seeker: number; position: number };
  pairsScored: number;
  matchesStored: number;
  rowsInMatchTable: number;
}

/**
 * A full rebuild through the worker's own code, in this process: EngineState loads the
 * city from PostgreSQL, then MatchingService.rebuildRange runs over the same id ranges
 * RebuildService would enqueue, one after the other (one worker).
 */
export async function runFullRebuild(service: MatchingService, seekerChunk: number): Promise<RebuildResult> {
  const dataSource = service.dataSource;
  const ranges = async (sql: string, size: number) => {
    const rows: Array<{ id: string }> = await dataSource.query(sql);
    const out: Array<{ fromId: string; toId: string }> = [];
    for (let start = 0; start < rows.length; start += size) {
      const slice = rows.slice(start, start + size);
      out.push({ fromId: slice[0].id, toId: slice[slice.length - 1].id });
    }
    return out;
  };
  const started = performance.now();
  const now = new Date();
  const load = await timed(() => service.state.current(now));
  const chunks = [
    ...(await ranges(`SELECT id FROM seeker WHERE status = 'active' AND consent_to_match ORDER BY id`, seekerChunk)).map(
      (r) => ({ side: 'seeker' as const, ...r }),
    ),
    ...(await ranges(`SELECT id FROM position WHERE status = 'open' ORDER BY id`, POSITION_CHUNK)).map((r) => ({
      side: 'position' as const,
      ...r,
    })),
  ];
  const chunkStart = performance.now();
  const subjects = { seeker: 0, position: 0 };
  let pairsScored = 0;
  let matchesStored = 0;
  for (const chunk of chunks) {
    const result = await service.rebuildRange(chunk.side, chunk.fromId, chunk.toId, now);
    subjects[chunk.side] += result.subjects;
    pairsScored += result.pairsScored;
    matchesStored += result.stored;
  }
  await analyzeLists(dataSource); // as RebuildService does when the last chunk is done
  const chunksMs = elapsedMs(chunkStart);
  const totalMs = elapsedMs(started);
  const [{ n }] = await dataSource.query(
    'SELECT (SELECT count(*) FROM seeker_recommendation) + (SELECT count(*) FROM position_candidate) AS n',
  );
  return { loadMs: load.ms, chunksMs, totalMs, chunks: chunks.length, subjects, pairsScored, matchesStored, rowsInMatchTable: Number(n) };
}

export interface LatencyResult {
  samples: number[];
  stored: number[];
}

/** A new open position committed with its outbox row, then rescored as the worker's job would. */
export async function measureNewPositions(
  service: MatchingService,
  city: SyntheticCity,
  written: WrittenCity,
  times: number,
): Promise<LatencyResult> {
  const templates = city.positions.filter((p) => p.status === 'open' && (!p.validUntil || p.validUntil >= today()));
  const samples: number[] = [];
  const stored: number[] = [];
  for (let i = 0; i < times; i++) {
    const template = templates[(i * 7919) % templates.length];
    const id = benchUuid('bench', i + 1);
    const position = { ...template, id, publishedAt: new Date().toISOString(), validUntil: null };
    await service.dataSource.transaction(async (manager) => {
      await bulkInsert(manager, 'position', positionColumns(written), [position]);
      for (const r of position.certificateRequirements) {
        await manager.query(
          `INSERT INTO position_certificate_requirement (position_id, certificate_type_id, min_level, mandatory) VALUES ($1, $2, $3, $4)`,
          [id, written.certificateTypeIds.get(r.certificateTypeId), r.minLevel, r.mandatory],
        );
      }
      await recordChange(manager, 'position', id, 'created');
    });
    const { value, ms } = await timed(() => service.refreshPositions([id]));
    samples.push(ms);
    stored.push(value.stored);
  }
  return { samples, stored };
}

/** An edited seeker (skills and desired pay) committed with its outbox row, then rescored. */
export async function measureSeekerUpdates(
  service: MatchingService,
  city: SyntheticCity,
  written: WrittenCity,
  times: number,
): Promise<LatencyResult> {
  const candidates = city.seekers.filter((s) => s.status === 'active' && s.consentToMatch);
  const skillPool = [...new Set(city.positions.slice(0, 2000).flatMap((p) => p.skills))];
  const samples: number[] = [];
  const stored: number[] = [];
  for (let i = 0; i < times; i++) {
    const seeker = candidates[(i * 104_729) % candidates.length];
    const id = written.seekerIds.get(seeker.id)!;
    const skills = [...seeker.skills.slice(0, 1), skillPool[i % skillPool.length], skillPool[(i * 13) % skillPool.length]];
    await service.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE seeker SET skills = $2::varchar[], desired_salary_min = $3, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, [...new Set(skills)], 3000 + ((i * 137) % 40) * 100],
      );
      await recordChange(manager, 'seeker', id, 'updated');
    });
    const { value, ms } = await timed(() => service.refreshSeekers([id]));
    samples.push(ms);
    stored.push(value.stored);
  }
  return { samples, stored };
}

/** The row DomainChangesService.record writes inside the change's transaction. */
const recordChange = (manager: Queryable, type: 'position' | 'seeker', id: string, reason: string) =>
  manager.query(`INSERT INTO domain_change (subject_type, subject_id, reason) VALUES ($1, $2, $3)`, [type, id, reason]);

const today = (): string => new Date().toISOString().slice(0, 10);
