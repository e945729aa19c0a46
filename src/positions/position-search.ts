import type { Repository, SelectQueryBuilder } from 'typeorm';
import type { ListPositionsQueryDto } from './dto/list-positions-query.dto.js';
import type { Position } from './position.entity.js';
import { inRegionSubtree } from '../regions/region-subtree.js';

/** `%`, `_` and `\` typed by a user are literal characters, not wildcards. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** The filtered, sorted query behind GET /positions, with what a listing shows joined in. */
export function searchPositions(positions: Repository<Position>, filters: ListPositionsQueryDto): SelectQueryBuilder<Position> {
  const query = positions
    .createQueryBuilder('position')
    .leftJoin('position.enterprise', 'enterprise')
    .addSelect(['enterprise.id', 'enterprise.name'])
    .leftJoinAndSelect('position.certificateRequirements', 'requirement')
    .leftJoinAndSelect('requirement.certificateType', 'certificateType');

  if (filters.enterpriseId) query.andWhere('position.enterpriseId = :enterpriseId', { enterpriseId: filters.enterpriseId });
  if (filters.status?.length) query.andWhere('position.status IN (:...statuses)', { statuses: filters.status });
  if (filters.regionCode) {
    query.andWhere(inRegionSubtree('position.regionCode', ':regionCode'), { regionCode: filters.regionCode });
  }
  if (filters.employmentType) query.andWhere('position.employmentType = :employmentType', { employmentType: filters.employmentType });
  if (filters.occupationCode) {
    // Codes are validated digits and dashes, so the prefix needs no escaping.
    query.andWhere('(position.occupationCode = :occupationCode OR position.occupationCode LIKE :occupationGroup)', {
      occupationCode: filters.occupationCode,
      occupationGroup: `${filters.occupationCode}-%`,
    });
  }
  if (filters.minSalary !== undefined) query.andWhere('position.salaryMax >= :minSalary', { minSalary: filters.minSalary });
  if (filters.q) {
    query.andWhere('(position.title ILIKE :text OR position.description ILIKE :text)', { text: `%${escapeLike(filters.q)}%` });
  }

  if (filters.sort === 'salaryMax') query.orderBy('position.salaryMax', 'DESC').addOrderBy('position.createdAt', 'DESC');
  else query.orderBy('position.createdAt', 'DESC');
  return query.addOrderBy('position.id', 'DESC');
}
