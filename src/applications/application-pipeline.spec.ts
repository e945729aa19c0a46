import { APPLICATION_MOVES, canMove, MOVES, mayMove } from './application-pipeline.js';

describe('application pipeline', () => {
  it('moves forward, skipping steps, never back', () => {
    expect(canMove('submitted', 'interview')).toBe(true);
    expect(canMove('interview', 'intention')).toBe(false);
    expect(canMove('offer', 'place')).toBe(true);
    expect(canMove('submitted', 'place')).toBe(false);
  });

  it('ends at placed, rejected, withdrawn and declined', () => {
    for (const end of ['placed', 'rejected', 'withdrawn', 'declined'] as const) {
      expect(APPLICATION_MOVES.filter((move) => canMove(end, move))).toEqual([]);
    }
  });

  it('an invitation is answered by the seeker only', () => {
    expect(canMove('invited', 'accept')).toBe(true);
    expect(canMove('invited', 'interview')).toBe(false);
    expect(mayMove('seeker', 'accept')).toBe(true);
    expect(mayMove('hr_officer', 'accept')).toBe(false);
  });

  it('the employer side moves the pipeline, the seeker side withdraws', () => {
    expect(mayMove('hr_officer', 'offer')).toBe(true);
    expect(mayMove('seeker', 'offer')).toBe(false);
    expect(mayMove('hr_officer', 'withdraw')).toBe(false);
    expect(mayMove('grid_worker', 'withdraw')).toBe(true);
    expect(MOVES.place.to).toBe('placed');
  });
});
