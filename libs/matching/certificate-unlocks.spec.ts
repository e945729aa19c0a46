import { MatchingEngine } from './engine.js';
import { NOW, welderPosition, welderSeeker } from './test-fixtures.js';

const engineWith = (...positions: ReturnType<typeof welderPosition>[]): MatchingEngine => {
  const engine = new MatchingEngine({ now: NOW });
  engine.indexPositions(positions);
  return engine;
};

describe('MatchingEngine.certificateUnlocks', () => {
  const welding = welderPosition();
  const withoutCertificate = welderSeeker({ certificates: [] });

  it('names the missing certificate and the score the pair would have with it', () => {
    const engine = engineWith(welding);
    const [unlock] = engine.certificateUnlocks(withoutCertificate, [welding.id], 0.3);
    expect(unlock).toEqual({ positionId: welding.id, score: expect.any(Number), missing: [{ certificateTypeId: 'cert-welder', minLevel: 4 }] });
    // The score is the one the seeker really gets once they hold that certificate.
    expect(unlock!.score).toBe(engine.explain(welderSeeker(), welding).score);
  });

  it('counts a too-low level as missing, at the level asked for', () => {
    const engine = engineWith(welding);
    const level5 = welderSeeker({ certificates: [{ certificateTypeId: 'cert-welder', name: '焊工', level: 5, verified: true, expiresOn: null }] });
    expect(engine.certificateUnlocks(level5, [welding.id], 0)[0]?.missing).toEqual([{ certificateTypeId: 'cert-welder', minLevel: 4 }]);
  });

  it('leaves out pairs already eligible, pairs held back by another rule, and weak matches', () => {
    const engine = engineWith(welding);
    expect(engine.certificateUnlocks(welderSeeker(), [welding.id], 0)).toEqual([]);
    const nightsOnly = welderSeeker({ certificates: [], availability: [{ day: 1, start: '22:00', end: '23:00' }] });
    const dayShift = welderPosition({ id: 'pos-day', workSlots: [{ day: 1, start: '08:00', end: '17:00' }] });
    expect(engineWith(dayShift).certificateUnlocks(nightsOnly, [dayShift.id], 0)).toEqual([]);
    expect(engineWith(dayShift).certificateUnlocks(welderSeeker({ certificates: [] }), [dayShift.id], 0)).toHaveLength(1);
    const notMatchable = welderSeeker({ certificates: [], consentToMatch: false });
    expect(engine.certificateUnlocks(notMatchable, [welding.id], 0)).toEqual([]);
    const farAndUnrelated = welderSeeker({ certificates: [], skills: [], experienceText: '', desiredTitles: ['会计'], desiredOccupationCodes: ['2-06-01-02'], major: '会计' });
    // Not the seeker's line of work: the certificate alone would not make it a match.
    expect(engine.certificateUnlocks(farAndUnrelated, [welding.id], 0)).toEqual([]);
    expect(engine.certificateUnlocks(withoutCertificate, [welding.id], 0.99)).toEqual([]);
  });

  it('ignores positions it does not hold or that ask for no certificate', () => {
    const noCertificate = welderPosition({ id: 'pos-plain', certificateRequirements: [] });
    const engine = engineWith(noCertificate);
    expect(engine.certificateUnlocks(withoutCertificate, ['pos-plain', 'pos-unknown'], 0)).toEqual([]);
  });
});
