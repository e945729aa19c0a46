import type { DataSource } from 'typeorm';
import { inRegionSubtree, pathWithin } from '../../regions/region-subtree.js';

/**
 * The county's communities with the most residents (only those who consent to matching,
 * if asked), most first: where the demo holds its fairs and courses.
 */
export async function busiestCommunities(
  dataSource: DataSource,
  countyCode: string,
  limit: number,
  { consentingOnly }: { consentingOnly: boolean },
): Promise<Array<{ code: string; name: string }>> {
  return dataSource.query(
    `SELECT c.code, c.name FROM region c JOIN region home ON ${pathWithin('home', 'c')}
       JOIN seeker s ON s.region_code = home.code ${consentingOnly ? 'AND s.consent_to_match' : ''}
      WHERE c.level = 'community' AND ${inRegionSubtree('c.code', '$1')}
      GROUP BY c.code, c.name ORDER BY count(*) DESC, c.code LIMIT ${limit}`,
    [countyCode],
  );
}
