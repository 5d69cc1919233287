import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN } from '../playwright.config';
import { signIn } from './support';

/** WCAG 2.1 A and AA rules that axe can decide by itself (labels, names, contrast, structure). */
async function violations(page: Page): Promise<string[]> {
  // Let the page's requests settle (a badge appears when its count arrives) and entry animations
  // finish: contrast is measured on what is painted.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
  // (A spinner turns for ever: after three seconds, measure anyway.)
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, {
      timeout: 3000,
    })
    .catch(() => undefined);
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

const PUBLIC_PAGES = [
  '/',
  '/talent-pool',
  '/size-calculator',
  '/announcements',
  '/opportunities',
  '/cases',
  '/consultations',
  '/search?q=%E8%B4%A8%E9%87%8F',
  '/login',
  '/register',
];
const SIGNED_IN_PAGES = [
  '/',
  '/directory',
  '/announcements',
  '/opportunities',
  '/notifications',
  '/filing',
  '/account',
  '/review',
  '/cases',
  '/cases?scope=review',
  '/cases/new',
  '/channels',
  '/channels/moderation',
  '/consultations',
  '/consultations/new',
  '/dashboard',
  '/dashboard?region=440402',
  '/admin/users',
  '/admin/audit',
];

test('public pages pass the automatic WCAG 2.1 AA checks', async ({ page }) => {
  for (const path of PUBLIC_PAGES) {
    await page.goto(path);
    await expect(page.locator('main, .page').first()).toBeVisible();
    expect(await violations(page), path).toEqual([]);
  }
});

test('staff and member pages pass the automatic WCAG 2.1 AA checks', async ({ page }) => {
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  for (const path of SIGNED_IN_PAGES) {
    await page.goto(path);
    await expect(page.locator('main, .page').first()).toBeVisible();
    expect(await violations(page), path).toEqual([]);
  }
  // A conversation, with the demo's messages.
  await page.goto('/channels');
  await page.getByTestId('channel-link').first().click();
  await expect(page.getByTestId('message').first()).toBeVisible();
  expect(await violations(page), 'a channel').toEqual([]);
  // A consultation with its clauses, a clause's comments, and the results with their charts.
  await page.goto('/consultations');
  await page.locator('[data-testid="cons-list"] a[href^="/consultations/"]').first().click();
  await expect(page.getByTestId('clause-tree')).toBeVisible();
  expect(await violations(page), 'a consultation').toEqual([]);
  await page.getByTestId('clause-4.2').click();
  await expect(page.getByTestId('comment-list')).toBeVisible();
  expect(await violations(page), 'a clause’s comments').toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: '问卷结果' }).click();
  await expect(page.getByTestId('results-responses')).toBeVisible();
  expect(await violations(page), 'survey results').toEqual([]);
});
