import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { isInScope } from '../auth/assert-in-scope.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../core/errors/domain-error.js';
import { paginate, type Page } from '../core/http/pagination.js';
import { visiblePositions } from '../positions/position-scope.js';
import { managedSeekers } from '../seekers/seeker-scope.js';
import { managedApplications, visibleApplications } from './application-scope.js';
import { Application, type ApplicationSource } from './application.entity.js';
import type { ApplicationQueryDto, CreateApplicationDto } from './dto/application.dto.js';

const DEFAULT_SOURCE: Record<Actor['role'], ApplicationSource> = {
  seeker: 'recommendation',
  grid_worker: 'grid_worker',
  centre_admin: 'walk_in',
  centre_staff: 'walk_in',
  hr_officer: 'walk_in',
};

/**
 * The first step of the application pipeline: a seeker (or someone acting for them)
 * applies to an open position, and may withdraw. Later steps build on this record.
 */
@Injectable()
export class ApplicationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async apply(actor: Actor, dto: CreateApplicationDto): Promise<Application> {
    const seekerId = actor.role === 'seeker' ? (dto.seekerId ?? actor.seekerId!) : dto.seekerId;
    if (seekerId === undefined) throw new InvalidInputError('seekerId', 'seekerId is required when applying for someone');
    if (!(await isInScope(this.dataSource, actor, 'seeker', seekerId, managedSeekers))) {
      throw new InvalidInputError('seekerId', `seeker ${seekerId} not found`);
    }
    const [position] = (await this.dataSource
      .createQueryBuilder()
      .select(['p.enterprise_id AS enterprise_id'])
      .from('position', 'p')
      .where('p.id = :id', { id: dto.positionId })
      .andWhere("p.status = 'open'")
      .andWhere(...visiblePositions(actor, 'p'))
      .getRawMany()) as Array<{ enterprise_id: string }>;
    if (!position) throw new InvalidInputError('positionId', `open position ${dto.positionId} not found`);

    try {
      const result = await this.dataSource.getRepository(Application).insert({
        seekerId,
        positionId: dto.positionId,
        enterpriseId: position.enterprise_id,
        source: dto.source ?? DEFAULT_SOURCE[actor.role],
        submittedByUserId: actor.userId,
      });
      return this.get(actor, (result.identifiers[0] as { id: string }).id);
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new ConflictError('APPLICATION_EXISTS', 'The seeker has already applied to this position');
      }
      throw error;
    }
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
    return paginate(qb, query);
  }

  /** The seeker (or whoever acts for them) takes it back; contact details already shared stay shared. */
  async withdraw(actor: Actor, id: string): Promise<Application> {
    if (!(await isInScope(this.dataSource, actor, 'application', id, managedApplications))) throw new NotFoundError('application', id);
    const [, changed] = (await this.dataSource.query(
      `UPDATE application SET status = 'withdrawn', withdrawn_at = now(), updated_at = now() WHERE id = $1 AND status = 'submitted'`,
      [id],
    )) as [unknown, number];
    if (changed === 0) throw new ConflictError('APPLICATION_ALREADY_WITHDRAWN', 'The application was already withdrawn');
    return this.get(actor, id);
  }
}
