import { addYears, isExpired, todayInChina } from './certificate-dates.js';

describe('certificate dates', () => {
  it('adds whole years, moving 29 February to the 28th in common years', () => {
    expect(addYears('2023-06-15', 6)).toBe('2029-06-15');
    expect(addYears('2016-02-29', 6)).toBe('2022-02-28');
    expect(addYears('2016-02-29', 4)).toBe('2020-02-29');
    expect(addYears('2023-12-31', 1)).toBe('2024-12-31');
  });

  it('keeps a certificate valid through its expiry date', () => {
    expect(isExpired(null, '2030-01-01')).toBe(false);
    expect(isExpired('2025-05-01', '2025-05-01')).toBe(false);
    expect(isExpired('2025-05-01', '2025-05-02')).toBe(true);
    expect(isExpired('2025-05-01', '2025-04-30')).toBe(false);
  });

  it('counts days in China Standard Time', () => {
    // 16:30 UTC is already half past midnight in Beijing.
    expect(todayInChina(new Date('2025-03-01T16:30:00Z'))).toBe('2025-03-02');
    expect(todayInChina(new Date('2025-03-01T15:59:59Z'))).toBe('2025-03-01');
  });
});
