import { expect, test, type Page } from '@playwright/test';
import { shot } from './support';

async function openMenuIfMobile(page: Page): Promise<void> {
  const toggle = page.getByTestId('menu-toggle');
  if (await toggle.isVisible()) await toggle.click();
}

test('sign up, sign in, Chinese shell, switch to English, sign out', async ({ page }, info) => {
  const email = `e2e-${info.project.name}-${Date.now()}@example.com`;
  const password = 'Zhuhai-Quality-2026';

  await page.goto('/');
  await expect(page.getByTestId('hero')).toContainText('首席质量官');
  // A visitor can sign up from the header, on a phone too.
  await expect(page.getByTestId('sign-up-link')).toBeVisible();
  await shot(page, '01-home-zh');

  // Sign up (the form signs the new user in).
  await page.goto('/register');
  await page.getByLabel('姓名').fill('测试质量官');
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill('1234567890');
  await page.getByTestId('submit').click();
  await expect(page.getByText('这个密码太常见')).toBeVisible();
  await shot(page, '02-register-field-error');
  await page.getByLabel('密码').fill(password);
  await page.getByTestId('submit').click();
  await expect(page.getByTestId('welcome')).toContainText('测试质量官');

  // Sign out, then sign in again.
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('sign-in-link')).toBeVisible();
  await page.getByTestId('sign-in-link').click();
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill('wrong-password-1');
  await page.getByTestId('submit').click();
  await expect(page.getByTestId('form-error')).toContainText('邮箱或密码不正确');
  await page.getByLabel('密码').fill(password);
  await page.getByTestId('submit').click();
  await expect(page.getByTestId('welcome')).toContainText('测试质量官');

  // The shell in Chinese, with the navigation an applicant may use.
  await openMenuIfMobile(page);
  await expect(page.getByTestId('nav-filing')).toContainText('首席质量官备案');
  await expect(page.getByTestId('nav-users')).toHaveCount(0);
  await shot(page, '03-shell-zh');
  await page.getByTestId('nav-filing').click();
  await expect(page.getByRole('heading', { name: '首席质量官备案' })).toBeVisible();

  // The notifications page, empty for a new account.
  await openMenuIfMobile(page);
  await page.getByTestId('nav-notifications').click();
  await expect(page.getByTestId('notification-list')).toContainText('暂无通知');
  await expect(page.getByTestId('notification-preferences')).toContainText('每日摘要');

  // A reload keeps the session (refresh cookie) and the deep link.
  await page.reload();
  await expect(page.getByTestId('notification-list')).toBeVisible();

  // Switch to English.
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('notification-list')).toContainText('No notifications');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/');
  await expect(page.getByTestId('hero')).toContainText('Chief Quality Officers');
  await shot(page, '04-home-en');

  // Sign out.
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('sign-in-link')).toContainText('Sign in');
  await page.goto('/account');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Faccount/);
  await shot(page, '05-signed-out-en');
  // Back to Chinese for the next run.
  await page.getByTestId('lang-toggle').click();
});

test('admin sees the users page and the outbox', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('电子邮箱').fill('admin@e2e.local');
  await page.getByLabel('密码').fill('E2E-Admin-Password-1');
  await page.getByTestId('submit').click();
  await expect(page.getByTestId('welcome')).toBeVisible();
  await openMenuIfMobile(page);
  await page.getByTestId('nav-users').click();
  await expect(page.getByRole('heading', { name: '用户与角色' })).toBeVisible();
  // The demo's members fill the first pages; a search finds the admin's own row.
  await page.getByTestId('user-search').fill('admin@e2e');
  await page.getByTestId('user-search').press('Enter');
  await expect(page.getByText('admin@e2e.local')).toBeVisible();
  await expect(page.getByTestId('own-account')).toBeVisible();
  await shot(page, '06-admin-users');
});

test('two tabs opening at once both stay signed in', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/login');
  await first.getByLabel('电子邮箱').fill('admin@e2e.local');
  await first.getByLabel('密码').fill('E2E-Admin-Password-1');
  await first.getByTestId('submit').click();
  await expect(first.getByTestId('welcome')).toBeVisible();
  const second = await context.newPage();
  // Each load restores the session from the one refresh cookie the tabs share, at the same moment.
  for (let round = 0; round < 3; round++) {
    await Promise.all([first.goto('/account'), second.goto('/account')]);
    for (const tab of [first, second]) {
      await expect(tab).toHaveURL(/\/account$/);
      await expect(tab.getByTestId('user-menu')).toBeVisible();
    }
  }
  // And the session is still good afterwards.
  await first.reload();
  await expect(first).toHaveURL(/\/account$/);
});

test('a fresh start is alive: the talent pool lists the demo members, marked as demo', async ({ page }) => {
  await page.goto('/talent-pool');
  const rows = page.getByTestId('pool-table').locator('tbody tr');
  await expect(rows.first()).toContainText('（演示）');
  expect(await rows.count()).toBeGreaterThanOrEqual(10);
  await shot(page, '07-demo-talent-pool');
});
