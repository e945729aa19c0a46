import { CERTIFICATE_KINDS, CERTIFICATE_LEVELS } from '../../../libs/labour-vocabulary/index.js';
import { CERTIFICATE_CATALOGUE } from './certificate-catalogue.js';

/** Column limits of certificate_type: a catalogue entry that breaks one would stop the API from starting. */
describe('certificate catalogue', () => {
  it('has unique codes and names that fit their columns', () => {
    const codes = CERTIFICATE_CATALOGUE.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(CERTIFICATE_CATALOGUE.map((entry) => entry.name)).size).toBe(codes.length);
    for (const entry of CERTIFICATE_CATALOGUE) {
      expect(entry.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(entry.code.length).toBeLessThanOrEqual(64);
      expect([...entry.name].length).toBeLessThanOrEqual(100);
    }
  });

  it('uses 职业分类大典 codes (detailed, or a group where unsure)', () => {
    for (const entry of CERTIFICATE_CATALOGUE) {
      expect({ code: entry.code, occupationCode: entry.occupationCode }).toEqual({
        code: entry.code,
        occupationCode: expect.stringMatching(/^[1-8](-\d{2}){1,3}$/),
      });
    }
    expect(CERTIFICATE_CATALOGUE.find((entry) => entry.code === 'welder-skill-level')?.occupationCode).toBe('6-18-02-04');
  });

  it('gives levels to skill-level certificates only, entry level first', () => {
    for (const entry of CERTIFICATE_CATALOGUE) {
      expect(CERTIFICATE_KINDS).toContain(entry.kind);
      if (entry.kind === 'skill_level') {
        expect(entry.levels.length).toBeGreaterThan(0);
        expect(entry.levels.every((level) => (CERTIFICATE_LEVELS as readonly number[]).includes(level))).toBe(true);
        expect([...entry.levels].sort((a, b) => b - a)).toEqual(entry.levels);
        expect(new Set(entry.levels).size).toBe(entry.levels.length);
      } else {
        expect({ code: entry.code, levels: entry.levels }).toEqual({ code: entry.code, levels: [] });
      }
    }
  });

  it('makes the operating licences expire and nothing else', () => {
    for (const entry of CERTIFICATE_CATALOGUE) {
      if (entry.code.startsWith('special-operation-')) expect(entry.validityYears).toBe(6);
      else if (entry.code.startsWith('special-equipment-')) expect(entry.validityYears).toBe(4);
      else expect({ code: entry.code, validityYears: entry.validityYears }).toEqual({ code: entry.code, validityYears: null });
    }
  });
});
