import { MatchingEngine } from './engine.js';
import { NOW, welderPosition, welderSeeker } from './test-fixtures.js';
import type { HeldCertificate } from './types.js';

const engine = new MatchingEngine({ now: NOW });
const welderCert = (overrides: Partial<HeldCertificate> = {}): HeldCertificate => ({
  certificateTypeId: 'cert-welder',
  occupationCode: '6-18-02-04',
  name: '焊工',
  level: 4,
  verified: true,
  expiresOn: null,
  ...overrides,
});
const codes = (gaps: { code: string }[]): string[] => gaps.map((gap) => gap.code);

describe('eligibility (hard rules)', () => {
  it('a missing mandatory 焊工四级 certificate makes the pair ineligible, with the gap to close', () => {
    const match = engine.explain(welderSeeker({ certificates: [] }), welderPosition());
    expect(match.eligible).toBe(false);
    expect(match.score).toBe(0);
    expect(match.gaps).toContainEqual({ code: 'MISSING_CERTIFICATE', zh: '缺少焊工四级证书', certificate: { certificateTypeId: 'cert-welder', minLevel: 4 } });
    // ineligible pairs still carry their features, so the seeker sees how close they are
    expect(match.features.skills).toBe(1);
  });

  it('a 三级 certificate satisfies a 四级 requirement; a 五级 one does not', () => {
    expect(engine.explain(welderSeeker({ certificates: [welderCert({ level: 3 })] }), welderPosition()).eligible).toBe(true);
    const low = engine.explain(welderSeeker({ certificates: [welderCert({ level: 5 })] }), welderPosition());
    expect(low.eligible).toBe(false);
    expect(low.gaps).toContainEqual({ code: 'MISSING_CERTIFICATE', zh: '缺少焊工四级证书', detail: '现有五级证书，等级不足', certificate: { certificateTypeId: 'cert-welder', minLevel: 4 } });
  });

  it('an expired certificate is ignored, and the gap says it expired', () => {
    const match = engine.explain(welderSeeker({ certificates: [welderCert({ level: 3, expiresOn: '2025-02-28' })] }), welderPosition());
    expect(match.eligible).toBe(false);
    expect(match.gaps).toContainEqual({ code: 'MISSING_CERTIFICATE', zh: '缺少焊工四级证书', detail: '已有证书已于2025-02-28过期', certificate: { certificateTypeId: 'cert-welder', minLevel: 4 } });
    // valid through its last day (Beijing time)
    expect(engine.explain(welderSeeker({ certificates: [welderCert({ expiresOn: '2025-03-01' })] }), welderPosition()).eligible).toBe(true);
  });

  it('matches a certificate of another catalogue entry by occupation code or name', () => {
    const other = welderCert({ certificateTypeId: 'cert-welder-qualification', occupationCode: '6-18-02-04' });
    expect(engine.explain(welderSeeker({ certificates: [other] }), welderPosition()).eligible).toBe(true);
    const byName = welderCert({ certificateTypeId: 'x', occupationCode: null, name: '电焊工' });
    expect(engine.explain(welderSeeker({ certificates: [byName] }), welderPosition()).eligible).toBe(true);
  });

  it('verified beats unverified, and both are said in the reasons', () => {
    const verified = engine.explain(welderSeeker(), welderPosition());
    const unverified = engine.explain(welderSeeker({ certificates: [welderCert({ verified: false })] }), welderPosition());
    expect(unverified.eligible).toBe(true);
    expect(verified.features.certificates).toBeGreaterThan(unverified.features.certificates!);
    expect(verified.score).toBeGreaterThan(unverified.score);
    expect(verified.reasons).toContainEqual(expect.objectContaining({ code: 'CERTIFICATE_VERIFIED', zh: '持有焊工四级证书（已核验）' }));
    expect(unverified.reasons).toContainEqual(expect.objectContaining({ zh: '持有焊工四级证书（待核验）' }));
  });

  it('a preferred certificate adds to the score but is no rule', () => {
    const preferred = welderPosition({
      certificateRequirements: [{ certificateTypeId: 'cert-welder', name: '焊工', minLevel: 4, mandatory: false }],
    });
    const without = engine.explain(welderSeeker({ certificates: [] }), preferred);
    const withCert = engine.explain(welderSeeker(), preferred);
    expect(without.eligible).toBe(true);
    expect(without.gaps).toContainEqual({ code: 'PREFERRED_CERTIFICATE', zh: '持有焊工四级证书者优先', certificate: { certificateTypeId: 'cert-welder', minLevel: 4 } });
    expect(withCert.score).toBeGreaterThan(without.score);
  });

  it('public-welfare posts are only for the groups entitled to them', () => {
    const post = welderPosition({ employmentType: 'public_welfare', certificateRequirements: [] });
    const ordinary = engine.explain(welderSeeker(), post);
    expect(ordinary.eligible).toBe(false);
    expect(codes(ordinary.gaps)).toContain('PUBLIC_WELFARE_NOT_ELIGIBLE');
    expect(engine.explain(welderSeeker({ targetGroups: ['hard_to_employ'] }), post).eligible).toBe(true);
    expect(engine.explain(welderSeeker({ targetGroups: ['graduate'] }), post).eligible).toBe(false);
  });

  it('hours the seeker cannot work: a timetable not covered, or far more weekly hours than free time', () => {
    const schoolHours = (['1', '2', '3', '4', '5'] as const).map((d) => ({ day: Number(d) as 1, start: '09:00', end: '15:00' }));
    const dayShift = schoolHours.map((slot) => ({ ...slot, start: '08:00', end: '17:00' }));
    const mother = welderSeeker({ availability: schoolHours });
    const conflict = engine.explain(mother, welderPosition({ workSlots: dayShift }));
    expect(conflict.eligible).toBe(false);
    expect(codes(conflict.gaps)).toContain('SCHEDULE_CONFLICT');
    expect(engine.explain(mother, welderPosition({ workSlots: schoolHours, weeklyHours: 30 })).eligible).toBe(true);
    const hours = engine.explain(mother, welderPosition({ workSlots: [], weeklyHours: 44 }));
    expect(codes(hours.gaps)).toContain('HOURS_EXCEED_AVAILABILITY');
    // no availability given = any time
    expect(engine.explain(welderSeeker(), welderPosition({ workSlots: dayShift })).eligible).toBe(true);
  });

  it('closed or expired positions and seekers without consent are out, and explain lists every breach', () => {
    expect(codes(engine.explain(welderSeeker(), welderPosition({ status: 'paused' })).gaps)).toContain('POSITION_NOT_OPEN');
    expect(codes(engine.explain(welderSeeker(), welderPosition({ validUntil: '2025-02-28' })).gaps)).toContain('POSITION_EXPIRED');
    const all = engine.explain(
      welderSeeker({ consentToMatch: false, status: 'employed', certificates: [] }),
      welderPosition({ status: 'closed' }),
    );
    expect(codes(all.gaps)).toEqual(
      expect.arrayContaining(['POSITION_NOT_OPEN', 'NO_CONSENT', 'SEEKER_NOT_ACTIVE', 'MISSING_CERTIFICATE']),
    );
  });

  it('ineligible pairs are never recommended', () => {
    const local = new MatchingEngine({ now: NOW });
    local.indexPositions([welderPosition(), welderPosition({ id: 'pos-2', certificateRequirements: [] })]);
    const ids = local.recommendForSeeker(welderSeeker({ certificates: [] })).map((m) => m.positionId);
    expect(ids).toEqual(['pos-2']);
  });
});
