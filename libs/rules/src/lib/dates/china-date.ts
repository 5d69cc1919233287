/** The alliance works on Beijing time: "today", deadlines and date filters are days in Asia/Shanghai. */
export const CHINA_TIME_ZONE = 'Asia/Shanghai';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: CHINA_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (YYYY-MM-DD) an instant falls on in China. */
export function chinaDate(instant: Date = new Date()): string {
  const parts = dayFormat.formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The instant a China calendar day starts (China has had no daylight saving since 1991). */
export function chinaDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/** A day written YYYY-MM-DD that exists on the calendar (1980-02-30 and 2026-13-01 do not). */
export function isCalendarDay(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1000 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
