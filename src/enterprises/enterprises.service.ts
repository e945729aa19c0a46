import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
import { ConflictError, InvalidInputError, NotFoundError } from '../core/errors/domain-error.js';
import { paginate, type Page } from '../core/http/pagination.js';
import { escapeLike } from '../regions/region-tree.js';
import { RegionsService } from '../regions/regions.service.js';
import type { CreateEnterpriseDto } from './dto/create-enterprise.dto.js';
import type { EnterpriseQueryDto } from './dto/enterprise-query.dto.js';
import type { UpdateEnterpriseDto } from './dto/update-enterprise.dto.js';
import { Enterprise } from './enterprise.entity.js';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class EnterprisesService {
  constructor(
    @InjectRepository(Enterprise) private readonly enterprises: Repository<Enterprise>,
    private readonly regions: RegionsService,
  ) {}

  /** With its region loaded (the response shows the region's name). */
  async findOrFail(id: string): Promise<Enterprise> {
    const enterprise = await this.enterprises.findOne({ where: { id }, relations: { region: true } });
    if (!enterprise) throw new NotFoundError('enterprise', id);
    return enterprise;
  }

  async list(query: EnterpriseQueryDto): Promise<Page<Enterprise>> {
    const builder = this.enterprises
      .createQueryBuilder('enterprise')
      .leftJoinAndSelect('enterprise.region', 'region')
      .orderBy('enterprise.name', 'ASC')
      .addOrderBy('enterprise.id', 'ASC');
    if (query.regionCode !== undefined) await this.regions.restrictToSubtree(builder, 'enterprise.regionCode', query.regionCode);
    if (query.industry !== undefined) builder.andWhere('enterprise.industry = :industry', { industry: query.industry });
    if (query.isKeyEnterprise !== undefined) {
      builder.andWhere('enterprise.isKeyEnterprise = :isKey', { isKey: query.isKeyEnterprise });
    }
    if (query.q !== undefined) {
      builder.andWhere('(enterprise.name ILIKE :nameLike OR enterprise.creditCode = :creditCode)', {
        nameLike: `%${escapeLike(query.q)}%`,
        creditCode: query.q.toUpperCase(),
      });
    }
    return paginate(builder, query);
  }

  async create(input: CreateEnterpriseDto): Promise<Enterprise> {
    await this.assertRegionExists(input.regionCode);
    await this.assertCreditCodeFree(input.creditCode);
    const enterprise = this.enterprises.create({
      name: input.name,
      creditCode: input.creditCode,
      industry: input.industry,
      regionCode: input.regionCode,
      address: input.address ?? null,
      isKeyEnterprise: input.isKeyEnterprise ?? false,
      serviceSpecialist: input.serviceSpecialist ?? null,
      contactName: input.contactName ?? null,
      contactPhone: input.contactPhone ?? null,
    });
    const inserted = await mapDuplicate(input.creditCode, () => this.enterprises.insert(enterprise));
    return this.findOrFail(inserted.identifiers[0].id as string);
  }

  async update(id: string, changes: UpdateEnterpriseDto): Promise<Enterprise> {
    const enterprise = await this.findOrFail(id);
    if (changes.regionCode !== undefined && changes.regionCode !== enterprise.regionCode) {
      await this.assertRegionExists(changes.regionCode);
    }
    if (changes.creditCode !== undefined && changes.creditCode !== enterprise.creditCode) {
      await this.assertCreditCodeFree(changes.creditCode);
    }
    const set = definedOnly(changes);
    if (Object.keys(set).length === 0) return enterprise;
    await mapDuplicate(set.creditCode ?? enterprise.creditCode, () => this.enterprises.update({ id }, set));
    return this.findOrFail(id);
  }

  private async assertRegionExists(regionCode: string): Promise<void> {
    if (!(await this.regions.exists(regionCode))) throw new InvalidInputError('regionCode', `regionCode ${regionCode} is not a known region`);
  }

  private async assertCreditCodeFree(creditCode: string): Promise<void> {
    const existing = await this.enterprises.findOne({ where: { creditCode }, select: { id: true } });
    if (existing) throw duplicate(creditCode, existing.id);
  }
}

/** The existence check can race with a concurrent registration; the unique index decides. */
async function mapDuplicate<T>(creditCode: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
      throw duplicate(creditCode);
    }
    throw error;
  }
}

const duplicate = (creditCode: string, existingId?: string) =>
  new ConflictError('ENTERPRISE_DUPLICATE', `an enterprise with credit code ${creditCode} is already registered`, {
    creditCode,
    ...(existingId ? { existingId } : {}),
  });

/** PATCH semantics: absent fields stay as they are; null clears a nullable field. */
function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}
