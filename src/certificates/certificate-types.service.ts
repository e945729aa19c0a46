import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { NotFoundError } from '../core/errors/domain-error.js';
import { paginate, type Page } from '../core/http/pagination.js';
import { CertificateType } from './certificate-type.entity.js';
import type { CertificateTypeQueryDto } from './dto/certificate-type-query.dto.js';

@Injectable()
export class CertificateTypesService {
  constructor(@InjectRepository(CertificateType) private readonly types: Repository<CertificateType>) {}

  list(query: CertificateTypeQueryDto): Promise<Page<CertificateType>> {
    const qb = this.types.createQueryBuilder('t').orderBy('t.occupationCode', 'ASC').addOrderBy('t.code', 'ASC');
    if (query.kind !== undefined) qb.andWhere('t.kind = :kind', { kind: query.kind });
    if (query.occupationCode !== undefined) {
      qb.andWhere('starts_with(t.occupationCode, :occupationCode)', { occupationCode: query.occupationCode });
    }
    // strpos, not LIKE: a fragment with % or _ must match literally.
    if (query.q !== undefined) qb.andWhere('strpos(lower(t.name), lower(:q)) > 0', { q: query.q });
    return paginate(qb, query);
  }

  async get(id: string): Promise<CertificateType> {
    const type = await this.types.findOneBy({ id });
    if (!type) throw new NotFoundError('certificate_type', id);
    return type;
  }
}
