import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { inActorRegion } from '../auth/scope.js';
import { InvalidInputError, NotFoundError } from '../core/errors/domain-error.js';
import { paginate, type Page, type PageQueryDto } from '../core/http/pagination.js';
import { placeableRegion } from '../regions/region-scope.js';
import { Campaign } from './campaign.entity.js';
import type { CreateCampaignDto, UpdateCampaignDto } from './dto/campaign.dto.js';

/** Campaigns belong to the centre of their region. */
@Injectable()
export class CampaignsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(actor: Actor, dto: CreateCampaignDto): Promise<Campaign> {
    if (dto.endsOn < dto.startsOn) throw new InvalidInputError('endsOn', 'endsOn must not be before startsOn');
    await placeableRegion(this.dataSource, actor, dto.regionCode);
    const result = await this.dataSource.getRepository(Campaign).insert({
      name: dto.name,
      startsOn: dto.startsOn,
      endsOn: dto.endsOn,
      regionCode: dto.regionCode,
      targetGroups: dto.targetGroups ?? [],
      goals: { ...(dto.goals ?? {}) },
    });
    return this.get(actor, (result.identifiers[0] as { id: string }).id);
  }

  async get(actor: Actor, id: string): Promise<Campaign> {
    const campaign = await this.scoped(actor).andWhere('campaign.id = :id', { id }).getOne();
    if (!campaign) throw new NotFoundError('campaign', id);
    return campaign;
  }

  list(actor: Actor, page: PageQueryDto): Promise<Page<Campaign>> {
    return paginate(this.scoped(actor).orderBy('campaign.startsOn', 'DESC').addOrderBy('campaign.id', 'DESC'), page);
  }

  async update(actor: Actor, id: string, dto: UpdateCampaignDto): Promise<Campaign> {
    const campaign = await this.get(actor, id);
    const endsOn = dto.endsOn ?? campaign.endsOn;
    if (endsOn < campaign.startsOn) throw new InvalidInputError('endsOn', 'endsOn must not be before startsOn');
    await this.dataSource.getRepository(Campaign).update({ id }, {
      ...(dto.name !== undefined ? { name: dto.name } : {}),
      endsOn,
      ...(dto.goals !== undefined ? { goals: { ...dto.goals } } : {}),
    });
    return this.get(actor, id);
  }

  private scoped(actor: Actor) {
    return this.dataSource.getRepository(Campaign).createQueryBuilder('campaign').where(...inActorRegion(actor, 'campaign.region_code', 'scopeRegion'));
  }
}
