import { expect, request as playwrightRequest, test } from '@playwright/test';
import { E2E_ADMIN } from '../playwright.config';
import { approvedMember, MEMBER_PASSWORD, shot, signIn, signOut } from './support';

/**
 * The case library end to end: a member writes a case with a live preview and submits it, staff
 * publish it from the review queue, and another member finds it by a two-character word and by
 * pinyin, with the word highlighted, then likes it and comments on it.
 */
test('a member submits a case, staff publish it, another member finds it by a word and by pinyin', async ({
  page,
  baseURL,
}) => {
  const stamp = Date.now().toString().slice(-5);
  const api = await playwrightRequest.newContext({ baseURL });
  const admin = await (await api.post('/api/auth/login', { data: E2E_ADMIN })).json();
  const maker = {
    industryCode: '2929',
    regionCode: '440402',
    employees: 200,
    revenue: 12000,
    totalAssets: 9000,
  };
  const author = await approvedMember(api, admin.accessToken, 3, maker, stamp);
  const reader = await approvedMember(api, admin.accessToken, 4, { ...maker, industryCode: '3911' }, stamp);
  const title = `注塑车间一次良率提升实践${stamp}`;

  // The author writes the case; the preview follows the typing.
  await signIn(page, author.email, MEMBER_PASSWORD);
  await page.goto('/cases');
  await page.getByTestId('case-new').click();
  await expect(page).toHaveURL(/\/cases\/new$/);
  await page.getByTestId('case-title-input').fill(title);
  await page
    .getByTestId('case-summary-input')
    .fill('用六西格玛方法把注塑件一次合格率从 92.3% 提升到 98.6%。');
  await page.getByTestId('industry-search').click();
  await page.keyboard.type('2929');
  await page.locator('nz-option-item', { hasText: '2929' }).first().click();
  await page.getByTestId('case-methods').click();
  await page.locator('nz-option-item', { hasText: '六西格玛' }).click();
  await page.keyboard.press('Escape');
  await page.getByTestId('case-add-result').click();
  await page.getByPlaceholder('指标').fill('一次合格率');
  await page.getByPlaceholder('改进前').fill('92.3%');
  await page.getByPlaceholder('改进后').fill('98.6%');
  await page.getByTestId('case-body-input').fill('## 做法\n用**控制图**稳定保压参数，缩痕缺陷明显减少。');
  await expect(page.getByTestId('case-preview').locator('strong')).toHaveText('控制图');
  await expect(page.getByTestId('case-preview').locator('h2')).toHaveText('做法');
  await shot(page, '40-case-editor');
  await page.getByTestId('case-save-submit').click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('case-status')).toHaveText('待审核');
  await signOut(page);

  // Staff find it in the review queue and publish it.
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.goto('/cases?scope=review');
  await page.getByRole('link', { name: title }).click();
  await page.getByTestId('case-approve').click();
  await expect(page.getByTestId('case-status')).toHaveText('已发布');
  await signOut(page);

  // Another member finds it by a two-character word inside a compound, highlighted …
  await signIn(page, reader.email, MEMBER_PASSWORD);
  await page.goto(`/search?q=${encodeURIComponent('良率')}&kind=case`);
  const results = page.getByTestId('search-results');
  const hit = results.locator('li', { hasText: title });
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark').first()).toHaveText('良率');
  // … and by pinyin, in the library's own search.
  await page.goto('/cases');
  await page.getByTestId('case-search').fill('zhusu');
  await page.getByTestId('case-search').press('Enter');
  await expect(page.getByTestId('case-list')).toContainText(title);
  await shot(page, '41-case-library');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByTestId('case-results')).toContainText('98.6%');
  await expect(page.getByTestId('case-body').locator('strong')).toHaveText('控制图');
  await page.getByTestId('case-like').click();
  await expect(page.getByTestId('case-like')).toContainText('已点赞 · 1');
  await page.getByTestId('case-comment-input').fill('保压参数是怎么固化到作业指导书里的？');
  await page.getByTestId('case-comment-send').click();
  await expect(page.getByTestId('case-comments')).toContainText('保压参数是怎么固化到作业指导书里的？');
  await shot(page, '42-case-page');
  await signOut(page);

  // A visitor reads the title and summary, and is asked to sign in for the rest.
  await page.goto('/cases');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByTestId('case-summary')).toContainText('98.6%');
  await expect(page.getByTestId('case-sign-in')).toBeVisible();
  await expect(page.getByTestId('case-body')).toHaveCount(0);
});
