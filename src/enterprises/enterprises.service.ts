import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../core/errors/domain-error.js';
import { paginate, type Page } from '../core/http/pagination.js';
import { escapeLike } from '../regions/region-tree.js';
import { RegionsService } from '../regions/regions.service.js';
import type { CreateEnterpriseDto } from './dto/create-enterprise.dto.js';
import type { EnterpriseQueryDto } from './dto/enterprise-query.dto.js';
import type { UpdateEnterpriseDto } from './dto/update-enterprise.dto.js';
import { Enterprise } from './enterprise.entity.js';
import { isInScope } from '../auth/assert-in-scope.js';
import type { Actor } from '../auth/actor.js';
import { CENTRE_ROLES, isOneOf } from '../auth/roles.js';
import { managedEnterprises, visibleEnterprises } from './enterprise-scope.js';
import { isUniqueViolation } from '../core/errors/unique-violation.js';

/** What only the centre decides about an enterprise (its identity, seat and follow-up); its HR officer may change the rest. */
const CENTRE_FIELDS = ['creditCode', 'regionCode', 'isKeyEnterprise', 'serviceSpecialist'] as const;

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

  /** One the actor may read (its own, in its region, or recruiting); otherwise 404. */
  async findVisible(actor: Actor, id: string, scope = visibleEnterprises): Promise<Enterprise> {
    const enterprise = await this.enterprises
      .createQueryBuilder('enterprise')
      .leftJoinAndSelect('enterprise.region', 'region')
      .where('enterprise.id = :id', { id })
      .andWhere(...scope(actor, 'enterprise'))
      .getOne();
    if (!enterprise) throw new NotFoundError('enterprise', id);
    return enterprise;
  }

  async list(actor: Actor, query: EnterpriseQueryDto): Promise<Page<Enterprise>> {
    const builder = this.enterprises
      .createQueryBuilder('enterprise')
      .leftJoinAndSelect('enterprise.region', 'region')
      .where(...visibleEnterprises(actor, 'enterprise'))
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

  async create(actor: Actor, input: CreateEnterpriseDto): Promise<Enterprise> {
    await this.assertRegionPlaceable(actor, input.regionCode);
    await this.assertCreditCodeFree(actor, input.creditCode);
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

  async update(actor: Actor, id: string, changes: UpdateEnterpriseDto): Promise<Enterprise> {
    const enterprise = await this.findVisible(actor, id, managedEnterprises);
    assertMayChange(actor, changes);
    if (changes.regionCode !== undefined && changes.regionCode !== enterprise.regionCode) {
      await this.assertRegionPlaceable(actor, changes.regionCode);
    }
    if (changes.creditCode !== undefined && changes.creditCode !== enterprise.creditCode) {
      await this.assertCreditCodeFree(actor, changes.creditCode);
    }
    const set = definedOnly(changes);
    if (Object.keys(set).length === 0) return enterprise;
    await mapDuplicate(set.creditCode ?? enterprise.creditCode, () => this.enterprises.update({ id }, set));
    return this.findOrFail(id);
  }

  /** A region the actor may not place the enterprise in (placeableRegions) reads exactly like an unknown one. */
  private async assertRegionPlaceable(actor: Actor, regionCode: string): Promise<void> {
    if (!(await this.regions.isPlaceableBy(actor, regionCode))) {
      throw new InvalidInputError('regionCode', `region ${regionCode} does not exist`);
    }
  }

  /**
   * A credit code names one legal entity, so a taken one is a 409 for everyone; only a
   * caller who may see the holder learns which enterprise it is (existingId).
   */
  private async assertCreditCodeFree(actor: Actor, creditCode: string): Promise<void> {
    const existing = await this.enterprises.findOne({ where: { creditCode }, select: { id: true } });
    if (!existing) return;
    const visible = await isInScope(this.enterprises.manager, actor, 'enterprise', existing.id, visibleEnterprises);
    throw duplicate(creditCode, visible ? existing.id : undefined);
  }
}

/** The centre's fields are its own decision: an HR officer sending one is refused outright (403), not ignored. */
function assertMayChange(actor: Actor, changes: UpdateEnterpriseDto): void {
  if (isOneOf(actor.role, CENTRE_ROLES)) return;
  const refused = CENTRE_FIELDS.filter((field) => changes[field] !== undefined);
  if (refused.length > 0) {
    throw new ForbiddenError('ROLE_NOT_ALLOWED', `Only the employment centre changes ${refused.join(', ')}`);
  }
}

/** The existence check can race with a concurrent registration; the unique index decides. */
async function mapDuplicate<T>(creditCode: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) {
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
