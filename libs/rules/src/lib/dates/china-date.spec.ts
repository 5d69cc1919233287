import { chinaDate, chinaDayStart } from './china-date';

describe('China dates', () => {
  it('counts the day in Beijing time, not UTC', () => {
    // 19:30 UTC on the 24th is 03:30 on the 25th in Zhuhai.
    expect(chinaDate(new Date('2026-11-24T19:30:00Z'))).toBe('2026-11-25');
    expect(chinaDate(new Date('2026-11-24T15:59:59Z'))).toBe('2026-11-24');
    expect(chinaDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it('starts a day at midnight Beijing time', () => {
    expect(chinaDayStart('2026-11-25').toISOString()).toBe('2026-11-24T16:00:00.000Z');
    expect(chinaDate(chinaDayStart('2026-03-01'))).toBe('2026-03-01');
  });
});
