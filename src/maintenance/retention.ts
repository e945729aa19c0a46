import type { DataSource } from 'typeorm';

/** Days each kind of history is kept; see README, "Backups and data retention". */
export interface RetentionPolicy {
  domainChangeDays: number;
  sessionDays: number;
  notificationDays: number;
}

interface RetentionRule {
  table: string;
  /** Rows to delete: a condition on alias `t`, `$1` being the days kept. */
  expired: (policy: RetentionPolicy) => number;
  where: string;
}

const RULES: RetentionRule[] = [
  {
    // Relayed changes, once scored, are history; each subject keeps its newest, which the
    // worker reads to know what it has applied.
    table: 'domain_change',
    expired: (policy) => policy.domainChangeDays,
    where: `t.relayed_at < now() - make_interval(days => $1)
            AND EXISTS (SELECT 1 FROM domain_change newer
                         WHERE newer.subject_type = t.subject_type AND newer.subject_id = t.subject_id AND newer.id > t.id)`,
  },
  {
    // Sign-ins that ended (logged out, revoked or past their refresh expiry).
    table: 'auth_session',
    expired: (policy) => policy.sessionDays,
    where: `COALESCE(t.revoked_at, t.refresh_expires_at) < now() - make_interval(days => $1)`,
  },
  {
    table: 'notification',
    expired: (policy) => policy.notificationDays,
    where: `t.created_at < now() - make_interval(days => $1)`,
  },
];

/** Rows deleted per statement: short transactions, no long lock on a busy table. */
const BATCH = 5000;

/** Deletes what the policy no longer keeps, table by table, in batches; answers the counts. */
export async function applyRetention(dataSource: DataSource, policy: RetentionPolicy): Promise<Record<string, number>> {
  const deleted: Record<string, number> = {};
  for (const rule of RULES) {
    deleted[rule.table] = 0;
    for (;;) {
      const [, count] = (await dataSource.query(
        `DELETE FROM ${rule.table} WHERE ctid = ANY(ARRAY(SELECT t.ctid FROM ${rule.table} t WHERE ${rule.where} LIMIT ${BATCH}))`,
        [rule.expired(policy)],
      )) as [unknown, number];
      deleted[rule.table] += count;
      if (count < BATCH) break;
    }
  }
  return deleted;
}
