import { attachRequired, creditCode, filingBody, residentId } from '../../testing/filing-fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';

/**
 * The review queue counts its matches only up to LIST_TOTAL_CAP (three here) and then says so:
 * a broad filter's count stops at the cap instead of reading every match.
 */
let t: TestApp;
let staff: TestClient;

async function submitted(n: number, regionCode: string): Promise<void> {
  const user = await t.userWithRoles(['applicant']);
  const org = `MA6Q${String(n).padStart(3, '0')}${'ABCDEFGHJKLMNPQRTUWXY'[n % 21]}`;
  const body = filingBody(creditCode(org), {
    enterprise: { name: `珠海计数${n}号有限公司`, regionCode },
    cqo: { idNumber: residentId('1981-02-03', String(500 + n * 2 + 1).slice(-3)), birthDate: '1981-02-03' },
  });
  const created = await user.post('/api/filings', body);
  if (created.status !== 201) throw new Error(created.text);
  await attachRequired(user, created.body.id);
  expect((await user.post(`/api/filings/${created.body.id}/submit`)).status).toBe(200);
}

beforeAll(async () => {
  t = await startTestApp({ JOBS_ENABLED: 'false', LIST_TOTAL_CAP: '3' });
  staff = await t.userWithRoles(['staff']);
  for (let n = 1; n <= 5; n++) await submitted(n, n <= 2 ? '440403' : '440402');
});
afterAll(() => t.close());

it('says "more than" once the matches pass the cap, and counts exactly below it', async () => {
  const broad = await staff.get('/api/filings?status=submitted&pageSize=2');
  expect(broad.status).toBe(200);
  expect(broad.body).toMatchObject({ total: 3, totalCapped: true });
  expect(broad.body.items).toHaveLength(2);
  // Every match can still be paged to; the count only stops.
  const third = await staff.get('/api/filings?status=submitted&pageSize=2&page=3');
  expect(third.body.items).toHaveLength(1);

  const narrow = await staff.get('/api/filings?status=submitted&region=440403');
  expect(narrow.body).toMatchObject({ total: 2, totalCapped: false });
  expect(narrow.body.items).toHaveLength(2);
  const exactlyAtCap = await staff.get('/api/filings?status=submitted&region=440402');
  expect(exactlyAtCap.body).toMatchObject({ total: 3, totalCapped: false });
});
