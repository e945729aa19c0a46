import {
  isValidResidentId,
  isValidUnifiedSocialCreditCode,
  maskResidentId,
  residentIdBirthDate,
  residentIdCheckDigit,
  residentIdGender,
  uniformCreditCodeCheckChar,
} from './index.js';

describe('unified social credit code', () => {
  it('accepts real published codes', () => {
    // Codes of listed companies, as printed on their business licences.
    expect(isValidUnifiedSocialCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidUnifiedSocialCreditCode('91110000802100433B')).toBe(true);
  });

  it('rejects a wrong check character, a bad shape and forbidden letters', () => {
    expect(isValidUnifiedSocialCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidUnifiedSocialCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidUnifiedSocialCreditCode('9135010OM000100Y43')).toBe(false);
  });

  it('computes the check character that completes a code', () => {
    const body = '91370983MA3C0FXX0';
    const code = body + uniformCreditCodeCheckChar(body);
    expect(isValidUnifiedSocialCreditCode(code)).toBe(true);
    expect(isValidUnifiedSocialCreditCode(code.toLowerCase())).toBe(true);
  });
});

describe('resident identity number', () => {
  it('accepts the GB 11643 sample number and reads birth date and gender', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(residentIdBirthDate('11010519491231002X')).toBe('1949-12-31');
    expect(residentIdGender('11010519491231002X')).toBe('female');
  });

  it('rejects a wrong check digit, an impossible date and a future birth', () => {
    expect(isValidResidentId('110105194912310021')).toBe(false);
    const feb30 = '37098319900230001';
    expect(isValidResidentId(feb30 + residentIdCheckDigit(feb30))).toBe(false);
    const future = '37098320990101001';
    expect(isValidResidentId(future + residentIdCheckDigit(future), new Date('2026-01-01'))).toBe(false);
  });

  it('accepts a lower-case x and masks all but region and last four', () => {
    expect(isValidResidentId('11010519491231002x')).toBe(true);
    expect(maskResidentId('11010519491231002x')).toBe('110105********002X');
  });
});
