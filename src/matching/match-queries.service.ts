import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PageQueryDto, Page } from '../core/http/pagination.js';
import type { FeedbackKind } from './match-feedback.entity.js';
import type { Gap, Reason } from '../../libs/matching/index.js';
import { ExplainService } from './explain.service.js';
import { pairKey } from './match-store.js';
import type { RecommendationsQueryDto } from './dto/recommendations-query.dto.js';
import { inRegionSubtree } from '../regions/region-subtree.js';
import type { Actor } from '../auth/actor.js';
import { assertInScope, positionScopes, seekerScopes } from './match-access.js';
import { withTrainings, type GapWithTrainings } from './gap-trainings.js';
import { preparedQuery } from '../core/database/prepared-query.js';
import { PageCache, toJson, type Cached, type JsonText } from '../core/read-cache/read-cache.js';
import type { Scope } from '../auth/assert-in-scope.js';
import { clockHour } from './explanation-cache.js';

export interface Recommendation {
  positionId: string;
  title: string;
  enterpriseName: string;
  employmentType: string;
  salaryMin: number;
  salaryMax: number;
  regionCode: string;
  regionName: string;
  score: number;
  reasons: Reason[];
  gaps: GapWithTrainings[];
  saved: boolean;
  computedAt: Date;
}

export interface Candidate {
  seekerId: string;
  fullName: string;
  idNumberMasked: string;
  education: string;
  regionCode: string;
  regionName: string;
  targetGroups: string[];
  score: number;
  reasons: Reason[];
  gaps: Gap[];
  features: Record<string, number>;
  computedAt: Date;
}

/** Reads the stored lists (ranked by the worker) and explains the page being shown. */
@Injectable()
export class MatchQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly explainer: ExplainService,
    private readonly pages: PageCache,
  ) {}

  /**
   * Of a seeker the actor manages (the seeker themself, their grid worker, their centre).
   * The page is the same whoever may read it, so one cached copy serves them all; the
   * access check is cached per reader. Pages are cached as JSON text: served without
   * serialising again, and one string per page is nothing for the garbage collector to walk.
   */
  async recommendations(actor: Actor, seekerId: string, query: RecommendationsQueryDto): Promise<Cached<JsonText<Page<Recommendation>>>> {
    await this.inScope(actor, 'seeker', seekerId, seekerScopes.managed);
    return this.pages.read(pageKey('recommendations', seekerId, query), async () => toJson(await this.readRecommendations(seekerId, query)));
  }

  /** Of a position the actor manages (its enterprise's HR officer, the centre of its region). */
  async candidates(actor: Actor, positionId: string, query: PageQueryDto): Promise<Cached<JsonText<Page<Candidate>>>> {
    await this.inScope(actor, 'position', positionId, positionScopes.managed);
    return this.pages.read(pageKey('candidates', positionId, query), async () => toJson(await this.readCandidates(positionId, query)));
  }

  private async readRecommendations(seekerId: string, query: RecommendationsQueryDto): Promise<Page<Recommendation>> {
    const params: unknown[] = [seekerId];
    const filters: string[] = [];
    if (query.regionCode) {
      params.push(query.regionCode);
      filters.push(inRegionSubtree('p.region_code', `$${params.length}`));
    }
    if (query.employmentType) {
      params.push(query.employmentType);
      filters.push(`p.employment_type = $${params.length}`);
    }
    if (query.minSalary !== undefined) {
      params.push(query.minSalary);
      filters.push(`p.salary_max >= $${params.length}`);
    }
    const { rows, total } = await this.paged(
      `SELECT m.position_id, p.title, e.name AS enterprise_name, p.employment_type, p.salary_min, p.salary_max,
              p.region_code, r.name AS region_name, m.score, m.computed_at,
              EXISTS (SELECT 1 FROM match_feedback f WHERE f.seeker_id = m.seeker_id
                      AND f.position_id = m.position_id AND f.kind = 'saved') AS saved,
              count(*) OVER () AS total
       FROM seeker_recommendation m
       JOIN position p ON p.id = m.position_id AND p.status = 'open'
       JOIN enterprise e ON e.id = p.enterprise_id
       JOIN region r ON r.code = p.region_code
       WHERE m.seeker_id = $1
         AND NOT EXISTS (SELECT 1 FROM match_feedback f WHERE f.seeker_id = m.seeker_id
                         AND f.position_id = m.position_id AND f.kind = 'dismissed')
         ${filters.map((f) => `AND ${f}`).join(' ')}
       ORDER BY m.score DESC, m.position_id`,
      params,
      query,
    );
    const explained = await this.explainer.explainPairs(rows.map((row: SqlRow) => ({ seekerId, positionId: row.position_id })));
    const page = toPage(rows, total, query, (row) => ({
      positionId: row.position_id,
      title: row.title,
      enterpriseName: row.enterprise_name,
      employmentType: row.employment_type,
      salaryMin: row.salary_min,
      salaryMax: row.salary_max,
      regionCode: row.region_code,
      regionName: row.region_name,
      score: row.score,
      reasons: explained.get(pairKey(seekerId, row.position_id))?.reasons ?? [],
      gaps: explained.get(pairKey(seekerId, row.position_id))?.gaps ?? [],
      saved: row.saved,
      computedAt: row.computed_at,
    }));
    // A preferred certificate the seeker lacks names the courses near them that would give it.
    return { ...page, items: await withTrainings(this.dataSource, seekerId, page.items) };
  }

  private async readCandidates(positionId: string, query: PageQueryDto): Promise<Page<Candidate>> {
    const params: unknown[] = [positionId];
    const { rows, total } = await this.paged(
      `SELECT m.seeker_id, s.full_name, s.id_number_masked, s.education, s.region_code, r.name AS region_name,
              s.target_groups, m.score, m.computed_at, count(*) OVER () AS total
       FROM position_candidate m
       JOIN seeker s ON s.id = m.seeker_id AND s.status = 'active' AND s.consent_to_match
       JOIN region r ON r.code = s.region_code
       WHERE m.position_id = $1
       ORDER BY m.score DESC, m.seeker_id`,
      params,
      query,
    );
    const explained = await this.explainer.explainPairs(rows.map((row: SqlRow) => ({ seekerId: row.seeker_id, positionId })));
    return toPage(rows, total, query, (row) => ({
      seekerId: row.seeker_id,
      fullName: row.full_name,
      idNumberMasked: row.id_number_masked,
      education: row.education,
      regionCode: row.region_code,
      regionName: row.region_name,
      targetGroups: row.target_groups,
      score: row.score,
      reasons: explained.get(pairKey(row.seeker_id, positionId))?.reasons ?? [],
      gaps: explained.get(pairKey(row.seeker_id, positionId))?.gaps ?? [],
      features: explained.get(pairKey(row.seeker_id, positionId))?.features ?? {},
      computedAt: row.computed_at,
    }));
  }

  /** assertInScope, remembered per reader and record until a table behind the check changes (404s are not). */
  private async inScope(actor: Actor, table: 'seeker' | 'position', id: string, scope: Scope): Promise<void> {
    const who = [actor.userId, actor.role, actor.regionCode, actor.enterpriseId, actor.seekerId].join('/');
    await this.pages.read(`in-scope|${table}|${scope.name}|${who}|${id}`, async () => {
      await assertInScope(this.dataSource, actor, table, id, scope);
      return true;
    });
  }

  async recordFeedback(actor: Actor, seekerId: string, positionId: string, kind: FeedbackKind) {
    await assertInScope(this.dataSource, actor, 'seeker', seekerId, seekerScopes.managed);
    await assertInScope(this.dataSource, actor, 'position', positionId, positionScopes.visible);
    const [row] = await this.dataSource.query(
      `INSERT INTO match_feedback (seeker_id, position_id, kind) VALUES ($1, $2, $3)
       ON CONFLICT (seeker_id, position_id, kind) DO UPDATE SET at = now()
       RETURNING seeker_id, position_id, kind, at`,
      [seekerId, positionId, kind],
    );
    return { seekerId: row.seeker_id, positionId: row.position_id, kind: row.kind, at: row.at };
  }

  /**
   * One page of a query whose rows carry `count(*) OVER () AS total`. Past the last page
   * there is no row to carry the count, so it is asked for separately.
   */
  private async paged(sql: string, params: unknown[], query: PageQueryDto): Promise<{ rows: SqlRow[]; total: number }> {
    const n = params.length;
    // Prepared: read on every page view, and planning these joins cost more than running them.
    const rows = await preparedQuery<SqlRow>(this.dataSource, `${sql} LIMIT $${n + 1} OFFSET $${n + 2}`, [
      ...params,
      query.pageSize,
      (query.page - 1) * query.pageSize,
    ]);
    if (rows.length > 0) return { rows, total: Number(rows[0].total) };
    if (query.page === 1) return { rows, total: 0 };
    const [first]: SqlRow[] = await this.dataSource.query(`${sql} LIMIT 1`, params);
    return { rows, total: first ? Number(first.total) : 0 };
  }
}

// Raw SQL rows: the column types are checked by the mappers' return types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type SqlRow = Record<string, any>;

/**
 * What a cached page depends on besides the tables its cache watches: which list, the
 * query, and the hour (reasons such as "new" or "closing soon" age with the clock).
 */
function pageKey(list: string, id: string, query: object): string {
  const filters = Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return `${list}|${id}|${JSON.stringify(filters)}|${clockHour()}`;
}

function toPage<T>(rows: SqlRow[], total: number, query: PageQueryDto, map: (row: SqlRow) => T): Page<T> {
  return { items: rows.map(map), total, page: query.page, pageSize: query.pageSize };
}
