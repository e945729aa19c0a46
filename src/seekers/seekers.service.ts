import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import {
  maskResidentId,
  normalizeResidentId,
  residentIdBirthDate,
  residentIdGender,
} from '../../libs/china-ids/index.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../core/errors/domain-error.js';
import { paginate, type Page } from '../core/http/pagination.js';
import { PiiCipher } from '../core/pii/pii-cipher.js';
import { DomainChangesService } from '../domain-changes/domain-changes.service.js';
import { Region } from '../regions/region.entity.js';
import type { CreateSeekerDto } from './dto/create-seeker.dto.js';
import type { SeekerQueryDto } from './dto/seeker-query.dto.js';
import type { UpdateSeekerDto } from './dto/update-seeker.dto.js';
import { assertCoordinatesPaired, profileColumns } from './seeker-fields.js';
import { Seeker } from './seeker.entity.js';
import type { Actor } from '../auth/actor.js';
import { isInScope } from '../auth/assert-in-scope.js';
import { placeableRegion } from '../regions/region-scope.js';
import { inRegionSubtree } from '../regions/region-subtree.js';
import { managedSeekers, visibleSeekers } from './seeker-scope.js';
import { isUniqueViolation } from '../core/errors/unique-violation.js';

@Injectable()
export class SeekersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Seeker) private readonly seekers: Repository<Seeker>,
    private readonly pii: PiiCipher,
    private readonly changes: DomainChangesService,
  ) {}

  /** Registers a resident of the actor's region (a region outside it is reported as unknown). */
  async create(actor: Actor, dto: CreateSeekerDto): Promise<Seeker> {
    const idNumber = normalizeResidentId(dto.idNumber);
    const idNumberHash = this.pii.hash(idNumber);
    await this.refuseDuplicate(actor, idNumberHash);
    assertCoordinatesPaired(dto.latitude ?? null, dto.longitude ?? null);
    await placeableRegion(this.dataSource, actor, dto.regionCode);

    const consentToMatch = dto.consentToMatch ?? false;
    let id: string;
    try {
      id = await this.dataSource.transaction(async (manager) => {
        const result = await manager.insert(Seeker, {
          ...profileColumns(dto),
          fullName: dto.fullName,
          regionCode: dto.regionCode,
          idNumberEncrypted: this.pii.encrypt(idNumber),
          idNumberHash,
          idNumberMasked: maskResidentId(idNumber),
          gender: residentIdGender(idNumber),
          // Validation already proved the date real and past.
          birthDate: residentIdBirthDate(idNumber) as string,
          consentToMatch,
          consentAt: consentToMatch ? new Date() : null,
        });
        const seekerId = (result.identifiers[0] as { id: string }).id;
        await this.changes.record(manager, 'seeker', seekerId, 'seeker.created');
        return seekerId;
      });
    } catch (error) {
      // Two registrations of one person at the same moment: the unique hash decides.
      if (isUniqueViolation(error, 'id_number_hash')) await this.refuseDuplicate(actor, idNumberHash);
      throw error;
    }
    this.changes.relaySoon();
    return this.get(actor, id);
  }

  /** A seeker the actor may read (`visibleSeekers`) or, with `managedSeekers`, change; otherwise 404. */
  async get(actor: Actor, id: string, scope = visibleSeekers): Promise<Seeker> {
    const seeker = await this.seekers.createQueryBuilder('s').where('s.id = :id', { id }).andWhere(...scope(actor, 's')).getOne();
    if (!seeker) throw new NotFoundError('seeker', id);
    return seeker;
  }

  /** The one profile of the resident with this ID number, found through its keyed hash, within the actor's scope. */
  async findByIdNumber(actor: Actor, idNumber: string): Promise<Seeker> {
    const seeker = await this.seekers
      .createQueryBuilder('s')
      .where('s.idNumberHash = :hash', { hash: this.pii.hash(normalizeResidentId(idNumber)) })
      .andWhere(...managedSeekers(actor, 's'))
      .getOne();
    if (!seeker) throw new NotFoundError('seeker', maskResidentId(idNumber));
    return seeker;
  }

  /** The ID number in clear, for the staff who manage the seeker (the caller audits the read). */
  async idNumberOf(actor: Actor, id: string): Promise<string> {
    await this.get(actor, id, managedSeekers);
    const row = await this.seekers.createQueryBuilder('s').select('s.idNumberEncrypted').where('s.id = :id', { id }).getOneOrFail();
    return this.pii.decrypt(row.idNumberEncrypted);
  }

  list(actor: Actor, query: SeekerQueryDto): Promise<Page<Seeker>> {
    const qb = this.seekers
      .createQueryBuilder('s')
      .where(...managedSeekers(actor, 's'))
      .orderBy('s.createdAt', 'DESC')
      .addOrderBy('s.id', 'DESC');
    if (query.regionCode !== undefined) {
      qb.andWhere(inRegionSubtree('s.regionCode', ':regionCode'), { regionCode: query.regionCode });
    }
    if (query.targetGroup !== undefined) {
      qb.andWhere('s.targetGroups @> ARRAY[:targetGroup]::varchar[]', { targetGroup: query.targetGroup });
    }
    if (query.status !== undefined) qb.andWhere('s.status = :status', { status: query.status });
    if (query.education !== undefined) qb.andWhere('s.education = :education', { education: query.education });
    if (query.consentToMatch !== undefined) qb.andWhere('s.consentToMatch = :consent', { consent: query.consentToMatch });
    // strpos, not LIKE: a name fragment with % or _ must match literally.
    if (query.q !== undefined) qb.andWhere('strpos(lower(s.fullName), lower(:q)) > 0', { q: query.q });
    return paginate(qb, query);
  }

  async update(actor: Actor, id: string, dto: UpdateSeekerDto): Promise<Seeker> {
    if (actor.role === 'seeker' && dto.status !== undefined) {
      throw new InvalidInputError('status', 'status is set by the employment centre or your grid worker');
    }
    await this.dataSource.transaction(async (manager) => {
      if (!(await isInScope(manager, actor, 'seeker', id, managedSeekers))) throw new NotFoundError('seeker', id);
      const seeker = await manager.findOne(Seeker, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!seeker) throw new NotFoundError('seeker', id);
      if (dto.version !== undefined && dto.version !== seeker.version) {
        throw new ConflictError('SEEKER_VERSION_CONFLICT', `seeker ${id} changed since version ${dto.version}; reload it`, {
          currentVersion: seeker.version,
        });
      }
      const columns = profileColumns(dto);
      if (columns.regionCode !== undefined && columns.regionCode !== seeker.regionCode) {
        await this.assertRegionExists(manager, actor, columns.regionCode);
      }
      assertCoordinatesPaired(
        columns.latitude !== undefined ? columns.latitude : seeker.latitude,
        columns.longitude !== undefined ? columns.longitude : seeker.longitude,
      );
      if (dto.status !== undefined) columns.status = dto.status;
      // consentAt dates the current decision, whether it gave or withdrew consent.
      if (dto.consentToMatch !== undefined && dto.consentToMatch !== seeker.consentToMatch) {
        columns.consentToMatch = dto.consentToMatch;
        columns.consentAt = new Date();
      }
      // Even an empty PATCH bumps the version and updatedAt: the client asked to save.
      await manager.update(Seeker, { id }, columns);
      await this.changes.record(manager, 'seeker', id, 'seeker.updated');
    });
    this.changes.relaySoon();
    return this.get(actor, id);
  }

  /**
   * One profile per person. The 409 names the existing profile only when the actor may
   * see it: otherwise it says just that the person is registered elsewhere.
   */
  private async refuseDuplicate(actor: Actor, idNumberHash: string): Promise<void> {
    const existing = await this.seekers
      .createQueryBuilder('s')
      .select('s.id')
      .where('s.idNumberHash = :idNumberHash', { idNumberHash })
      .getOne();
    if (!existing) return;
    const visible = await isInScope(this.dataSource, actor, 'seeker', existing.id, visibleSeekers);
    throw new ConflictError(
      'SEEKER_DUPLICATE',
      visible ? 'A seeker with this ID number is already registered' : 'A seeker with this ID number is already registered by another office',
      visible ? { seekerId: existing.id } : {},
    );
  }

  /** A seeker's region must lie in the actor's region (a seeker moving home keeps any existing region). */
  private async assertRegionExists(manager: EntityManager, actor: Actor, code: string): Promise<void> {
    if (actor.role === 'seeker') {
      if (!(await manager.existsBy(Region, { code }))) throw new InvalidInputError('regionCode', `region ${code} does not exist`);
      return;
    }
    await placeableRegion(manager, actor, code);
  }
}

