import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { Actor } from '../../auth/actor.js';

/**
 * Who sees a resident's personal data (phone, certificate numbers) in clear, and the audit
 * of it. The seeker sees their own; centre staff and grid workers see the residents in
 * their scope; an HR officer only once the seeker has applied to one of the enterprise's
 * positions (applying is sharing). Every clear read by staff is audited before it is served.
 */
@Injectable()
export class PersonalDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The seekers among `seekerIds` (all already in the actor's scope) whose data the actor sees in clear. */
  async shownInClear(actor: Actor, seekerIds: readonly string[]): Promise<Set<string>> {
    if (actor.role === 'seeker') return new Set(seekerIds.filter((id) => id === actor.seekerId));
    if (actor.role !== 'hr_officer') return new Set(seekerIds);
    if (seekerIds.length === 0) return new Set();
    const rows: Array<{ seeker_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT seeker_id FROM application WHERE enterprise_id = $1 AND seeker_id = ANY($2::uuid[])`,
      [actor.enterpriseId, seekerIds],
    );
    return new Set(rows.map((row) => row.seeker_id));
  }

  /** Audits the clear reads about to be served (staff only; a seeker's own reads are not events). */
  recordClearReads(actor: Actor, action: string, subjectType: string, subjectIds: readonly string[], requestId: string | null): Promise<void> {
    return this.audit.recordRead(actor, { action, subjectType, subjectIds }, requestId);
  }
}
