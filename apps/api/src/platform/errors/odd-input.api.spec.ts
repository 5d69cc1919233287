import { startTestApp, type TestApp } from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await startTestApp({ JOBS_ENABLED: 'false' });
  admin = await t.admin();
});
afterAll(() => t.close());

// What people and scripts put in query strings: empty, negative, huge, wrong types, LIKE
// wildcards, quotes, full-width digits, NUL, impossible days, very long text, emoji.
const ODD = [
  '',
  '-1',
  '1e309',
  '99999999999999999999',
  'abc',
  '%',
  '_',
  "'",
  '\\',
  '１２',
  '\u0000',
  '2026-02-30',
  '2026-13-45',
  'x'.repeat(300),
  '🙂',
];
const PARAMS = [
  'page',
  'pageSize',
  'q',
  'size',
  'region',
  'industry',
  'kind',
  'open',
  'status',
  'minYears',
  'unread',
  'submittedFrom',
];
const LISTS = [
  '/api/directory',
  '/api/talent-pool',
  '/api/opportunities',
  '/api/opportunities/matched',
  '/api/announcements',
  '/api/filings',
  '/api/notifications',
  '/api/admin/users',
  '/api/admin/audit',
];

describe('odd input', () => {
  it('no query value on any list makes the API answer 5xx, and every refusal has the error shape', async () => {
    const failures: string[] = [];
    for (const path of LISTS)
      for (const param of PARAMS)
        for (const value of ODD) {
          const res = await admin.get(`${path}?${param}=${encodeURIComponent(value)}`);
          if (res.status >= 500) failures.push(`${res.status} ${path}?${param}=${value.slice(0, 12)}`);
          else if (res.status >= 400 && (typeof res.body !== 'object' || !res.body.code))
            failures.push(`${res.status} without a code: ${path}?${param}`);
        }
    expect(failures).toEqual([]);
  });
});
