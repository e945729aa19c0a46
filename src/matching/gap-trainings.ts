import type { DataSource } from 'typeorm';
import { meetsLevel } from '../../libs/labour-vocabulary/index.js';
import type { Gap } from '../../libs/matching/index.js';
import { pathWithin, seekerDistrict } from '../regions/region-subtree.js';
import { preparedQuery } from '../core/database/prepared-query.js';

export interface TrainingHint {
  programId: string;
  title: string;
  level: number | null;
  firstSession: Date;
  venue: string;
}

export type GapWithTrainings = Gap & { trainings?: TrainingHint[] };

const PER_GAP = 3;

/**
 * Names, for each missing or too-low certificate, the upcoming programmes in the seeker's
 * district that would close it (a level at least the one asked for; 5 = lowest). One
 * query for all the gaps of a page.
 */
export async function withTrainings<T extends { gaps: Gap[] }>(dataSource: DataSource, seekerId: string, items: T[]): Promise<Array<T & { gaps: GapWithTrainings[] }>> {
  const typeIds = [...new Set(items.flatMap((item) => item.gaps.flatMap((gap) => (gap.certificate ? [gap.certificate.certificateTypeId] : []))))];
  if (typeIds.length === 0) return items;
  type Programme = { id: string; title: string; level: number | null; venue: string; certificate_type_id: string; first_session: Date };
  // Asked for every page of recommendations that shows a certificate gap, so prepared, and
  // "in the district" is tested on each programme's own region (its path under the
  // district's) rather than by listing the whole district, thousands of grids, per call.
  const programmes = await preparedQuery<Programme>(
    dataSource,
    `WITH home AS (SELECT d.path FROM region d WHERE d.code = ${seekerDistrict('$1')})
     SELECT p.id, p.title, p.level, p.venue, p.certificate_type_id,
            (SELECT min(ts.starts_at) FROM training_session ts WHERE ts.program_id = p.id AND ts.starts_at > now()) AS first_session
       FROM training_program p JOIN region pr ON pr.code = p.region_code, home
      WHERE p.status = 'enrolling' AND p.certificate_type_id = ANY($2::uuid[])
        AND ${pathWithin('pr', 'home')}
        AND EXISTS (SELECT 1 FROM training_session ts WHERE ts.program_id = p.id AND ts.starts_at > now())
      ORDER BY first_session`,
    [seekerId, typeIds],
  );
  const closes = (gap: Gap) =>
    programmes.filter(
      (programme) =>
        programme.certificate_type_id === gap.certificate!.certificateTypeId &&
        meetsLevel(programme.level, gap.certificate!.minLevel),
    );
  return items.map((item) => ({
    ...item,
    gaps: item.gaps.map((gap) => {
      if (!gap.certificate) return gap;
      const trainings = closes(gap)
        .slice(0, PER_GAP)
        .map((programme) => ({ programId: programme.id, title: programme.title, level: programme.level, firstSession: programme.first_session, venue: programme.venue }));
      return trainings.length > 0 ? { ...gap, trainings } : gap;
    }),
  }));
}
