import type { DataSource } from 'typeorm';
import { hashPassword } from '../../auth/passwords.js';
import type { Role } from '../../auth/roles.js';
import { inRegionSubtree } from '../../regions/region-subtree.js';

/** Printed with the demo: the demo is for trying the product, not for real residents. */
export const DEMO_PASSWORD = 'jobbridge-demo';

export interface DemoAccount {
  role: Role;
  username: string;
  displayName: string;
  /** What the account sees, in words. */
  scope: string;
}

interface Pick {
  regionCode?: string | null;
  enterpriseId?: string | null;
  seekerId?: string | null;
  scope: string;
}

/**
 * One account per role over the seeded county: the county centre's admin, a street's
 * centre staff, the HR officer of the enterprise with the most open positions, the grid
 * worker of a grid, and a consenting resident of that grid. Existing demo accounts are
 * left as they are, so a re-run changes nothing.
 */
export async function seedDemoAccounts(dataSource: DataSource, countyCode: string): Promise<DemoAccount[]> {
  const one = async <T>(sql: string, params: unknown[]): Promise<T> => {
    const [row] = (await dataSource.query(sql, params)) as T[];
    if (!row) throw new Error(`demo accounts: nothing found for ${sql}`);
    return row;
  };
  const county = await one<{ code: string; name: string }>(`SELECT code, name FROM region WHERE code = $1`, [countyCode]);
  const street = await one<{ code: string; name: string }>(
    `SELECT code, name FROM region WHERE level = 'street' AND parent_code = $1 ORDER BY code LIMIT 1`,
    [county.code],
  );
  const enterprise = await one<{ id: string; name: string }>(
    `SELECT e.id, e.name FROM enterprise e JOIN position p ON p.enterprise_id = e.id AND p.status = 'open'
      WHERE ${inRegionSubtree('e.region_code', '$1')} GROUP BY e.id ORDER BY count(*) DESC, e.id LIMIT 1`,
    [county.code],
  );
  // The grid with the most consenting residents, so the grid worker and the seeker meet.
  const grid = await one<{ code: string; name: string }>(
    `SELECT r.code, r.name FROM region r JOIN seeker s ON s.region_code = r.code AND s.consent_to_match
      WHERE r.level = 'grid' AND ${inRegionSubtree('r.code', '$1')} GROUP BY r.code ORDER BY count(*) DESC, r.code LIMIT 1`,
    [county.code],
  );
  const seeker = await one<{ id: string; full_name: string }>(
    `SELECT id, full_name FROM seeker WHERE region_code = $1 AND consent_to_match ORDER BY id LIMIT 1`,
    [grid.code],
  );

  const accounts: Array<DemoAccount & Pick> = [
    { role: 'centre_admin', username: 'demo-admin', displayName: `${county.name}就业服务中心管理员`, regionCode: county.code, scope: `${county.name} (${county.code})` },
    { role: 'centre_staff', username: 'demo-centre', displayName: `${street.name}人社专员`, regionCode: street.code, scope: `${street.name} (${street.code})` },
    { role: 'hr_officer', username: 'demo-hr', displayName: `${enterprise.name}人事专员`, enterpriseId: enterprise.id, scope: enterprise.name },
    { role: 'grid_worker', username: 'demo-grid', displayName: `${grid.name}网格员`, regionCode: grid.code, scope: `${grid.name} (${grid.code})` },
    { role: 'seeker', username: 'demo-seeker', displayName: seeker.full_name, seekerId: seeker.id, scope: `${seeker.full_name} (${seeker.id})` },
  ];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of accounts) {
    await dataSource.query(
      `INSERT INTO user_account (username, display_name, password_hash, role, region_code, enterprise_id, seeker_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (username) DO NOTHING`,
      [account.username, account.displayName, passwordHash, account.role, account.regionCode ?? null, account.enterpriseId ?? null, account.seekerId ?? null],
    );
  }
  return accounts.map(({ role, username, displayName, scope }) => ({ role, username, displayName, scope }));
}

export function describeDemoAccounts(accounts: readonly DemoAccount[]): string {
  const rows = accounts.map((account) => `  ${account.role.padEnd(13)} ${account.username.padEnd(12)} ${account.scope}`);
  return [`Demo accounts (password for all: ${DEMO_PASSWORD}; sign in with POST /auth/login):`, ...rows].join('\n');
}
