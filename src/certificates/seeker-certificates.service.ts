import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { ConflictError, InvalidInputError, NotFoundError } from '../core/errors/domain-error.js';
import { paginate, type Page, type PageQueryDto } from '../core/http/pagination.js';
import { DomainChangesService } from '../domain-changes/domain-changes.service.js';
import { todayInChina } from './certificate-dates.js';
import { certificateDates, checkLevel } from './certificate-rules.js';
import { CertificateType } from './certificate-type.entity.js';
import { DECISION_OUTCOME, canDecide, type VerificationDecision } from './certificate-verification.js';
import type { AddCertificateDto } from './dto/add-certificate.dto.js';
import type { RejectCertificateDto, VerifyCertificateDto } from './dto/verification-decision.dto.js';
import { SeekerCertificate } from './seeker-certificate.entity.js';
import type { Actor } from '../auth/actor.js';
import { assertInScope, type Scope } from '../auth/assert-in-scope.js';
import { managedSeekers, visibleSeekers } from '../seekers/seeker-scope.js';
import { isUniqueViolation } from '../core/errors/unique-violation.js';

/**
 * A seeker's certificates and the centre's verification of them. Every change that can
 * move the seeker's matches (a new certificate counts before it is verified, just less)
 * is recorded in the outbox with the change itself.
 */
@Injectable()
export class SeekerCertificatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(SeekerCertificate) private readonly certificates: Repository<SeekerCertificate>,
    @InjectRepository(CertificateType) private readonly types: Repository<CertificateType>,
    private readonly changes: DomainChangesService,
  ) {}

  async add(actor: Actor, seekerId: string, dto: AddCertificateDto): Promise<SeekerCertificate> {
    await this.assertSeeker(actor, seekerId, managedSeekers);
    const type = await this.types.findOneBy({ id: dto.certificateTypeId });
    if (!type) throw new InvalidInputError('certificateTypeId', `certificate type ${dto.certificateTypeId} does not exist`);
    const level = checkLevel(type, dto.level ?? null);
    const dates = certificateDates(type, dto.issuedOn, dto.expiresOn ?? null, todayInChina());
    await this.refuseDuplicate(type, dto.certificateNumber);

    let id: string;
    try {
      id = await this.dataSource.transaction(async (manager) => {
        const result = await manager.insert(SeekerCertificate, {
          seekerId,
          certificateTypeId: type.id,
          certificateNumber: dto.certificateNumber,
          level,
          issuer: dto.issuer,
          ...dates,
          verificationStatus: 'pending',
        });
        await this.changes.record(manager, 'seeker', seekerId, 'certificate.added');
        return (result.identifiers[0] as { id: string }).id;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'certificate_number')) throw duplicateError(type);
      throw error;
    }
    this.changes.relaySoon();
    return this.get(actor, seekerId, id);
  }

  async list(actor: Actor, seekerId: string, page: PageQueryDto): Promise<Page<SeekerCertificate>> {
    await this.assertSeeker(actor, seekerId, visibleSeekers);
    const qb = this.certificates
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.certificateType', 't')
      .where('c.seekerId = :seekerId', { seekerId })
      .orderBy('c.issuedOn', 'DESC')
      .addOrderBy('c.createdAt', 'DESC')
      .addOrderBy('c.id', 'ASC');
    return paginate(qb, page);
  }

  async get(actor: Actor, seekerId: string, certificateId: string): Promise<SeekerCertificate> {
    await this.assertSeeker(actor, seekerId, visibleSeekers);
    const certificate = await this.certificates.findOne({
      where: { id: certificateId, seekerId },
      relations: { certificateType: true },
    });
    if (!certificate) throw new NotFoundError('certificate', certificateId);
    return certificate;
  }

  decide(
    actor: Actor,
    seekerId: string,
    certificateId: string,
    decision: VerificationDecision,
    dto: VerifyCertificateDto | RejectCertificateDto,
  ): Promise<SeekerCertificate> {
    return this.changeCertificate(actor, seekerId, `certificate.${DECISION_OUTCOME[decision]}`, async (manager) => {
      // Locked so two officers deciding at once are serialised and the second sees the first.
      const certificate = await manager.findOne(SeekerCertificate, {
        where: { id: certificateId, seekerId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!certificate) throw new NotFoundError('certificate', certificateId);
      if (!canDecide(certificate.verificationStatus, decision)) {
        const status = certificate.verificationStatus;
        throw new ConflictError(`CERTIFICATE_ALREADY_${status.toUpperCase()}`, `certificate ${certificateId} is already ${status}`, {
          verificationStatus: status,
        });
      }
      await manager.update(
        SeekerCertificate,
        { id: certificateId },
        {
          verificationStatus: DECISION_OUTCOME[decision],
          verifiedAt: new Date(),
          verifiedBy: decidedBy(actor),
          verificationNote: dto.note ?? null,
        },
      );
    }).then(() => this.get(actor, seekerId, certificateId));
  }

  async remove(actor: Actor, seekerId: string, certificateId: string): Promise<void> {
    await this.changeCertificate(actor, seekerId, 'certificate.removed', async (manager) => {
      const { affected } = await manager.delete(SeekerCertificate, { id: certificateId, seekerId });
      if (!affected) throw new NotFoundError('certificate', certificateId);
    });
  }

  /** Runs `change` and its outbox record in one transaction, then nudges the relay. */
  private async changeCertificate(
    actor: Actor,
    seekerId: string,
    reason: string,
    change: (manager: EntityManager) => Promise<void>,
  ): Promise<void> {
    await this.assertSeeker(actor, seekerId, managedSeekers);
    await this.dataSource.transaction(async (manager) => {
      await change(manager);
      await this.changes.record(manager, 'seeker', seekerId, reason);
    });
    this.changes.relaySoon();
  }

  /** Reads need the seeker visible to the actor, changes need them managed; otherwise 404. */
  private assertSeeker(actor: Actor, seekerId: string, scope: Scope): Promise<void> {
    return assertInScope(this.dataSource, actor, 'seeker', seekerId, scope);
  }

  private async refuseDuplicate(type: CertificateType, certificateNumber: string): Promise<void> {
    if (await this.certificates.existsBy({ certificateTypeId: type.id, certificateNumber })) throw duplicateError(type);
  }
}

/** Says nothing of whose certificate it is: it may belong to another resident. */
const duplicateError = (type: CertificateType) =>
  new ConflictError('CERTIFICATE_DUPLICATE', `a ${type.name} certificate with this number is already registered`);


/** "张敏 (zhang.min)": readable for the resident, unique for an inquiry; fits the 100-character column. */
function decidedBy(actor: Actor): string {
  const suffix = ` (${actor.username})`;
  return actor.displayName.slice(0, 100 - suffix.length) + suffix;
}
