import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { meetsLevel } from '../../libs/labour-vocabulary/index.js';
import type { Actor } from '../auth/actor.js';
import { AppConfig } from '../core/config/app-config.js';
import { InvalidInputError } from '../core/errors/domain-error.js';
import { loadSeekers } from '../matching/engine-inputs.loader.js';
import { ExplainService } from '../matching/explain.service.js';
import { placeableRegion } from '../regions/region-scope.js';
import { inRegionSubtree, pathWithin } from '../regions/region-subtree.js';
import type { TrainingDemandQueryDto } from './dto/training-demand.dto.js';

/** Seekers loaded and run through the engine at a time (bounded memory for a large region). */
const BATCH = 500;
const NO_COMMUNITY = { code: null, name: '（未归社区）' };

export interface CertificateDemand {
  certificateTypeId: string;
  name: string;
  /** The level the positions ask for (5 = 五级 … 1 = 一级); null = any. */
  level: number | null;
  /** Residents who would match at least one open position well with this certificate. */
  seekers: number;
  /** Open positions it would open to them. */
  positions: number;
  /** Programmes in the region enrolling now that prepare for it at that level or better. */
  programmesEnrolling: number;
}

export interface TrainingDemand {
  regionCode: string;
  regionName: string;
  minScore: number;
  seekersExamined: number;
  positionsExamined: number;
  computedAt: Date;
  elapsedMs: number;
  overall: CertificateDemand[];
  communities: Array<{ regionCode: string | null; name: string; certificates: CertificateDemand[] }>;
}

interface Tally {
  seekers: Set<string>;
  positions: Set<string>;
}

/**
 * Which course to open next: among the region's residents, the certificates most often
 * missing from matches that would be strong (≥ minScore, by default STRONG_MATCH_SCORE)
 * but for that certificate, per community. Computed on request by the engine over the
 * ineligible pairs, which the stored lists never hold.
 */
@Injectable()
export class TrainingDemandService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly explain: ExplainService,
    private readonly config: AppConfig,
  ) {}

  async demand(actor: Actor, query: TrainingDemandQueryDto): Promise<TrainingDemand> {
    const started = Date.now();
    const regionCode = query.regionCode ?? actor.regionCode;
    if (!regionCode) throw new InvalidInputError('regionCode', 'regionCode is required for a nationwide account');
    const region = await placeableRegion(this.dataSource, actor, regionCode);
    const minScore = query.minScore ?? this.config.STRONG_MATCH_SCORE;

    const residents = await this.residents(regionCode);
    const positionIds = await this.positionsAskingForCertificates();
    const byCommunity = new Map<string | null, Map<string, Tally>>();
    const overall = new Map<string, Tally>();
    for (let i = 0; i < residents.length; i += BATCH) {
      const batch = residents.slice(i, i + BATCH);
      const unlocks = await this.explain.certificateUnlocks(await loadSeekers(this.dataSource, batch.map((r) => r.id)), positionIds, minScore);
      for (const resident of batch) {
        for (const { positionId, missing } of unlocks.get(resident.id) ?? []) {
          for (const certificate of missing) {
            const key = `${certificate.certificateTypeId}/${certificate.minLevel ?? ''}`;
            if (!byCommunity.has(resident.community)) byCommunity.set(resident.community, new Map());
            for (const tallies of [byCommunity.get(resident.community)!, overall]) {
              const tally = tallies.get(key) ?? { seekers: new Set(), positions: new Set() };
              tally.seekers.add(resident.id);
              tally.positions.add(positionId);
              tallies.set(key, tally);
            }
          }
        }
      }
    }

    const describe = await this.describer(regionCode, [...overall.keys()]);
    const communityNames = new Map(residents.map((r) => [r.community, r.communityName]));
    return {
      regionCode,
      regionName: region.name,
      minScore,
      seekersExamined: residents.length,
      positionsExamined: positionIds.length,
      computedAt: new Date(),
      elapsedMs: Date.now() - started,
      overall: describe(overall),
      communities: [...byCommunity]
        .map(([code, tallies]) => ({ regionCode: code, name: communityNames.get(code) ?? NO_COMMUNITY.name, certificates: describe(tallies) }))
        .sort((a, b) => (b.certificates[0]?.seekers ?? 0) - (a.certificates[0]?.seekers ?? 0) || String(a.regionCode).localeCompare(String(b.regionCode))),
    };
  }

  /** Matchable seekers living in the region, each with the community above their home. */
  private async residents(regionCode: string): Promise<Array<{ id: string; community: string | null; communityName: string }>> {
    const rows: Array<{ id: string; community_code: string | null; community_name: string | null }> = await this.dataSource.query(
      `SELECT s.id, community.code AS community_code, community.name AS community_name
         FROM seeker s
         JOIN region home ON home.code = s.region_code
         LEFT JOIN region community ON community.level = 'community'
              AND ${pathWithin('home', 'community')}
        WHERE ${inRegionSubtree('s.region_code', '$1')} AND s.status = 'active' AND s.consent_to_match
        ORDER BY s.id`,
      [regionCode],
    );
    return rows.map((row) => ({ id: row.id, community: row.community_code ?? NO_COMMUNITY.code, communityName: row.community_name ?? NO_COMMUNITY.name }));
  }

  private async positionsAskingForCertificates(): Promise<string[]> {
    const rows: Array<{ position_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT q.position_id FROM position_certificate_requirement q
         JOIN position p ON p.id = q.position_id AND p.status = 'open'
        WHERE q.mandatory`,
    );
    return rows.map((row) => row.position_id);
  }

  /** Turns tallies into rows, most residents first, with names and the courses already enrolling. */
  private async describer(regionCode: string, keys: string[]): Promise<(tallies: Map<string, Tally>) => CertificateDemand[]> {
    const typeIds = [...new Set(keys.map((key) => key.split('/')[0]!))];
    const types: Array<{ id: string; name: string }> = typeIds.length
      ? await this.dataSource.query('SELECT id, name FROM certificate_type WHERE id = ANY($1::uuid[])', [typeIds])
      : [];
    const programmes: Array<{ certificate_type_id: string; level: number | null }> = typeIds.length
      ? await this.dataSource.query(
          `SELECT p.certificate_type_id, p.level FROM training_program p
            WHERE p.status = 'enrolling' AND p.certificate_type_id = ANY($1::uuid[]) AND ${inRegionSubtree('p.region_code', '$2')}`,
          [typeIds, regionCode],
        )
      : [];
    const names = new Map(types.map((type) => [type.id, type.name]));
    return (tallies) =>
      [...tallies]
        .map(([key, tally]) => {
          const [certificateTypeId, levelText] = key.split('/') as [string, string];
          const level = levelText === '' ? null : Number(levelText);
          return {
            certificateTypeId,
            name: names.get(certificateTypeId) ?? '',
            level,
            seekers: tally.seekers.size,
            positions: tally.positions.size,
            // A course at the level asked for or higher (a smaller number) closes the gap.
            programmesEnrolling: programmes.filter((p) => p.certificate_type_id === certificateTypeId && meetsLevel(p.level, level)).length,
          };
        })
        .sort((a, b) => b.seekers - a.seekers || b.positions - a.positions || a.name.localeCompare(b.name, 'zh'));
  }
}
