import { expect, request as playwrightRequest, test, type Page } from '@playwright/test';
import { E2E_ADMIN } from '../playwright.config';
import { approvedMember, MEMBER_PASSWORD, shot, signIn, signOut } from './support';

const DRAFT = `企业首席质量官工作规范
前  言
本文件由珠海市首席质量官联盟提出。
1 范围
本文件规定了企业首席质量官的任职条件和职责。
2 家以上企业联合申报的，由牵头单位提交。
2 术语和定义
2.1
首席质量官
企业中全面负责质量管理的高级管理人员。
3 任职条件
3.1 应具有大学专科及以上学历。
3.2 应从事质量管理工作 3 年以上。
附录A
（规范性）
评价方法
A.1 评价指标`;

/**
 * A consultation end to end: staff publish one from a pasted draft (the split shown beside the
 * text) with a one-question survey; two members comment on clauses and answer the survey; staff
 * close it, answer each comment, download the 意见汇总处理表 and publish the results; a member then
 * sees the disposition of their comment.
 */
test('staff consult on a pasted draft; members comment and answer; staff dispose and export; a member sees the answer', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const stamp = Date.now().toString().slice(-5);
  const api = await playwrightRequest.newContext({ baseURL });
  const admin = await (await api.post('/api/auth/login', { data: E2E_ADMIN })).json();
  const maker = {
    industryCode: '3911',
    regionCode: '440402',
    employees: 80,
    revenue: 6000,
    totalAssets: 4000,
  };
  const alice = await approvedMember(api, admin.accessToken, 1, maker, stamp);
  const bob = await approvedMember(api, admin.accessToken, 2, { ...maker, industryCode: '2929' }, stamp);
  const title = `企业首席质量官工作规范${stamp}`;

  // Staff write it from the pasted draft; the split shows beside the text as it is pasted.
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.goto('/consultations');
  await page.getByTestId('cons-new').click();
  await page.getByTestId('cons-f-title').fill(title);
  await page.getByTestId('cons-f-code').fill(`T/ZHCQO ${stamp}—2026`);
  await page.getByTestId('cons-f-org').fill('珠海市首席质量官联盟');
  await page.getByTestId('cons-f-draft').fill(DRAFT);
  const split = page.getByTestId('cons-split');
  await expect(split.getByRole('heading')).toContainText('9');
  await expect(split.getByLabel('编号').nth(4)).toHaveValue('3');
  await shot(page, '60-consultation-editor');
  await page.getByTestId('cons-save').click();
  await expect(page).toHaveURL(/\/consultations\/[0-9a-f-]+\/edit$/);

  // A survey question, then open it now.
  await page.getByTestId('builder-add').click();
  await page.getByTestId('builder-title').fill('贵单位是否已任命首席质量官？');
  await page.getByTestId('builder-options').fill('是\n否');
  await page.getByTestId('builder-save').click();
  await expect(page.getByText('问卷已保存')).toBeVisible();
  await page.getByTestId('cons-save-open').click();
  await expect(page.getByTestId('cons-status')).toHaveText('征求中');
  const url = page.url();
  await signOut(page);

  // Two members comment on clauses and answer the survey.
  for (const [member, clause, change] of [
    [alice, '3.1', '建议将“大学专科”改为“大专”。'],
    [bob, '3.2', '建议将 3 年改为 5 年。'],
  ] as const) {
    await signIn(page, member.email, MEMBER_PASSWORD);
    await page.goto(url);
    await expect(page.getByTestId('cons-title')).toHaveText(title);
    await page.getByTestId(`clause-${clause}`).click();
    await page.getByTestId('comment-change').fill(change);
    await page.getByTestId('comment-reason').fill('与现行表述一致');
    await page.getByTestId('comment-send').click();
    await expect(page.getByTestId('comment-list')).toContainText(change);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId(`clause-${clause}`)).toContainText('1 条意见');
    await page.getByRole('tab', { name: '问卷' }).click();
    await page.getByTestId('question-0').getByText('是', { exact: true }).click();
    await expect(page.getByTestId('survey-draft-saved')).toBeVisible();
    await page.getByTestId('survey-submit').click();
    await expect(page.getByText('问卷已提交，截止前可修改。')).toBeVisible();
    await signOut(page);
  }

  // Staff close it, answer each comment, download the table and publish the results.
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.goto(url);
  await page.getByTestId('cons-close').click();
  await page
    .locator('.ant-popover')
    .getByRole('button', { name: /确\s*定/ })
    .click();
  await expect(page.getByTestId('cons-status')).toHaveText('已截止');
  await page.getByRole('tab', { name: '意见处理' }).click();
  const rows = page.getByTestId('disp-table').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await decide(page, rows.filter({ hasText: '大专' }), '采纳', '');
  await decide(page, rows.filter({ hasText: '5 年' }), '未采纳', '与省级规定一致，保持 3 年');
  await expect(page.getByTestId('cons-status')).toHaveText('已处理完毕');
  const download = page.waitForEvent('download');
  await page.getByTestId('cons-export-xlsx').click();
  expect((await download).suggestedFilename()).toMatch(/^意见汇总处理表-.*\.xlsx$/);
  await page.getByRole('tab', { name: '问卷结果' }).click();
  await expect(page.getByTestId('results-responses')).toHaveText('共 2 份答卷');
  await shot(page, '61-consultation-results');
  await page.getByTestId('cons-publish').click();
  await expect(page.getByTestId('cons-status')).toHaveText('结果已公布');
  await signOut(page);

  // Bob sees the disposition of his comment.
  await signIn(page, bob.email, MEMBER_PASSWORD);
  await page.goto(url);
  await page.getByRole('tab', { name: '我的意见' }).click();
  await expect(page.getByTestId('my-decision')).toContainText('未采纳');
  await expect(page.getByTestId('my-decision')).toContainText('保持 3 年');
  await shot(page, '62-consultation-my-comments');
});

async function decide(page: Page, row: ReturnType<Page['locator']>, decision: string, reason: string) {
  await row.getByTestId('disp-row-decision').click();
  await page.locator('nz-option-item').getByText(decision, { exact: true }).click();
  if (reason) await row.getByTestId('disp-row-reason').fill(reason);
  await row.getByTestId('disp-row-save').click();
  await expect(page.getByText('已保存处理意见').first()).toBeVisible();
}
