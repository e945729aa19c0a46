import { ancestorCodes, childPath, descendantsPattern, escapeLike, isPathWithin, placementProblem } from './region-tree.js';

describe('placementProblem (the level rule)', () => {
  it.each([
    ['grid', 'community'],
    ['community', 'street'],
    ['street', 'district'],
    ['district', 'city'],
    ['district', 'province'],
    ['city', 'province'],
  ] as const)('allows a %s under a %s', (level, parent) => {
    expect(placementProblem(level, parent)).toBeNull();
  });

  it.each(['province', 'city', 'district'] as const)('allows a %s as a root', (level) => {
    expect(placementProblem(level, null)).toBeNull();
  });

  it.each(['street', 'community', 'grid'] as const)('requires a parent for a %s, on parentCode', (level) => {
    expect(placementProblem(level, null)).toMatchObject({ field: 'parentCode' });
  });

  it.each([
    ['grid', 'street'],
    ['grid', 'grid'],
    ['community', 'district'],
    ['street', 'community'],
    ['district', 'district'],
    ['province', 'city'],
    ['city', 'district'],
  ] as const)('rejects a %s under a %s, on level', (level, parent) => {
    const problem = placementProblem(level, parent);
    expect(problem?.field).toBe('level');
    expect(problem?.message).toContain(`a ${level} cannot be placed under a ${parent}`);
  });
});

describe('paths', () => {
  it('makes a root path from the code alone and a child path from the parent path', () => {
    expect(childPath(null, '370983000000')).toBe('370983000000');
    expect(childPath('370983000000/370983001000', '370983001016')).toBe('370983000000/370983001000/370983001016');
  });

  it('lists the ancestors root first, without the node', () => {
    expect(ancestorCodes('a/b/c')).toEqual(['a', 'b']);
    expect(ancestorCodes('a')).toEqual([]);
  });

  it('tells whether a node lies within another by whole codes, not by text prefix', () => {
    expect(isPathWithin('a/b/c', 'a')).toBe(true);
    expect(isPathWithin('a/b/c', 'c')).toBe(true);
    expect(isPathWithin('a/b1/c', 'b')).toBe(false);
    expect(isPathWithin('ab/c', 'a')).toBe(false);
  });

  it('matches strict descendants only and keeps LIKE wildcards literal', () => {
    expect(descendantsPattern('a/b')).toBe('a/b/%');
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
  });
});
