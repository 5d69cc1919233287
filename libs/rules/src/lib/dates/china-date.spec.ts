import fc from 'fast-check';
import { chinaDate, chinaDayStart, isCalendarDay } from './china-date';

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

  it('knows which written days exist', () => {
    for (const day of ['2024-02-29', '2023-11-01', '1900-01-01', '9999-12-31'])
      expect(isCalendarDay(day)).toBe(true);
    for (const day of ['2023-02-29', '1980-02-30', '2026-13-01', '2026-00-10', '2026-04-31', '0000-01-01'])
      expect(isCalendarDay(day)).toBe(false);
    for (const text of ['2023-1-1', '2023/11/01', '2023-11-01T00:00', ' 2023-11-01', '', null, 20231101])
      expect(isCalendarDay(text)).toBe(false);
  });

  it('every day of the calendar, written out, is a calendar day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        (d) => isCalendarDay(d.toISOString().slice(0, 10)),
      ),
    );
  });
});
