import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { Actor } from '../../auth/actor.js';
import { mapPage, type Page } from '../../core/http/pagination.js';
import { SHARED_STATUSES } from '../../applications/application-pipeline.js';

/** How one kind of record carries a resident's personal data. */
export interface PersonalRecordKind<T, V> {
  /** The audit action of a clear read, e.g. seeker.phone.read. */
  action: string;
  subjectType: string;
  seekerIdOf(record: T): string;
  /** The audit subject when the record holds personal data worth auditing (null: nothing to read). */
  auditSubjectOf(record: T): string | null;
  view(record: T, inClear: boolean): V;
}

/**
 * Who sees a resident's personal data (phone, certificate numbers) in clear, and the audit
 * of it. The seeker sees their own; centre staff and grid workers see the residents in
 * their scope; an HR officer only once the seeker has applied to one of the enterprise's
 * positions (applying, or accepting an invitation, is sharing). Every clear read by staff is audited before it is served.
 */
@Injectable()
export class PersonalDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Views of records the actor may already read, masked or in clear, clear reads audited. */
  async present<T, V>(actor: Actor, kind: PersonalRecordKind<T, V>, records: readonly T[], requestId: string | null): Promise<V[]> {
    const clear = await this.shownInClear(actor, [...new Set(records.map((record) => kind.seekerIdOf(record)))]);
    const read = records
      .filter((record) => clear.has(kind.seekerIdOf(record)))
      .map((record) => kind.auditSubjectOf(record))
      .filter((subject): subject is string => subject !== null);
    await this.recordClearReads(actor, kind.action, kind.subjectType, read, requestId);
    return records.map((record) => kind.view(record, clear.has(kind.seekerIdOf(record))));
  }

  async presentOne<T, V>(actor: Actor, kind: PersonalRecordKind<T, V>, record: T, requestId: string | null): Promise<V> {
    return (await this.present(actor, kind, [record], requestId))[0] as V;
  }

  async presentPage<T, V>(actor: Actor, kind: PersonalRecordKind<T, V>, page: Page<T>, requestId: string | null): Promise<Page<V>> {
    const views = await this.present(actor, kind, page.items, requestId);
    return mapPage(page, (_record, index) => views[index] as V);
  }

  /** Audits clear reads about to be served (staff only; a seeker's own reads are not events). */
  recordClearReads(actor: Actor, action: string, subjectType: string, subjectIds: readonly string[], requestId: string | null): Promise<void> {
    return this.audit.recordRead(actor, { action, subjectType, subjectIds }, requestId);
  }

  /** The seekers among `seekerIds` (all already in the actor's scope) whose data the actor sees in clear. */
  private async shownInClear(actor: Actor, seekerIds: readonly string[]): Promise<Set<string>> {
    if (actor.role === 'seeker') return new Set(seekerIds.filter((id) => id === actor.seekerId));
    if (actor.role !== 'hr_officer') return new Set(seekerIds);
    if (seekerIds.length === 0) return new Set();
    const rows: Array<{ seeker_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT seeker_id FROM application WHERE enterprise_id = $1 AND seeker_id = ANY($2::uuid[]) AND status = ANY($3::varchar[])`,
      [actor.enterpriseId, seekerIds, SHARED_STATUSES],
    );
    return new Set(rows.map((row) => row.seeker_id));
  }
}
