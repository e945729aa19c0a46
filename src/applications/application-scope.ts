import type { Actor } from '../auth/actor.js';
import { anyOf, type Condition } from '../auth/scope.js';
import { managedSeekers } from '../seekers/seeker-scope.js';

/**
 * Applications an actor may read: those of the seekers they manage (the seeker themself,
 * their grid worker, their centre) and, for an HR officer, those to their enterprise.
 * `alias` names the application table in the caller's query.
 */
export function visibleApplications(actor: Actor, alias: string): Condition {
  if (actor.role === 'hr_officer') return [`${alias}.enterprise_id = :scopeEnterprise`, { scopeEnterprise: actor.enterpriseId }];
  const [sql, params] = managedSeekers(actor, 'applicant');
  return anyOf([`EXISTS (SELECT 1 FROM seeker applicant WHERE applicant.id = ${alias}.seeker_id AND ${sql})`, params]);
}

/** Applications an actor may act on (withdraw): those of the seekers they manage. */
export function managedApplications(actor: Actor, alias: string): Condition {
  if (actor.role === 'hr_officer') return ['FALSE', {}];
  return visibleApplications(actor, alias);
}
