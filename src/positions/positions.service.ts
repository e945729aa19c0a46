import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { CertificateType } from '../certificates/certificate-type.entity.js';
import { ConflictError, DomainError, InvalidInputError, NotFoundError } from '../core/errors/domain-error.js';
import type { FieldError } from '../core/errors/validation.js';
import { mapPage, paginate, type Page } from '../core/http/pagination.js';
import { DomainChangesService } from '../domain-changes/domain-changes.service.js';
import { Enterprise } from '../enterprises/enterprise.entity.js';
import { Region } from '../regions/region.entity.js';
import type { CertificateRequirementDto } from './dto/certificate-requirement.dto.js';
import type { ChangePositionStatusDto } from './dto/change-position-status.dto.js';
import type { CreatePositionDto } from './dto/create-position.dto.js';
import type { ListPositionsQueryDto } from './dto/list-positions-query.dto.js';
import type { UpdatePositionDto } from './dto/update-position.dto.js';
import type { WeeklySlotDto } from '../core/http/weekly-slot.dto.js';
import { PositionCertificateRequirement } from './position-certificate-requirement.entity.js';
import {
  coordinateProblems,
  fieldProblem,
  isExpired,
  requirementProblems,
  resolveTargetGroups,
  salaryProblems,
  todayInServiceZone,
  validUntilProblems,
  workSlotProblems,
} from './position-rules.js';
import { POSITION_TRANSITIONS, canTransition, isEditable } from './position-status.js';
import { searchPositions } from './position-search.js';
import { Position } from './position.entity.js';
import { toPositionView, type PositionView } from './position.view.js';
import type { Actor } from '../auth/actor.js';
import { placeableRegions } from '../regions/region-scope.js';
import { managedEnterprises } from '../enterprises/enterprise-scope.js';
import { managedPositions, visiblePositions } from './position-scope.js';
import { assertInScope } from '../auth/assert-in-scope.js';

@Injectable()
export class PositionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Position) private readonly positions: Repository<Position>,
    private readonly changes: DomainChangesService,
  ) {}

  /** For an enterprise the actor manages; any other is reported like an unknown one. */
  async create(actor: Actor, dto: CreatePositionDto): Promise<PositionView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const enterprise = await manager
        .createQueryBuilder(Enterprise, 'enterprise')
        .select(['enterprise.id', 'enterprise.regionCode'])
        .where('enterprise.id = :enterpriseId', { enterpriseId: dto.enterpriseId })
        .andWhere(...managedEnterprises(actor, 'enterprise'))
        .getOne();
      const requirements = dto.certificateRequirements ?? [];
      const workSlots = toSlots(dto.workSlots ?? []);
      const targets = resolveTargetGroups(dto.employmentType, dto.targetGroups ?? []);
      const problems = [
        ...(enterprise ? [] : [fieldProblem('enterpriseId', `enterprise ${dto.enterpriseId} does not exist`)]),
        ...(dto.regionCode === undefined ? [] : await this.regionProblems(manager, actor, dto.regionCode)),
        ...(await this.requirementProblems(manager, requirements)),
        ...salaryProblems(dto.salaryMin, dto.salaryMax),
        ...workSlotProblems(workSlots),
        ...targets.problems,
        ...coordinateProblems(dto.latitude ?? null, dto.longitude ?? null),
        ...validUntilProblems(dto.validUntil ?? null, todayInServiceZone()),
      ];
      throwIfAny(problems);

      const position = await manager.save(
        manager.create(Position, {
          enterpriseId: enterprise!.id,
          title: dto.title,
          occupationCode: dto.occupationCode ?? null,
          description: dto.description ?? '',
          skills: dto.skills ?? [],
          benefits: dto.benefits ?? [],
          minEducation: dto.minEducation ?? 'none',
          salaryMin: dto.salaryMin,
          salaryMax: dto.salaryMax,
          headcount: dto.headcount,
          employmentType: dto.employmentType,
          weeklyHours: dto.weeklyHours,
          workSlots,
          targetGroups: targets.targetGroups,
          regionCode: dto.regionCode ?? enterprise!.regionCode,
          address: dto.address || null,
          latitude: dto.latitude ?? null,
          longitude: dto.longitude ?? null,
          status: 'draft',
          validUntil: dto.validUntil ?? null,
          publishedAt: null,
        }),
      );
      await this.insertRequirements(manager, position.id, requirements);
      await this.changes.record(manager, 'position', position.id, 'position.created');
      return position.id;
    });
    this.changes.relaySoon();
    return this.findOne(actor, id);
  }

  async update(actor: Actor, id: string, dto: UpdatePositionDto): Promise<PositionView> {
    const { version, certificateRequirements, ...given } = dto;
    const fields = withoutUndefined(given);
    const changed = await this.dataSource.transaction(async (manager) => {
      const current = await this.lockForChange(manager, actor, id, version);
      if (!isEditable(current.status)) {
        throw new ConflictError('POSITION_NOT_EDITABLE', `A ${current.status} position can no longer be edited`, {
          status: current.status,
        });
      }
      if (Object.keys(fields).length === 0 && certificateRequirements === undefined) return false;

      const merged = { ...current, ...fields };
      const workSlots = fields.workSlots ? toSlots(fields.workSlots) : undefined;
      const targets = resolveTargetGroups(merged.employmentType, fields.targetGroups ?? current.targetGroups);
      throwIfAny([
        ...(fields.regionCode === undefined ? [] : await this.regionProblems(manager, actor, fields.regionCode)),
        ...(certificateRequirements === undefined ? [] : await this.requirementProblems(manager, certificateRequirements)),
        ...salaryProblems(merged.salaryMin, merged.salaryMax),
        ...(workSlots ? workSlotProblems(workSlots) : []),
        ...targets.problems,
        ...coordinateProblems(merged.latitude, merged.longitude),
        ...(fields.validUntil === undefined ? [] : validUntilProblems(fields.validUntil, todayInServiceZone())),
      ]);

      const values: QueryDeepPartialEntity<Position> = {
        ...fields,
        ...(workSlots ? { workSlots } : {}),
        ...(fields.address !== undefined ? { address: fields.address || null } : {}),
        targetGroups: targets.targetGroups,
        // Replacing only the requirements still makes a new version of the position.
        updatedAt: () => 'now()',
      };
      await manager.update(Position, { id: current.id }, values);
      if (certificateRequirements !== undefined) {
        await manager.delete(PositionCertificateRequirement, { positionId: current.id });
        await this.insertRequirements(manager, current.id, certificateRequirements);
      }
      await this.changes.record(manager, 'position', current.id, 'position.updated');
      return true;
    });
    if (changed) this.changes.relaySoon();
    return this.findOne(actor, id);
  }

  async changeStatus(actor: Actor, id: string, dto: ChangePositionStatusDto): Promise<PositionView> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.lockForChange(manager, actor, id, dto.version);
      const { status: from } = current;
      const to = dto.status;
      if (!canTransition(from, to)) {
        throw new ConflictError('ILLEGAL_STATUS_TRANSITION', `A position cannot go from ${from} to ${to}`, {
          from,
          to,
          allowed: POSITION_TRANSITIONS[from],
        });
      }
      const reopeningFilled = from === 'filled' && to === 'open';
      if (dto.headcount !== undefined && !reopeningFilled) {
        throw new InvalidInputError('headcount', 'headcount is only given when reopening a filled position; use PATCH otherwise');
      }
      if (reopeningFilled && (dto.headcount === undefined || dto.headcount <= current.headcount)) {
        throw new InvalidInputError(
          'headcount',
          `reopening a filled position needs a headcount above the current ${current.headcount}`,
        );
      }
      if (to === 'open' && isExpired(current.validUntil, todayInServiceZone())) {
        throw new ConflictError('POSITION_EXPIRED', `The position expired on ${current.validUntil}; extend validUntil first`, {
          validUntil: current.validUntil,
        });
      }
      await manager.update(
        Position,
        { id: current.id },
        {
          status: to,
          ...(to === 'open' && current.publishedAt === null ? { publishedAt: () => 'now()' } : {}),
          ...(reopeningFilled ? { headcount: dto.headcount } : {}),
        },
      );
      await this.changes.record(manager, 'position', current.id, 'position.status_changed');
    });
    this.changes.relaySoon();
    return this.findOne(actor, id);
  }

  /** Open positions for everyone signed in; other statuses for those who manage them; else 404. */
  async findOne(actor: Actor, id: string): Promise<PositionView> {
    await assertInScope(this.dataSource, actor, 'position', id, visiblePositions);
    const position = await this.positions.findOne({ where: { id }, relations: { enterprise: true } });
    if (!position) throw new NotFoundError('position', id);
    return toPositionView(position);
  }

  async list(actor: Actor, query: ListPositionsQueryDto): Promise<Page<PositionView>> {
    const search = searchPositions(this.positions, query).andWhere(...visiblePositions(actor, 'position'));
    return mapPage(await paginate(search, query), toPositionView);
  }

  /**
   * Row lock so that the checks below and the write see the same state as concurrent
   * writers. A position the actor does not manage is not found.
   */
  private async lockForChange(manager: EntityManager, actor: Actor, id: string, expectedVersion: number | undefined): Promise<Position> {
    const current = await manager
      .createQueryBuilder(Position, 'position')
      .setLock('pessimistic_write')
      .where('position.id = :id', { id })
      .andWhere(...managedPositions(actor, 'position'))
      .getOne();
    if (!current) throw new NotFoundError('position', id);
    if (expectedVersion !== undefined && expectedVersion !== current.version) {
      throw new ConflictError(
        'POSITION_VERSION_CONFLICT',
        `The position was changed meanwhile (version ${current.version}, you sent ${expectedVersion}); reload it and retry`,
        { currentVersion: current.version, sentVersion: expectedVersion },
      );
    }
    return current;
  }

  /** The workplace must be a region the actor may place records in (placeableRegions); any other reads as unknown. */
  private async regionProblems(manager: EntityManager, actor: Actor, regionCode: string): Promise<FieldError[]> {
    const placeable = await manager
      .createQueryBuilder(Region, 'region')
      .where('region.code = :regionCode', { regionCode })
      .andWhere(...placeableRegions(actor, 'region'))
      .getExists();
    return placeable ? [] : [fieldProblem('regionCode', `region ${regionCode} does not exist`)];
  }

  private async requirementProblems(manager: EntityManager, requirements: CertificateRequirementDto[]): Promise<FieldError[]> {
    if (requirements.length === 0) return [];
    const ids = [...new Set(requirements.map((requirement) => requirement.certificateTypeId.toLowerCase()))];
    const types = await manager.find(CertificateType, { where: { id: In(ids) }, select: { id: true, levels: true } });
    return requirementProblems(
      requirements.map((requirement) => ({ certificateTypeId: requirement.certificateTypeId, minLevel: requirement.minLevel ?? null })),
      new Map(types.map((type) => [type.id, type.levels])),
    );
  }

  private async insertRequirements(manager: EntityManager, positionId: string, requirements: CertificateRequirementDto[]) {
    if (requirements.length === 0) return;
    await manager.insert(
      PositionCertificateRequirement,
      requirements.map((requirement) => ({
        positionId,
        certificateTypeId: requirement.certificateTypeId.toLowerCase(),
        minLevel: requirement.minLevel ?? null,
        mandatory: requirement.mandatory ?? true,
      })),
    );
  }
}

/** One 400 listing every failing field, shaped like the ValidationPipe's answer. */
function throwIfAny(problems: FieldError[]): void {
  if (problems.length > 0) {
    throw new DomainError('invalid', 'VALIDATION_FAILED', 'Request validation failed', { errors: problems });
  }
}

/** Plain objects for the jsonb column, kept in the client's order so error paths match. */
const toSlots = (slots: WeeklySlotDto[]) => slots.map(({ day, start, end }) => ({ day, start, end }));

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Partial<T>;
}
