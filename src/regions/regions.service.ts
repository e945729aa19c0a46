import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { ConflictError, InvalidInputError, NotFoundError } from '../core/errors/domain-error.js';
import { paginate, type Page } from '../core/http/pagination.js';
import type { CreateRegionDto } from './dto/create-region.dto.js';
import type { RegionQueryDto, SubtreeQueryDto } from './dto/region-query.dto.js';
import type { UpdateRegionDto } from './dto/update-region.dto.js';
import { Region } from './region.entity.js';
import { ancestorCodes, childPath, descendantsPattern, escapeLike, isPathWithin, placementProblem } from './region-tree.js';
import { inRegionSubtree } from './region-subtree.js';
import { placeableRegions } from './region-scope.js';
import type { Actor } from '../auth/actor.js';
import { inActorRegion } from '../auth/scope.js';
import { isUniqueViolation } from '../core/errors/unique-violation.js';

const PATH_MAX_LENGTH = 400;

export interface RegionDetail {
  region: Region;
  ancestors: Region[];
  childCount: number;
}

@Injectable()
export class RegionsService {
  /** Keeps query parameter names unique when several subtree filters share one builder. */
  private subtreeFilterCount = 0;

  constructor(@InjectRepository(Region) private readonly regions: Repository<Region>) {}

  async findOrFail(code: string): Promise<Region> {
    const region = await this.regions.findOneBy({ code });
    if (!region) throw new NotFoundError('region', code);
    return region;
  }

  /** The region exists and the actor may place an enterprise or a workplace in it. */
  isPlaceableBy(actor: Actor, code: string): Promise<boolean> {
    return this.regions
      .createQueryBuilder('region')
      .where('region.code = :code', { code })
      .andWhere(...placeableRegions(actor, 'region'))
      .getExists();
  }

  /**
   * True when `code` is `ancestorCode` itself or lies below it. An unknown `code` is
   * simply not within anything, so callers checking scope never get a surprise 404.
   */
  async isWithin(code: string, ancestorCode: string): Promise<boolean> {
    const region = await this.regions.findOne({ where: { code }, select: { code: true, path: true } });
    return region !== null && isPathWithin(region.path, ancestorCode);
  }

  /**
   * Restricts `column` (a region code, e.g. 'enterprise.regionCode') to the subtree of
   * `regionCode`, the region included. An unknown region is a client mistake on `field`.
   */
  async restrictToSubtree<T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    column: string,
    regionCode: string,
    field = 'regionCode',
  ): Promise<SelectQueryBuilder<T>> {
    const root = await this.regions.findOne({ where: { code: regionCode }, select: { code: true, path: true } });
    if (!root) throw new InvalidInputError(field, `${field} ${regionCode} is not a known region`);
    const n = ++this.subtreeFilterCount;
    return query.andWhere(inRegionSubtree(column, `:subtreeRoot${n}`), { [`subtreeRoot${n}`]: root.code });
  }

  async list(query: RegionQueryDto): Promise<Page<Region>> {
    if (query.rootsOnly && query.parentCode !== undefined) {
      throw new InvalidInputError('rootsOnly', 'rootsOnly and parentCode exclude each other');
    }
    const builder = this.regions.createQueryBuilder('region').orderBy('region.code', 'ASC');
    if (query.parentCode !== undefined) builder.andWhere('region.parentCode = :parentCode', { parentCode: query.parentCode });
    if (query.rootsOnly) builder.andWhere('region.parentCode IS NULL');
    this.filterLevelAndName(builder, query);
    return paginate(builder, query);
  }

  async detail(code: string): Promise<RegionDetail> {
    const region = await this.findOrFail(code);
    const codes = ancestorCodes(region.path);
    const found = codes.length ? await this.regions.findBy({ code: In(codes) }) : [];
    const byCode = new Map(found.map((ancestor) => [ancestor.code, ancestor]));
    const ancestors = codes.flatMap((ancestorCode) => byCode.get(ancestorCode) ?? []);
    const childCount = await this.regions.countBy({ parentCode: code });
    return { region, ancestors, childCount };
  }

  /** Direct children, all of them: a town has at most a few hundred, which a picker shows at once. */
  async children(code: string): Promise<Region[]> {
    await this.findOrFail(code);
    return this.regions.find({ where: { parentCode: code }, order: { code: 'ASC' } });
  }

  /** Every descendant (not the node itself) in tree order, found by path prefix. */
  async subtree(code: string, query: SubtreeQueryDto): Promise<Page<Region>> {
    const root = await this.findOrFail(code);
    const builder = this.regions
      .createQueryBuilder('region')
      .where('region.path LIKE :pattern', { pattern: descendantsPattern(root.path) })
      .orderBy('region.path', 'ASC');
    this.filterLevelAndName(builder, query);
    return paginate(builder, query);
  }

  /** Adds a region below one in the actor's subtree; only a nationwide admin adds roots. */
  async create(actor: Actor, input: CreateRegionDto): Promise<Region> {
    assertCoordinatesPaired(input.latitude ?? null, input.longitude ?? null);
    if (await this.regions.existsBy({ code: input.code })) throw duplicate(input.code);

    const parent = await this.parentFor(actor, input.parentCode);
    const problem = placementProblem(input.level, parent?.level ?? null);
    if (problem) throw new InvalidInputError(problem.field, problem.message);

    const path = childPath(parent?.path ?? null, input.code);
    if (path.length > PATH_MAX_LENGTH) throw new InvalidInputError('parentCode', 'the region tree is too deep here');

    const region = this.regions.create({
      code: input.code,
      name: input.name,
      level: input.level,
      parentCode: parent?.code ?? null,
      path,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
    });
    try {
      await this.regions.insert(region);
    } catch (error) {
      // Two centres creating the same code at once: the loser gets the same 409.
      if (isUniqueViolation(error)) throw duplicate(input.code);
      throw error;
    }
    return this.findOrFail(input.code);
  }

  async update(actor: Actor, code: string, changes: UpdateRegionDto): Promise<Region> {
    const region = await this.findInScope(actor, code);
    if (!region) throw new NotFoundError('region', code);
    const latitude = changes.latitude === undefined ? region.latitude : changes.latitude;
    const longitude = changes.longitude === undefined ? region.longitude : changes.longitude;
    assertCoordinatesPaired(latitude, longitude);
    await this.regions.update({ code }, { name: changes.name ?? region.name, latitude, longitude });
    return this.findOrFail(code);
  }

  /**
   * Where a new region goes: under a region of the admin's subtree (any other parent is
   * reported like an unknown one), or at the top, which only a nationwide admin may use.
   */
  private async parentFor(actor: Actor, parentCode: string | undefined): Promise<Region | null> {
    if (parentCode === undefined) {
      if (actor.regionCode === null) return null;
      throw new InvalidInputError('parentCode', `parentCode is required: your regions lie under ${actor.regionCode}`);
    }
    const parent = await this.findInScope(actor, parentCode);
    if (!parent) throw new InvalidInputError('parentCode', `parent region ${parentCode} does not exist`);
    return parent;
  }

  /**
   * The region, when it lies in the admin's own subtree: the part of the tree they may
   * extend and rename. Any other region does not exist for them.
   */
  private findInScope(actor: Actor, code: string): Promise<Region | null> {
    return this.regions
      .createQueryBuilder('region')
      .where('region.code = :code', { code })
      .andWhere(...inActorRegion(actor, 'region.code', 'scopeRegion'))
      .getOne();
  }

  private filterLevelAndName(builder: SelectQueryBuilder<Region>, filter: { level?: string; q?: string }): void {
    if (filter.level !== undefined) builder.andWhere('region.level = :level', { level: filter.level });
    if (filter.q !== undefined) builder.andWhere('region.name ILIKE :name', { name: `%${escapeLike(filter.q)}%` });
  }
}

/** A point needs both coordinates; half of one would place the region nowhere. */
function assertCoordinatesPaired(latitude: number | null, longitude: number | null): void {
  if ((latitude === null) !== (longitude === null)) {
    throw new InvalidInputError(latitude === null ? 'latitude' : 'longitude', 'latitude and longitude are set or cleared together');
  }
}

const duplicate = (code: string) => new ConflictError('REGION_DUPLICATE', `region ${code} already exists`, { code });

