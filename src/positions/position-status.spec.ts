import type { PositionStatus } from './position.entity.js';
import { POSITION_TRANSITIONS, canTransition, isEditable } from './position-status.js';

// The transition table is a Record over every status, so its keys are all the statuses
// (read from it rather than from the entity file, whose relations form an import cycle).
const POSITION_STATUSES = Object.keys(POSITION_TRANSITIONS) as PositionStatus[];

const ALLOWED: ReadonlyArray<[PositionStatus, PositionStatus]> = [
  ['draft', 'open'],
  ['open', 'paused'],
  ['open', 'filled'],
  ['open', 'closed'],
  ['paused', 'open'],
  ['paused', 'closed'],
  ['filled', 'open'],
  ['filled', 'closed'],
];

describe('position status transitions', () => {
  const everyPair = POSITION_STATUSES.flatMap((from) => POSITION_STATUSES.map((to) => [from, to] as const));

  it('covers all 25 pairs of the 5 statuses', () => {
    expect([...POSITION_STATUSES].sort()).toEqual(['closed', 'draft', 'filled', 'open', 'paused']);
    expect(everyPair).toHaveLength(25);
  });

  it.each(everyPair)('%s → %s', (from, to) => {
    const expected = ALLOWED.some(([a, b]) => a === from && b === to);
    expect(canTransition(from, to)).toBe(expected);
  });

  it('never allows leaving closed or staying in place', () => {
    for (const status of POSITION_STATUSES) {
      expect(canTransition('closed', status)).toBe(false);
      expect(canTransition(status, status)).toBe(false);
    }
  });

  it('lets only draft, open and paused positions be edited', () => {
    expect(POSITION_STATUSES.filter(isEditable)).toEqual(['draft', 'open', 'paused']);
  });
});
