import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { isInScope } from '../auth/assert-in-scope.js';
import { CENTRE_ROLES, isOneOf } from '../auth/roles.js';
import { inActorRegion, never, type Condition } from '../auth/scope.js';
import { todayInChina } from '../certificates/certificate-dates.js';
import { checkLevel } from '../certificates/certificate-rules.js';
import { CertificateType } from '../certificates/certificate-type.entity.js';
import { SeekerCertificatesService } from '../certificates/seeker-certificates.service.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../core/errors/domain-error.js';
import { paginate, type Page, type PageQueryDto } from '../core/http/pagination.js';
import { placeableRegion } from '../regions/region-scope.js';
import { inRegionSubtree } from '../regions/region-subtree.js';
import { managedSeekers } from '../seekers/seeker-scope.js';
import type { AssessmentDto, AttendanceDto, CreateTrainingProgramDto, ProgramQueryDto, UpdateTrainingProgramDto } from './dto/training.dto.js';
import { TrainingAttendance, TrainingEnrolment, TrainingProgram, TrainingSession, type ProgramStatus } from './training.entities.js';
import { isUniqueViolation } from '../core/errors/unique-violation.js';

/** Programmes a centre runs: those held in its region. */
const managedPrograms = (actor: Actor, alias: string): Condition =>
  isOneOf(actor.role, CENTRE_ROLES) ? inActorRegion(actor, `${alias}.region_code`, 'scopeRegion') : never();

/** Where a programme may go from each status; completed and cancelled are final. */
const NEXT_STATUS: Record<ProgramStatus, readonly ProgramStatus[]> = {
  enrolling: ['in_progress', 'cancelled'],
  in_progress: ['enrolling', 'completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export interface ProgramWithSessions {
  program: TrainingProgram;
  sessions: TrainingSession[];
  enrolled: number;
}

/**
 * Training programmes, enrolment, attendance and assessment. A pass records the seeker's
 * certificate through the certificates feature (pending until the centre verifies it), so
 * the usual rescoring follows.
 */
@Injectable()
export class TrainingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly certificates: SeekerCertificatesService,
  ) {}

  async create(actor: Actor, dto: CreateTrainingProgramDto): Promise<ProgramWithSessions> {
    const type = await this.dataSource.getRepository(CertificateType).findOneBy({ id: dto.certificateTypeId });
    if (!type) throw new InvalidInputError('certificateTypeId', `certificate type ${dto.certificateTypeId} does not exist`);
    const level = checkLevel(type, dto.level ?? null);
    await placeableRegion(this.dataSource, actor, dto.regionCode);
    const sessions = dto.sessions.map((session) => ({ startsAt: new Date(session.startsAt), endsAt: new Date(session.endsAt) }));
    if (sessions.some((session) => session.endsAt <= session.startsAt)) throw new InvalidInputError('sessions', 'every session must end after it starts');

    const id = await this.dataSource.transaction(async (manager) => {
      const result = await manager.insert(TrainingProgram, {
        title: dto.title,
        certificateTypeId: type.id,
        level,
        provider: dto.provider,
        regionCode: dto.regionCode,
        venue: dto.venue,
        capacity: dto.capacity,
        costCny: dto.costCny ?? 0,
        targetGroups: dto.targetGroups ?? [],
      });
      const programId = (result.identifiers[0] as { id: string }).id;
      await manager.insert(TrainingSession, sessions.map((session) => ({ ...session, programId })));
      return programId;
    });
    return this.get(id);
  }

  async get(id: string): Promise<ProgramWithSessions> {
    const program = await this.dataSource.getRepository(TrainingProgram).findOneBy({ id });
    if (!program) throw new NotFoundError('training_program', id);
    const sessions = await this.dataSource.getRepository(TrainingSession).find({ where: { programId: id }, order: { startsAt: 'ASC' } });
    const enrolled = await this.dataSource.getRepository(TrainingEnrolment).countBy({ programId: id, status: 'enrolled' });
    return { program, sessions, enrolled };
  }

  list(query: ProgramQueryDto): Promise<Page<TrainingProgram>> {
    const qb = this.dataSource.getRepository(TrainingProgram).createQueryBuilder('program').orderBy('program.createdAt', 'DESC').addOrderBy('program.id', 'DESC');
    if (query.certificateTypeId !== undefined) qb.andWhere('program.certificateTypeId = :type', { type: query.certificateTypeId });
    if (query.regionCode !== undefined) qb.andWhere(inRegionSubtree('program.region_code', ':regionCode'), { regionCode: query.regionCode });
    return paginate(qb, query);
  }

  /**
   * Edits a programme the centre runs, and moves it along its statuses (409
   * ILLEGAL_PROGRAM_TRANSITION, PROGRAM_CLOSED, CAPACITY_BELOW_ENROLLED). Cancelling
   * withdraws everyone still enrolled, in the same transaction.
   */
  async update(actor: Actor, id: string, dto: UpdateTrainingProgramDto): Promise<ProgramWithSessions> {
    await this.assertManaged(actor, id);
    await this.dataSource.transaction(async (manager) => {
      const program = await manager.findOne(TrainingProgram, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!program) throw new NotFoundError('training_program', id);
      if (NEXT_STATUS[program.status].length === 0) throw new ConflictError('PROGRAM_CLOSED', `The programme is ${program.status}`);
      const { status, ...fields } = dto;
      if (status !== undefined && status !== program.status && !NEXT_STATUS[program.status].includes(status)) {
        throw new ConflictError('ILLEGAL_PROGRAM_TRANSITION', `A programme ${program.status} may become ${NEXT_STATUS[program.status].join(' or ')}, not ${status}`);
      }
      const enrolled = await manager.countBy(TrainingEnrolment, { programId: id, status: 'enrolled' });
      if (fields.capacity !== undefined && fields.capacity < enrolled && status !== 'cancelled') {
        throw new ConflictError('CAPACITY_BELOW_ENROLLED', `${enrolled} are enrolled; capacity cannot be ${fields.capacity}`);
      }
      await manager.update(TrainingProgram, { id }, { ...fields, ...(status !== undefined ? { status } : {}) });
      if (status === 'cancelled') await manager.update(TrainingEnrolment, { programId: id, status: 'enrolled' }, { status: 'withdrawn' });
    });
    return this.get(id);
  }

  /** A seeker enrols themself, or a grid worker or the centre enrols a resident; 409 when full or already on it. */
  async enrol(actor: Actor, programId: string, requestedSeekerId: string | undefined): Promise<TrainingEnrolment> {
    const seekerId = actor.role === 'seeker' ? actor.seekerId! : requestedSeekerId;
    if (seekerId === undefined) throw new InvalidInputError('seekerId', 'seekerId is required when enrolling someone');
    if (!(await isInScope(this.dataSource, actor, 'seeker', seekerId, managedSeekers))) throw new InvalidInputError('seekerId', `seeker ${seekerId} not found`);
    try {
      const id = await this.dataSource.transaction(async (manager) => {
        const program = await manager.findOne(TrainingProgram, { where: { id: programId }, lock: { mode: 'pessimistic_write' } });
        if (!program) throw new NotFoundError('training_program', programId);
        if (program.status !== 'enrolling') throw new ConflictError('PROGRAM_NOT_ENROLLING', `The programme is ${program.status}`);
        const earlier = await manager.findOneBy(TrainingEnrolment, { programId, seekerId });
        if (earlier && earlier.status !== 'withdrawn') throw alreadyEnrolled();
        const enrolled = await manager.countBy(TrainingEnrolment, { programId, status: 'enrolled' });
        if (enrolled >= program.capacity) throw new ConflictError('PROGRAM_FULL', `All ${program.capacity} places are taken`);
        // Someone who withdrew may come back: the same enrolment, enrolled again.
        if (earlier) {
          await manager.update(TrainingEnrolment, { id: earlier.id }, { status: 'enrolled', enrolledByUserId: actor.userId });
          return earlier.id;
        }
        const result = await manager.insert(TrainingEnrolment, { programId, seekerId, enrolledByUserId: actor.userId });
        return (result.identifiers[0] as { id: string }).id;
      });
      return this.dataSource.getRepository(TrainingEnrolment).findOneByOrFail({ id });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw alreadyEnrolled();
      }
      throw error;
    }
  }

  /** The seeker, their grid worker or the programme's centre takes a place back (409 ENROLMENT_CLOSED once assessed or withdrawn). */
  async withdraw(actor: Actor, programId: string, enrolmentId: string): Promise<TrainingEnrolment> {
    const enrolment = await this.dataSource.getRepository(TrainingEnrolment).findOneBy({ id: enrolmentId, programId });
    const allowed =
      enrolment !== null &&
      ((await isInScope(this.dataSource, actor, 'seeker', enrolment.seekerId, managedSeekers)) ||
        (await isInScope(this.dataSource, actor, 'training_program', programId, managedPrograms)));
    if (!allowed) throw new NotFoundError('training_enrolment', enrolmentId);
    const { affected } = await this.dataSource.getRepository(TrainingEnrolment).update({ id: enrolmentId, status: 'enrolled' }, { status: 'withdrawn' });
    if (!affected) throw new ConflictError('ENROLMENT_CLOSED', `The enrolment is ${enrolment.status}`);
    return this.dataSource.getRepository(TrainingEnrolment).findOneByOrFail({ id: enrolmentId });
  }

  async enrolments(actor: Actor, programId: string, page: PageQueryDto): Promise<Page<TrainingEnrolment>> {
    await this.assertManaged(actor, programId);
    return paginate(
      this.dataSource.getRepository(TrainingEnrolment).createQueryBuilder('e').where('e.programId = :programId', { programId }).orderBy('e.createdAt', 'ASC'),
      page,
    );
  }

  /** Marks who was at a session (and, optionally, everyone else enrolled absent). */
  async attendance(actor: Actor, programId: string, sessionId: string, dto: AttendanceDto): Promise<{ sessionId: string; present: number; absent: number }> {
    await this.assertManaged(actor, programId);
    if (!(await this.dataSource.getRepository(TrainingSession).existsBy({ id: sessionId, programId }))) throw new NotFoundError('training_session', sessionId);
    const enrolments = await this.dataSource.getRepository(TrainingEnrolment).findBy({ programId, status: 'enrolled' });
    const unknown = dto.present.filter((id) => !enrolments.some((enrolment) => enrolment.id === id));
    if (unknown.length > 0) throw new InvalidInputError('present', `not enrolled on this programme: ${unknown.join(', ')}`);
    const marks = enrolments
      .filter((enrolment) => dto.present.includes(enrolment.id) || dto.othersAbsent === true)
      .map((enrolment) => ({ enrolmentId: enrolment.id, sessionId, present: dto.present.includes(enrolment.id) }));
    if (marks.length > 0) await this.dataSource.getRepository(TrainingAttendance).upsert(marks, ['enrolmentId', 'sessionId']);
    return { sessionId, present: marks.filter((mark) => mark.present).length, absent: marks.filter((mark) => !mark.present).length };
  }

  /** The assessment completes the enrolment; a pass records the certificate for the centre to verify. */
  async assess(actor: Actor, programId: string, enrolmentId: string, dto: AssessmentDto): Promise<TrainingEnrolment> {
    await this.assertManaged(actor, programId);
    const enrolment = await this.dataSource.getRepository(TrainingEnrolment).findOneBy({ id: enrolmentId, programId });
    if (!enrolment) throw new NotFoundError('training_enrolment', enrolmentId);
    if (enrolment.status !== 'enrolled') throw new ConflictError('ENROLMENT_CLOSED', `The enrolment is ${enrolment.status}`);
    let certificateId: string | null = null;
    if (dto.result === 'pass') {
      const { program } = await this.get(programId);
      const certificate = await this.certificates.add(actor, enrolment.seekerId, {
        certificateTypeId: program.certificateTypeId,
        level: program.level as never,
        certificateNumber: dto.certificateNumber as string,
        issuer: program.provider,
        issuedOn: dto.issuedOn ?? todayInChina(),
      });
      certificateId = certificate.id;
    }
    await this.dataSource
      .getRepository(TrainingEnrolment)
      .update({ id: enrolmentId }, { status: 'completed', result: dto.result, assessedAt: new Date(), certificateId });
    return this.dataSource.getRepository(TrainingEnrolment).findOneByOrFail({ id: enrolmentId });
  }

  private async assertManaged(actor: Actor, programId: string): Promise<void> {
    if (!(await isInScope(this.dataSource, actor, 'training_program', programId, managedPrograms))) throw new NotFoundError('training_program', programId);
  }
}

const alreadyEnrolled = () => new ConflictError('ALREADY_ENROLLED', 'The seeker is already on this programme');
