import { maskCertificateNumber, maskMiddle, maskPhone } from './masking.js';

describe('masking', () => {
  it('keeps the first three and last four digits of a phone', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
    expect(maskPhone('0538-3221234')).toBe('053*****1234');
    expect(maskPhone(null)).toBeNull();
  });

  it('hides all but the last two characters of a value too short to keep both ends', () => {
    expect(maskMiddle('1234567')).toBe('*****67');
    expect(maskMiddle('12')).toBe('12');
  });

  it('keeps only the last four characters of a certificate number', () => {
    expect(maskCertificateNumber('T37098319850612123X')).toBe('***************123X');
    expect(maskCertificateNumber('T37098319850612123X')).not.toContain('370983');
  });
});
