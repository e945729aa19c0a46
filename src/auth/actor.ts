import type { Role } from './roles.js';

/**
 * The signed-in user a request acts for, checked against the live session on every
 * request. Services take it to scope what they read and write.
 */
export interface Actor {
  userId: string;
  sessionId: string;
  username: string;
  displayName: string;
  role: Role;
  /** Centre roles and grid workers: the root of their region subtree; null = every region. */
  regionCode: string | null;
  /** HR officers: their enterprise. */
  enterpriseId: string | null;
  /** Seekers: their own profile. */
  seekerId: string | null;
}
