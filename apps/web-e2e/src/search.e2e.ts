import { expect, test } from '@playwright/test';
import { shot } from './support';

/** The one search, from the header and on its page, on the demo content a fresh start has. */
test('a visitor finds an opportunity by pinyin from the header, and by a word on the results page', async ({
  page,
}, info) => {
  if (info.project.name === 'mobile-375') {
    // On a phone the header has a search button; the results page has its own box.
    await page.goto('/');
    await page.getByTestId('search-link').click();
    await expect(page).toHaveURL(/\/search$/);
  } else {
    await page.goto('/');
    await expect(page.getByTestId('header-search')).toBeVisible();
    await page.keyboard.press('/');
    await expect(page.getByTestId('header-search')).toBeFocused();
    await page.keyboard.type('zhiliangjiang');
    const suggestions = page.getByTestId('search-suggestions');
    await expect(suggestions).toContainText('珠海市政府质量奖');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/opportunities\/[0-9a-f-]{36}$/);
    await expect(page.locator('h1')).toContainText('珠海市政府质量奖');
    await page.goto('/search');
  }
  await page.getByTestId('search-input').fill('质量奖');
  await page.getByTestId('search-input').press('Enter');
  await expect(page).toHaveURL(/q=%E8%B4%A8%E9%87%8F%E5%A5%96/);
  const results = page.getByTestId('search-results');
  await expect(results.locator('mark').first()).toHaveText('质量奖');
  await expect(results).toContainText('珠海市政府质量奖');
  await shot(page, '30-search-results');
  // A kind tab keeps to that kind.
  await page.getByTestId('search-kind-opportunity').click();
  await expect(page).toHaveURL(/kind=opportunity/);
  await expect(results.locator('li').first()).toContainText('惠企机会');
});
