import { expect, test } from '@playwright/test';

test('the public enterprise-size calculator explains its result', async ({ page }, info) => {
  await page.goto('/size-calculator');
  await expect(page.getByRole('heading', { name: '企业规模测算' })).toBeVisible();
  await expect(page.getByTestId('size-result')).toContainText('请先选择所属行业');

  await page.getByTestId('industry-search').click();
  await page.keyboard.type('3911');
  await page.locator('nz-option-item', { hasText: '3911 计算机整机制造' }).click();
  await page.getByTestId('input-employees').locator('input').fill('500');
  await page.getByTestId('input-revenue').locator('input').fill('1500');
  await page.getByTestId('input-revenue').locator('input').blur();

  await expect(page.getByTestId('size-value')).toHaveText('小型');
  await expect(page.getByTestId('size-result')).toContainText('按“工业”的划分标准测算');
  await expect(page.getByTestId('size-result')).toContainText('从业人员 500 达到中型标准');
  // Total assets are not part of the industrial thresholds.
  await expect(page.getByTestId('input-totalAssets').locator('input')).toBeDisabled();
  await page.screenshot({
    path: `apps/web-e2e/test-output/screenshots/${info.project.name}/07-size-calculator.png`,
    fullPage: true,
  });

  await page.getByTestId('input-employees').locator('input').fill('8');
  await page.getByTestId('input-employees').locator('input').blur();
  await expect(page.getByTestId('size-value')).toHaveText('微型');
});
