import type { SyntheticCity } from '../../../libs/matching/bench/synthetic-city.js';
import type { DataSource } from 'typeorm';
import { benchUuid, positionColumns, type WrittenCity } from './city-writer.js';
import { bulkInsert, type Queryable } from './bulk-insert.js';
import { timed } from './stats.js';

export interface LatencyResult {
  samples: number[];
  stored: number[];
}

/**
 * Brings one committed change to its stored lists and answers how many entries its own list
 * got: through the queue and the worker processes, as in production.
 */
export type Settle = (subjectType: 'position' | 'seeker', id: string) => Promise<number>;

/** A new open position committed with its outbox row; timed until its candidates are stored. */
export async function measureNewPositions(
  dataSource: DataSource,
  settle: Settle,
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
    await dataSource.transaction(async (manager) => {
      await bulkInsert(manager, 'position', positionColumns(written), [position]);
      for (const r of position.certificateRequirements) {
        await manager.query(
          `INSERT INTO position_certificate_requirement (position_id, certificate_type_id, min_level, mandatory) VALUES ($1, $2, $3, $4)`,
          [id, written.certificateTypeIds.get(r.certificateTypeId), r.minLevel, r.mandatory],
        );
      }
      await recordChange(manager, 'position', id, 'created');
    });
    const { value, ms } = await timed(() => settle('position', id));
    samples.push(ms);
    stored.push(value);
  }
  return { samples, stored };
}

/** An edited seeker (skills and desired pay) committed with its outbox row; timed until rescored. */
export async function measureSeekerUpdates(
  dataSource: DataSource,
  settle: Settle,
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
    await dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE seeker SET skills = $2::varchar[], desired_salary_min = $3, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, [...new Set(skills)], 3000 + ((i * 137) % 40) * 100],
      );
      await recordChange(manager, 'seeker', id, 'updated');
    });
    const { value, ms } = await timed(() => settle('seeker', id));
    samples.push(ms);
    stored.push(value);
  }
  return { samples, stored };
}

/** The row DomainChangesService.record writes inside the change's transaction. */
const recordChange = (manager: Queryable, type: 'position' | 'seeker', id: string, reason: string) =>
  manager.query(`INSERT INTO domain_change (subject_type, subject_id, reason) VALUES ($1, $2, $3)`, [type, id, reason]);

const today = (): string => new Date().toISOString().slice(0, 10);
