import { DomainError } from '../core/errors/domain-error.js';
import { certificateDates, checkLevel } from './certificate-rules.js';

const fieldOf = (action: () => unknown): string | undefined => {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return (error.details?.errors as Array<{ field: string }>)[0].field;
    throw error;
  }
  return undefined;
};

describe('checkLevel', () => {
  const infantCare = { name: '育婴员', levels: [5, 4, 3] };
  const knotting = { name: '中国结编织', levels: [] };

  it('accepts a level the type is issued at', () => {
    expect(checkLevel(infantCare, 3)).toBe(3);
    expect(checkLevel(knotting, null)).toBeNull();
  });

  it('refuses a level the type does not have, a missing one, and any level for a type without levels', () => {
    expect(fieldOf(() => checkLevel(infantCare, 1))).toBe('level');
    expect(fieldOf(() => checkLevel(infantCare, null))).toBe('level');
    expect(fieldOf(() => checkLevel(knotting, 5))).toBe('level');
  });
});

describe('certificateDates', () => {
  const licence = { validityYears: 6 };
  const permanent = { validityYears: null };
  const today = '2025-06-01';

  it('defaults the expiry to issue date + validity, and to none for types that do not expire', () => {
    expect(certificateDates(licence, '2020-03-10', null, today)).toEqual({ issuedOn: '2020-03-10', expiresOn: '2026-03-10' });
    expect(certificateDates(permanent, '2020-03-10', null, today)).toEqual({ issuedOn: '2020-03-10', expiresOn: null });
  });

  it('keeps an explicit expiry date', () => {
    expect(certificateDates(licence, '2020-03-10', '2023-03-10', today).expiresOn).toBe('2023-03-10');
  });

  it('accepts a certificate issued today and refuses one issued tomorrow', () => {
    expect(certificateDates(permanent, today, null, today).issuedOn).toBe(today);
    expect(fieldOf(() => certificateDates(permanent, '2025-06-02', null, today))).toBe('issuedOn');
  });

  it('wants the expiry after the issue date', () => {
    expect(fieldOf(() => certificateDates(permanent, '2020-03-10', '2020-03-10', today))).toBe('expiresOn');
    expect(fieldOf(() => certificateDates(licence, '2020-03-10', '2019-01-01', today))).toBe('expiresOn');
  });
});
