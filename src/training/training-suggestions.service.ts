import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { assertInScope } from '../auth/assert-in-scope.js';
import { ExplainService } from '../matching/explain.service.js';
import { inRegionSubtree, seekerDistrict } from '../regions/region-subtree.js';
import { managedSeekers } from '../seekers/seeker-scope.js';

const POSITIONS_PER_TYPE = 500;

export interface TrainingSuggestion {
  programId: string;
  title: string;
  certificateName: string;
  level: number | null;
  provider: string;
  venue: string;
  firstSession: Date;
  costCny: number;
  placesLeft: number;
  /** Open positions the seeker is not eligible for today and would be with this certificate. */
  opensPositions: number;
  positionIds: string[];
}

/**
 * Gap → training: the upcoming programmes near a seeker (their district), ranked by how
 * many open positions each would make them eligible for, as the engine judges it with the
 * programme's certificate added to the seeker's own.
 */
@Injectable()
export class TrainingSuggestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly explain: ExplainService,
  ) {}

  async suggest(actor: Actor, seekerId: string): Promise<TrainingSuggestion[]> {
    await assertInScope(this.dataSource, actor, 'seeker', seekerId, managedSeekers);
    const programmes: Array<Record<string, unknown>> = await this.dataSource.query(
      `WITH home AS (SELECT ${seekerDistrict('$1')} AS code)
       SELECT p.id, p.title, p.level, p.provider, p.venue, p.cost_cny, p.capacity, p.certificate_type_id,
              t.name AS certificate_name, t.occupation_code,
              (SELECT min(starts_at) FROM training_session ts WHERE ts.program_id = p.id) AS first_session,
              p.capacity - (SELECT count(*) FROM training_enrolment e WHERE e.program_id = p.id AND e.status = 'enrolled') AS places_left
         FROM training_program p JOIN certificate_type t ON t.id = p.certificate_type_id, home
        WHERE p.status = 'enrolling' AND ${inRegionSubtree('p.region_code', 'home.code')}
          AND EXISTS (SELECT 1 FROM training_session ts WHERE ts.program_id = p.id AND ts.starts_at > now())
          AND NOT EXISTS (SELECT 1 FROM training_enrolment e WHERE e.program_id = p.id AND e.seeker_id = $1)`,
      [seekerId],
    );
    const suggestions: TrainingSuggestion[] = [];
    for (const programme of programmes) {
      const positionIds = (
        (await this.dataSource.query(
          `SELECT DISTINCT q.position_id FROM position_certificate_requirement q JOIN position p ON p.id = q.position_id AND p.status = 'open'
            WHERE q.certificate_type_id = $1 AND q.mandatory LIMIT ${POSITIONS_PER_TYPE}`,
          [programme.certificate_type_id],
        )) as Array<{ position_id: string }>
      ).map((row) => row.position_id);
      const opened = await this.explain.openedBy(seekerId, positionIds, {
        certificateTypeId: programme.certificate_type_id as string,
        occupationCode: programme.occupation_code as string | null,
        name: programme.certificate_name as string,
        level: programme.level as number | null,
        verified: true,
        expiresOn: null,
      });
      suggestions.push({
        programId: programme.id as string,
        title: programme.title as string,
        certificateName: programme.certificate_name as string,
        level: programme.level as number | null,
        provider: programme.provider as string,
        venue: programme.venue as string,
        firstSession: programme.first_session as Date,
        costCny: programme.cost_cny as number,
        placesLeft: Number(programme.places_left),
        opensPositions: opened.length,
        positionIds: opened.slice(0, 20),
      });
    }
    return suggestions.sort((a, b) => b.opensPositions - a.opensPositions || a.firstSession.getTime() - b.firstSession.getTime());
  }
}
