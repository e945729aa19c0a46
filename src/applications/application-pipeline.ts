import type { Role } from '../auth/roles.js';

/**
 * The application pipeline. invited (HR asked) → submitted (the seeker applied or accepted)
 * → intention (初步就业意向) → interview → offer → placed; rejected, withdrawn and declined
 * end it. Steps may be skipped forward (a walk-in may be interviewed at once), never back.
 */
export const APPLICATION_STATUSES = ['invited', 'submitted', 'intention', 'interview', 'offer', 'placed', 'rejected', 'withdrawn', 'declined'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The moves a client asks for; `accept`/`decline` answer an invitation. */
export const APPLICATION_MOVES = ['accept', 'decline', 'intention', 'interview', 'offer', 'place', 'reject', 'withdraw'] as const;
export type ApplicationMove = (typeof APPLICATION_MOVES)[number];

interface MoveRule {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  /** The seeker's side (themself, their grid worker) or the employer's (HR, or the centre for it). */
  side: 'seeker' | 'employer';
}

const ACTIVE: readonly ApplicationStatus[] = ['submitted', 'intention', 'interview', 'offer'];

export const MOVES: Record<ApplicationMove, MoveRule> = {
  accept: { from: ['invited'], to: 'submitted', side: 'seeker' },
  decline: { from: ['invited'], to: 'declined', side: 'seeker' },
  intention: { from: ['submitted'], to: 'intention', side: 'employer' },
  interview: { from: ['submitted', 'intention'], to: 'interview', side: 'employer' },
  offer: { from: ['submitted', 'intention', 'interview'], to: 'offer', side: 'employer' },
  place: { from: ['offer'], to: 'placed', side: 'employer' },
  reject: { from: ACTIVE, to: 'rejected', side: 'employer' },
  withdraw: { from: ACTIVE, to: 'withdrawn', side: 'seeker' },
};

const SEEKER_SIDE: readonly Role[] = ['seeker', 'grid_worker', 'centre_admin', 'centre_staff'];
const EMPLOYER_SIDE: readonly Role[] = ['hr_officer', 'centre_admin', 'centre_staff'];

export function mayMove(role: Role, move: ApplicationMove): boolean {
  return (MOVES[move].side === 'seeker' ? SEEKER_SIDE : EMPLOYER_SIDE).includes(role);
}

export function canMove(from: ApplicationStatus, move: ApplicationMove): boolean {
  return MOVES[move].from.includes(from);
}

/** Statuses in which the seeker has shared their contact details with the enterprise. */
export const SHARED_STATUSES: readonly ApplicationStatus[] = ['submitted', 'intention', 'interview', 'offer', 'placed', 'rejected', 'withdrawn'];

/** Statuses that count as applications received (the engine's congestion). */
export const COUNTED_STATUSES: readonly ApplicationStatus[] = ['submitted', 'intention', 'interview', 'offer', 'placed'];

export const CONTRACT_TYPES = ['labour_contract', 'labour_dispatch', 'part_time', 'flexible', 'public_welfare_agreement'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];
