import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../../src/auth/passwords.js';
import type { Role } from '../../src/auth/roles.js';
import { UserAccount } from '../../src/auth/user-account.entity.js';

export const TEST_PASSWORD = 'correct horse battery';
// One argon2 hash for every test account: hashing costs tens of milliseconds each.
let passwordHash: Promise<string> | undefined;

export type AccountSpec =
  | { role: 'centre_admin' | 'centre_staff'; regionCode: string | null }
  | { role: 'grid_worker'; regionCode: string }
  | { role: 'hr_officer'; enterpriseId: string }
  | { role: 'seeker'; seekerId: string };

export interface TestAccount {
  id: string;
  username: string;
  password: string;
  role: Role;
}

export async function createAccount(dataSource: DataSource, spec: AccountSpec): Promise<TestAccount> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const username = `${spec.role.replace('_', '-')}-${randomUUID().slice(0, 8)}`;
  const result = await dataSource.getRepository(UserAccount).insert({
    username,
    displayName: username,
    passwordHash: await passwordHash,
    role: spec.role,
    regionCode: 'regionCode' in spec ? spec.regionCode : null,
    enterpriseId: 'enterpriseId' in spec ? spec.enterpriseId : null,
    seekerId: 'seekerId' in spec ? spec.seekerId : null,
  });
  return { id: (result.identifiers[0] as { id: string }).id, username, password: TEST_PASSWORD, role: spec.role };
}
