import type { PositionStatus } from './position.entity.js';

/**
 * The life of a position. A draft is published once; an open position can be paused,
 * filled or closed; a filled one reopens only when more people are wanted. Closed is
 * final so that applications and statistics credited to it never change meaning.
 */
export const POSITION_TRANSITIONS: Readonly<Record<PositionStatus, readonly PositionStatus[]>> = {
  draft: ['open'],
  open: ['paused', 'filled', 'closed'],
  paused: ['open', 'closed'],
  filled: ['open', 'closed'],
  closed: [],
};

export const canTransition = (from: PositionStatus, to: PositionStatus): boolean =>
  POSITION_TRANSITIONS[from].includes(to);

/** Statuses in which the position's content may still be edited. */
export const EDITABLE_STATUSES: readonly PositionStatus[] = ['draft', 'open', 'paused'];

export const isEditable = (status: PositionStatus): boolean => EDITABLE_STATUSES.includes(status);
