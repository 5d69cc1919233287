import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { REQUIRED_ATTACHMENT_KINDS } from '@cqo/contracts';
import { creditCodeCheckChar, orgCodeCheckChar, residentIdCheckChar } from '@cqo/rules';

// A real 1×1 PNG and a minimal PDF for the upload steps.
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

/** A full-page screenshot under test-output/screenshots/<project>/. */
export const shot = (page: Page, name: string) =>
  page.screenshot({
    path: `apps/web-e2e/test-output/screenshots/${test.info().project.name}/${name}.png`,
    fullPage: true,
  });

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByTestId('submit').click();
  await expect(page.getByTestId('welcome')).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('sign-in-link')).toBeVisible();
}

export const MEMBER_PASSWORD = 'Member-Password-2026!';

/** Two members made through the API the way the product makes them: filing, submit, approval. */
export async function approvedMember(
  api: APIRequestContext,
  adminToken: string,
  n: number,
  enterprise: Record<string, unknown>,
  stamp: string,
): Promise<{ email: string; name: string }> {
  const email = `member${n}-${stamp}@e2e.local`;
  const name = ['陈小微', '周大型', '林质安', '黄慧敏'][n - 1] ?? `会员${n}`;
  await api.post('/api/auth/register', { data: { email, password: MEMBER_PASSWORD, displayName: name } });
  const login = await (
    await api.post('/api/auth/login', { data: { email, password: MEMBER_PASSWORD } })
  ).json();
  const auth = { authorization: `Bearer ${login.accessToken}` };
  const org = `MA4E${stamp.slice(-3)}${'ABCDEFGHJK'[n]}`;
  const first17 = '91440400' + org + orgCodeCheckChar(org);
  const id17 = `4404021980020${n}${stamp.slice(-3)}`.slice(0, 17);
  const idNumber = id17 + residentIdCheckChar(id17);
  const sex = Number(id17[16]) % 2 ? 'male' : 'female';
  const filing = await (
    await api.post('/api/filings', {
      headers: auth,
      data: {
        enterprise: {
          name: `珠海e2e会员${n}号${stamp}有限公司`,
          creditCode: first17 + creditCodeCheckChar(first17),
          nature: 'private',
          mainProducts: '电子产品',
          address: '珠海市',
          postcode: '519000',
          legalRepresentative: { name: '法人' },
          ...enterprise,
        },
        cqo: {
          name,
          idType: 'resident',
          idNumber,
          sex,
          birthDate: `1980-02-0${n}`,
          education: 'bachelor',
          qualityYears: 8,
          position: '质量总监',
          mobile: '13800138000',
          email: `cqo${n}.${stamp}@example.cn`,
          address: '珠海市',
          appointedOn: '2024-01-02',
        },
      },
    })
  ).json();
  // The documents the notice requires before a filing may be submitted.
  for (const kind of REQUIRED_ATTACHMENT_KINDS) {
    const attached = await api.post(`/api/filings/${filing.id}/attachments?kind=${kind}`, {
      headers: auth,
      multipart: { file: { name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: PDF } },
    });
    expect(attached.status(), await attached.text()).toBe(201);
  }
  const submitted = await api.post(`/api/filings/${filing.id}/submit`, { headers: auth });
  expect(submitted.status(), await submitted.text()).toBe(200);
  const approved = await api.post(`/api/filings/${filing.id}/review`, {
    headers: { authorization: `Bearer ${adminToken}` },
    data: { decision: 'approve' },
  });
  expect(approved.status()).toBe(200);
  return { email, name };
}
