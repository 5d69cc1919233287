import { creditCode, filingBody, residentId, attachRequired } from './filing-fixtures';
import type { TestApp } from './test-app';
import type { TestClient } from './test-client';

let n = 0;

/**
 * A member the real way: an applicant files, staff approve. Each call gets its own enterprise
 * and ID number; `overrides` change the filing (size, industry, region…).
 */
export async function approvedMember(
  t: TestApp,
  staff: TestClient,
  overrides: { cqo?: object; enterprise?: object } = {},
): Promise<TestClient & { userId: string; filingId: string; idNumber: string }> {
  n += 1;
  const user = await t.userWithRoles(['applicant']);
  const org = `MA4M${String(n).padStart(3, '0')}${'ABCDEFGHJKLMNPQRTUWXY'[n % 21]}`;
  const idNumber = residentId('1984-03-15', String(100 + n * 2 + 1).slice(-3));
  const body = filingBody(creditCode(org), {
    enterprise: { name: `珠海会员${n}号科技有限公司`, ...overrides.enterprise },
    cqo: { idNumber, birthDate: '1984-03-15', sex: 'male', email: `member${n}@example.cn`, ...overrides.cqo },
  });
  const created = await user.post('/api/filings', body);
  if (created.status !== 201) throw new Error(`filing: ${created.text}`);
  await attachRequired(user, created.body.id);
  const submitted = await user.post(`/api/filings/${created.body.id}/submit`);
  if (submitted.status !== 200) throw new Error(`submit: ${submitted.text}`);
  const approved = await staff.post(`/api/filings/${created.body.id}/review`, { decision: 'approve' });
  if (approved.status !== 200) throw new Error(`approve: ${approved.text}`);
  return Object.assign(user, { filingId: created.body.id as string, idNumber });
}
