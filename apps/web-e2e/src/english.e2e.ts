import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN } from '../playwright.config';
import { shot, signIn } from './support';

/**
 * English mode speaks English: every run of Chinese characters a page shows (text, placeholders,
 * accessible names) must be content someone wrote — an enterprise's or a person's name, an
 * announcement's title — which the page received from the API. Words of the product itself, names
 * the rules library supplies (industries, regions) and dates must all be English.
 */
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g;
/** The language switch names the other language in that language, as every site does. */
const ALLOWED = new Set(['中文']);

interface Sweep {
  /** Every API answer this page received, as text: what users wrote comes from here. */
  answers: string[];
}

function listen(page: Page): Sweep {
  const sweep: Sweep = { answers: [] };
  page.on('response', (response) => {
    if (!response.url().includes('/api/')) return;
    if (!(response.headers()['content-type'] ?? '').includes('json')) return;
    response
      .text()
      // Rich text (a case's body) is shown without its tags and Markdown marks: compare with both.
      .then((text) => sweep.answers.push(text, text.replace(/<[^>]*>|\*\*|__|`/g, '')))
      .catch(() => undefined);
  });
  return sweep;
}

/** What the page shows and says, on screen and to assistive technology. */
async function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[placeholder], [aria-label], [title]')].flatMap((e) =>
      ['placeholder', 'aria-label', 'title'].map((a) => e.getAttribute(a) ?? ''),
    );
    return [document.body.innerText, document.title, ...attributes].join('\n');
  });
}

async function chineseNotFromContent(page: Page, sweep: Sweep, path: string): Promise<string[]> {
  sweep.answers.length = 0;
  await page.goto(path);
  await expect(page.locator('main, .page').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const text = await shownText(page);
  const content = sweep.answers.join('\n');
  const runs = [...new Set(text.match(CHINESE) ?? [])];
  return runs.filter((run) => !ALLOWED.has(run) && !content.includes(run)).map((run) => `${path}: ${run}`);
}

async function inEnglish(page: Page): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('cqo.lang', 'en'));
}

test('English mode shows no Chinese but what people wrote — visitor pages', async ({ page }) => {
  await inEnglish(page);
  const sweep = listen(page);
  const found: string[] = [];
  for (const path of [
    '/',
    '/talent-pool',
    '/size-calculator',
    '/announcements',
    '/opportunities',
    '/cases',
    '/consultations',
    '/login',
    '/register',
  ])
    found.push(...(await chineseNotFromContent(page, sweep, path)));
  await shot(page, '40-english-visitor');
  expect(found).toEqual([]);
});

test('English mode shows no Chinese but what people wrote — staff and member pages', async ({ page }) => {
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await inEnglish(page);
  const sweep = listen(page);
  const found: string[] = [];
  const paths = [
    '/',
    '/directory',
    '/announcements',
    '/opportunities',
    '/notifications',
    '/account',
    '/review',
    '/admin/users',
    '/admin/audit',
    '/admin/outbox',
    '/talent-pool',
    '/cases',
    '/cases?scope=review',
    '/cases/new',
    '/channels',
    '/channels/moderation',
    '/consultations',
    '/consultations?tab=closed',
    '/consultations/new',
    '/dashboard',
  ];
  for (const path of paths) found.push(...(await chineseNotFromContent(page, sweep, path)));
  // A member's page and an opportunity's: industry, district and criteria in English words.
  await page.goto('/directory');
  const member = page.locator('[data-testid="dir-table"] a').first();
  const memberPath = await member.getAttribute('href');
  const opportunity = await (async () => {
    await page.goto('/opportunities');
    return page.locator('a[href^="/opportunities/"]').first().getAttribute('href');
  })();
  const quality = await (async () => {
    await page.goto('/cases');
    return page.locator('[data-testid="case-list"] a[href^="/cases/"]').first().getAttribute('href');
  })();
  const conversation = await (async () => {
    await page.goto('/channels');
    return page.getByTestId('channel-link').first().getAttribute('href');
  })();
  const consultation = await (async () => {
    await page.goto('/consultations');
    return page.locator('[data-testid="cons-list"] a[href^="/consultations/"]').first().getAttribute('href');
  })();
  for (const path of [memberPath, opportunity, quality, conversation, consultation].filter(
    (p): p is string => !!p,
  ))
    found.push(...(await chineseNotFromContent(page, sweep, path)));
  await shot(page, '41-english-staff');
  expect(found).toEqual([]);
});
