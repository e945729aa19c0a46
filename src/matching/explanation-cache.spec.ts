import type { Match } from '../../libs/matching/index.js';
import { ExplanationCache } from './explanation-cache.js';

const match = (positionId: string) => ({ seekerId: 's', positionId }) as Match;

describe('ExplanationCache', () => {
  it('keeps explanations while the stamp stays the same', () => {
    const cache = new ExplanationCache();
    cache.begin('7/100');
    cache.put('7/100', 's:p1', match('p1'));
    cache.begin('7/100');
    expect(cache.get('s:p1')?.positionId).toBe('p1');
  });

  it('forgets everything when a change (or the hour) gives a new stamp', () => {
    const cache = new ExplanationCache();
    cache.begin('7/100');
    cache.put('7/100', 's:p1', match('p1'));
    cache.begin('8/100');
    expect(cache.get('s:p1')).toBeUndefined();
  });

  it('does not keep what a slower read computed under an older stamp', () => {
    const cache = new ExplanationCache();
    cache.begin('7/100');
    cache.begin('8/100');
    cache.put('7/100', 's:p1', match('p1'));
    expect(cache.get('s:p1')).toBeUndefined();
  });
});
