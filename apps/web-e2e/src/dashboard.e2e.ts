import { expect, test } from '@playwright/test';
import { E2E_ADMIN } from '../playwright.config';
import { shot, signIn } from './support';

/**
 * Staff open the dashboard on the demo's members, filter by a district, click a bar and land on
 * the directory with the same filter, holding as many members as the figure said; a chart's table
 * view opens and its links are reached by keyboard.
 */
test('staff filter the dashboard by district, click a bar and land on the matching list', async ({
  page,
}, testInfo) => {
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.goto('/dashboard');
  await expect(page.getByTestId('dash-members')).toBeVisible();
  await page.getByTestId('dash-region').click();
  await page.locator('nz-option-item', { hasText: '香洲区' }).click();
  await expect(page).toHaveURL(/region=440402/);
  const figure = Number(await page.getByTestId('dash-members').locator('.value').textContent());
  expect(figure).toBeGreaterThan(0);
  await shot(page, '70-dashboard');

  // The district's one bar: a click opens the directory under the same filter.
  const chart = page.getByTestId('chart-regions').locator('[echarts]');
  await expect(chart.locator('canvas')).toBeVisible();
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  const listed = page.waitForResponse((r) => r.url().includes('/api/directory') && r.ok());
  const [x, y] = [box.x + box.width * 0.75, box.y + box.height / 2];
  // A phone taps (the chart listens to touches there); a desktop clicks.
  if (testInfo.project.use.hasTouch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
  await expect(page).toHaveURL(/\/directory\?.*region=440402/);
  expect((await (await listed).json()).total).toBe(figure);

  // Back on the dashboard: the sizes' table is a keyboard's reach away.
  await page.goBack();
  const summary = page.getByTestId('chart-sizes').locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('chart-sizes').locator('table')).toBeVisible();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('href', /\/directory\?/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/directory\?.*size=/);

  // One chart's data alone, then the whole report; the export is logged, and the audit log finds
  // it by action, then by the person, and exports that.
  await page.goto('/dashboard');
  const sheet = page.waitForEvent('download');
  await page.getByTestId('chart-sizes-export').click();
  expect((await sheet).suggestedFilename()).toMatch(/^联盟统计-bySize-.*\.xlsx$/);
  const report = page.waitForEvent('download');
  await page.getByTestId('dash-export').click();
  expect((await report).suggestedFilename()).toMatch(/\.xlsx$/);
  await page.goto('/admin/audit?action=dashboard.export');
  const row = page.getByTestId('audit-actor').first();
  await expect(row).toBeVisible();
  await row.getByRole('button').click();
  await expect(page).toHaveURL(/actorId=/);
  await expect(page.getByTestId('audit-actor-filter')).toBeVisible();
  const log = page.waitForEvent('download');
  await page.getByTestId('audit-export').click();
  expect((await log).suggestedFilename()).toBe('审计日志.xlsx');
  await page.goto('/account');
  await expect(page.getByTestId('my-actions')).toContainText('导出统计报表');
});
