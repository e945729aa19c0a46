import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { isInScope } from '../auth/assert-in-scope.js';
import { CENTRE_ROLES, isOneOf } from '../auth/roles.js';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../core/errors/domain-error.js';
import { paginate, type Page } from '../core/http/pagination.js';
import { DomainChangesService } from '../domain-changes/domain-changes.service.js';
import { managedPositions, visiblePositions } from '../positions/position-scope.js';
import { managedSeekers, visibleSeekers } from '../seekers/seeker-scope.js';
import { canMove, mayMove, MOVES } from './application-pipeline.js';
import { managedApplications, visibleApplications } from './application-scope.js';
import { ApplicationStep } from './application-step.entity.js';
import { Application, type ApplicationSource } from './application.entity.js';
import type { ApplicationQueryDto, CreateApplicationDto, InviteDto, MoveDto } from './dto/application.dto.js';
import { isUniqueViolation } from '../core/errors/unique-violation.js';

const DEFAULT_SOURCE: Record<Actor['role'], ApplicationSource> = {
  seeker: 'recommendation',
  grid_worker: 'grid_worker',
  centre_admin: 'walk_in',
  centre_staff: 'walk_in',
  hr_officer: 'invitation',
};

/**
 * Applications from submission to placement. Every step is timestamped (application_step);
 * every change is recorded for the position's rescoring, since applications received make
 * a position crowded (the engine's congestion); filling the headcount closes the position.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: DomainChangesService,
  ) {}

  async apply(actor: Actor, dto: CreateApplicationDto): Promise<Application> {
    const seekerId = actor.role === 'seeker' ? (dto.seekerId ?? actor.seekerId!) : dto.seekerId;
    if (seekerId === undefined) throw new InvalidInputError('seekerId', 'seekerId is required when applying for someone');
    if (!(await isInScope(this.dataSource, actor, 'seeker', seekerId, managedSeekers))) {
      throw new InvalidInputError('seekerId', `seeker ${seekerId} not found`);
    }
    const enterpriseId = await this.openPositionEnterprise(actor, dto.positionId, visiblePositions);
    await this.assertEventExists(dto.eventId);
    return this.insert(actor, {
      seekerId,
      positionId: dto.positionId,
      enterpriseId,
      status: 'submitted',
      source: dto.source ?? DEFAULT_SOURCE[actor.role],
      eventId: dto.eventId ?? null,
    });
  }

  /** HR invites a candidate of its own open position; nothing is shared until the seeker accepts. */
  async invite(actor: Actor, dto: InviteDto): Promise<Application> {
    const enterpriseId = await this.openPositionEnterprise(actor, dto.positionId, managedPositions);
    const seekers = actor.role === 'hr_officer' ? visibleSeekers : managedSeekers;
    if (!(await isInScope(this.dataSource, actor, 'seeker', dto.seekerId, seekers))) {
      throw new InvalidInputError('seekerId', `seeker ${dto.seekerId} not found`);
    }
    await this.assertEventExists(dto.eventId);
    return this.insert(actor, {
      seekerId: dto.seekerId,
      positionId: dto.positionId,
      enterpriseId,
      status: 'invited',
      source: 'invitation',
      eventId: dto.eventId ?? null,
    });
  }

  async get(actor: Actor, id: string): Promise<Application> {
    const application = await this.dataSource
      .getRepository(Application)
      .createQueryBuilder('application')
      .where('application.id = :id', { id })
      .andWhere(...visibleApplications(actor, 'application'))
      .getOne();
    if (!application) throw new NotFoundError('application', id);
    return application;
  }

  list(actor: Actor, query: ApplicationQueryDto): Promise<Page<Application>> {
    const qb = this.dataSource
      .getRepository(Application)
      .createQueryBuilder('application')
      .where(...visibleApplications(actor, 'application'))
      .orderBy('application.createdAt', 'DESC')
      .addOrderBy('application.id', 'DESC');
    if (query.positionId !== undefined) qb.andWhere('application.positionId = :positionId', { positionId: query.positionId });
    if (query.seekerId !== undefined) qb.andWhere('application.seekerId = :seekerId', { seekerId: query.seekerId });
    if (query.status !== undefined) qb.andWhere('application.status = :status', { status: query.status });
    if (query.eventId !== undefined) qb.andWhere('application.eventId = :eventId', { eventId: query.eventId });
    return paginate(qb, query);
  }

  async stepsOf(applicationIds: readonly string[]): Promise<Map<string, ApplicationStep[]>> {
    const steps = applicationIds.length
      ? await this.dataSource
          .getRepository(ApplicationStep)
          .createQueryBuilder('step')
          .where('step.applicationId IN (:...ids)', { ids: applicationIds })
          .orderBy('step.at', 'ASC')
          .addOrderBy('step.id', 'ASC')
          .getMany()
      : [];
    const byApplication = new Map<string, ApplicationStep[]>();
    for (const step of steps) byApplication.set(step.applicationId, [...(byApplication.get(step.applicationId) ?? []), step]);
    return byApplication;
  }

  /** One step along the pipeline; 409 for a move the current status does not allow. */
  async move(actor: Actor, id: string, dto: MoveDto): Promise<Application> {
    if (!mayMove(actor.role, dto.move)) throw new ForbiddenError('ROLE_NOT_ALLOWED', `A ${actor.role} may not ${dto.move} an application`);
    const rule = MOVES[dto.move];
    // The seeker's side acts on applications of seekers it manages, the employer's on its enterprise's.
    const scope = rule.side === 'seeker' ? managedApplications : visibleApplications;
    await this.dataSource.transaction(async (manager) => {
      if (!(await isInScope(manager, actor, 'application', id, scope))) throw new NotFoundError('application', id);
      const current = await manager.findOneOrFail(Application, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!canMove(current.status, dto.move)) {
        throw new ConflictError('ILLEGAL_APPLICATION_TRANSITION', `An application that is ${current.status} cannot ${dto.move}`, {
          status: current.status,
          allowed: Object.entries(MOVES)
            .filter(([, candidate]) => candidate.from.includes(current.status))
            .map(([move]) => move),
        });
      }
      await manager.update(Application, { id }, {
        status: rule.to,
        ...(dto.move === 'place' ? { startDate: dto.startDate as string, contractType: dto.contractType! } : {}),
      });
      await manager.insert(ApplicationStep, { applicationId: id, status: rule.to, byUserId: actor.userId, note: dto.note ?? null });
      if (dto.move === 'place') await this.closeWhenFilled(manager, current.positionId);
      await this.changes.record(manager, 'position', current.positionId, 'application.changed');
    });
    this.changes.relaySoon();
    return this.get(actor, id);
  }

  /** The centre confirms a placement (e.g. against the social-insurance record). */
  async verifyPlacement(actor: Actor, id: string): Promise<Application> {
    if (!isOneOf(actor.role, CENTRE_ROLES)) throw new ForbiddenError('ROLE_NOT_ALLOWED', 'Only the employment centre verifies placements');
    if (!(await isInScope(this.dataSource, actor, 'application', id, managedApplications))) throw new NotFoundError('application', id);
    const [, changed] = (await this.dataSource.query(
      `UPDATE application SET placement_verified_at = now(), placement_verified_by = $2, updated_at = now()
        WHERE id = $1 AND status = 'placed' AND placement_verified_at IS NULL`,
      [id, `${actor.displayName} (${actor.username})`.slice(0, 100)],
    )) as [unknown, number];
    if (changed === 0) throw new ConflictError('PLACEMENT_NOT_VERIFIABLE', 'Only a placed application not yet verified can be verified');
    return this.get(actor, id);
  }

  private async insert(actor: Actor, values: Pick<Application, 'seekerId' | 'positionId' | 'enterpriseId' | 'status' | 'source' | 'eventId'>): Promise<Application> {
    try {
      const id = await this.dataSource.transaction(async (manager) => {
        const result = await manager.insert(Application, { ...values, submittedByUserId: actor.userId });
        const applicationId = (result.identifiers[0] as { id: string }).id;
        await manager.insert(ApplicationStep, { applicationId, status: values.status, byUserId: actor.userId, note: null });
        await this.changes.record(manager, 'position', values.positionId, 'application.changed');
        return applicationId;
      });
      this.changes.relaySoon();
      return this.get(actor, id);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError('APPLICATION_EXISTS', 'The seeker already has an application for this position');
      }
      throw error;
    }
  }

  private async openPositionEnterprise(actor: Actor, positionId: string, scope: typeof visiblePositions): Promise<string> {
    const [position] = (await this.dataSource
      .createQueryBuilder()
      .select(['p.enterprise_id AS enterprise_id'])
      .from('position', 'p')
      .where('p.id = :id', { id: positionId })
      .andWhere("p.status = 'open'")
      .andWhere(...scope(actor, 'p'))
      .getRawMany()) as Array<{ enterprise_id: string }>;
    if (!position) throw new InvalidInputError('positionId', `open position ${positionId} not found`);
    return position.enterprise_id;
  }

  private async assertEventExists(eventId: string | undefined): Promise<void> {
    if (eventId === undefined) return;
    const [event] = (await this.dataSource.query(`SELECT 1 FROM event WHERE id = $1`, [eventId])) as unknown[];
    if (!event) throw new InvalidInputError('eventId', `event ${eventId} not found`);
  }

  /** Filling the headcount closes the position to new applicants (status filled). */
  private async closeWhenFilled(manager: EntityManager, positionId: string): Promise<void> {
    await manager.query(
      `UPDATE position p SET status = 'filled', updated_at = now(), version = version + 1
        WHERE p.id = $1 AND p.status IN ('open', 'paused')
          AND (SELECT count(*) FROM application a WHERE a.position_id = p.id AND a.status = 'placed') >= p.headcount`,
      [positionId],
    );
  }
}
