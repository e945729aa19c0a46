import { demoIds, uuidV5 } from './deterministic-id.js';

const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('deterministic ids', () => {
  it('computes RFC 9562 version-5 UUIDs (DNS namespace test vector)', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('gives the same id for the same seed and key, another for another seed or key', () => {
    const ids = demoIds(20261123);
    expect(ids('seeker', 12)).toBe(demoIds(20261123)('seeker', 12));
    expect(ids('seeker', 12)).toMatch(UUID_V5);
    expect(ids('seeker', 12)).not.toBe(ids('seeker', 13));
    expect(ids('seeker', 12)).not.toBe(ids('position', 12));
    expect(ids('seeker', 12)).not.toBe(demoIds(1)('seeker', 12));
  });
});
