import { expect, request as playwrightRequest, test } from '@playwright/test';
import { E2E_ADMIN } from '../playwright.config';
import { approvedMember as member, MEMBER_PASSWORD as PASSWORD, PDF, shot, signIn, signOut } from './support';

test('staff publish a targeted announcement and an opportunity; the member they fit sees both, the reasons and the bell; the other does not', async ({
  page,
  baseURL,
}) => {
  // Unique per run: the desktop and phone runs share one server.
  const stamp = Date.now().toString().slice(-5);
  const api = await playwrightRequest.newContext({ baseURL });
  const admin = await (await api.post('/api/auth/login', { data: E2E_ADMIN })).json();
  // A small electronics maker in Xiangzhou and a large chemicals plant in Jinwan, both in Zhuhai.
  const small = await member(
    api,
    admin.accessToken,
    1,
    {
      industryCode: '3911',
      regionCode: '440402',
      employees: 120,
      revenue: 8000,
      totalAssets: 6000,
    },
    stamp,
  );
  const large = await member(
    api,
    admin.accessToken,
    2,
    {
      industryCode: '2614',
      regionCode: '440404',
      employees: 1500,
      revenue: 90000,
      totalAssets: 80000,
    },
    stamp,
  );
  const title = `珠海市小微工业企业质量提升政策${stamp}`;
  const opportunity = `小微企业质量提升补贴${stamp}`;

  // Staff publish an announcement for small and micro manufacturers in Zhuhai, and an opportunity.
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.goto('/announcements');
  await page.getByTestId('new-announcement').click();
  await page.getByTestId('ann-title').fill(title);
  await page.getByTestId('ann-body').fill('适用于**珠海市**小微工业企业。');
  await page.getByTestId('ann-audience-segment').click();
  await page.getByTestId('ann-industries').fill('C');
  await page.getByTestId('ann-regions').fill('4404');
  await page.getByTestId('ann-sizes').click();
  await page.locator('nz-option-item', { hasText: '小型' }).click();
  await page.locator('nz-option-item', { hasText: '微型' }).click();
  await page.getByTestId('ann-title').click();
  await shot(page, '20-announcement-editor');
  await page.getByTestId('ann-publish').click();
  await expect(page.getByTestId('ann-list')).toContainText(title);

  await page.goto('/opportunities');
  await page.getByTestId('new-opportunity').click();
  await page.getByTestId('opp-title').fill(opportunity);
  await page.getByTestId('opp-benefit').fill('最高 20 万元');
  await page.getByTestId('opp-deadline').fill('2099-12-31');
  await page.getByTestId('opp-sizes').click();
  await page.locator('nz-option-item', { hasText: '小型' }).click();
  await page.locator('nz-option-item', { hasText: '微型' }).click();
  await page.getByTestId('opp-title').click();
  await page.getByTestId('opp-industries').fill('B, C, D');
  await page.getByTestId('opp-regions').fill('4404');
  await page.getByTestId('opp-save').click();
  await expect(page.getByTestId('opp-board')).toContainText(opportunity);
  // Its application form, attached on the opportunity's page.
  await page.getByTestId('opp-board').getByRole('link', { name: opportunity }).click();
  await page
    .getByTestId('attachment-input')
    .setInputFiles({ name: '申报表.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.getByTestId('attachment-list')).toContainText('申报表.pdf');
  await shot(page, '20b-opportunity-staff');
  await signOut(page);

  // The small manufacturer: the bell counts the announcement, the list shows it, the match says why.
  await signIn(page, small.email, PASSWORD);
  await expect(page.getByTestId('bell')).toContainText(/[1-9]/);
  // The home page's digest: the new announcement, unread, and what fits, with days left.
  await expect(page.getByTestId('home-announcements')).toContainText(title);
  await expect(page.getByTestId('home-announcements')).toContainText('未读');
  await expect(page.getByTestId('home-opportunities')).toContainText(/天后截止|截止 \d{4}-\d\d-\d\d/);
  await shot(page, '19-member-home');
  await page.goto('/announcements');
  await expect(page.getByTestId('ann-list')).toContainText(title);
  await page.goto('/opportunities');
  const mine = page.getByTestId('opp-matched').locator('nz-card', { hasText: opportunity });
  await expect(mine).toContainText('符合');
  await expect(mine).toContainText('企业规模符合');
  await expect(mine).toContainText('所属地区符合');
  await shot(page, '21-opportunities-matched');
  await mine.getByRole('link', { name: opportunity }).click();
  await expect(page.getByTestId('attachment-list')).toContainText('申报表.pdf');
  await expect(page.getByTestId('opp-criteria')).toContainText('企业规模：小型、微型');
  await expect(page.getByTestId('opp-criteria')).toContainText('所在地区：珠海市');
  await page.goto('/opportunities');
  // A calendar subscription: a secret address that a calendar app fetches without signing in.
  await page.getByTestId('opp-calendar').click();
  // The button waits (loading) until the subscription's state is known; a click before is not taken.
  await expect(page.getByTestId('opp-feed-create')).not.toHaveClass(/ant-btn-loading/);
  await page.getByTestId('opp-feed-create').click();
  const feedUrl = await page.getByTestId('opp-feed-url').inputValue();
  expect(feedUrl).toMatch(/\/api\/opportunities\/calendar\/[\w-]{43}\.ics$/);
  await shot(page, '21b-calendar-subscription');
  const feed = await api.get(new URL(feedUrl).pathname);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain(opportunity);
  await page.keyboard.press('Escape');
  // The directory: a two-character search finds the other member; the district filter keeps them.
  await page.goto('/directory');
  await page.getByTestId('dir-search').fill('大型');
  await page.getByTestId('dir-search').press('Enter');
  await expect(page.getByTestId('dir-table')).toContainText(`珠海e2e会员2号${stamp}有限公司`);
  await expect(page.getByTestId('dir-table')).not.toContainText(small.name);
  await page.getByTestId('dir-region').click();
  await page.locator('nz-option-item', { hasText: '金湾区' }).click();
  await expect(page.getByTestId('dir-table')).toContainText(`珠海e2e会员2号${stamp}有限公司`);
  await shot(page, '24-directory');
  await page.goto('/notifications');
  await expect(page.getByTestId('notification-list')).toContainText(title);
  await shot(page, '22-member-notifications');
  await signOut(page);

  // The large plant: no announcement, no notification of it, and the match says size.
  await signIn(page, large.email, PASSWORD);
  await page.goto('/announcements');
  await expect(page.getByTestId('ann-list')).not.toContainText(title);
  await page.goto('/notifications');
  await expect(page.getByTestId('notification-list')).not.toContainText(title);
  await page.goto('/opportunities');
  const theirs = page.getByTestId('opp-matched').locator('nz-card', { hasText: opportunity });
  await expect(theirs).toContainText('不符合');
  await expect(theirs).toContainText('企业规模不在适用范围内');
  await shot(page, '23-opportunities-not-matched');
  await api.dispose();
});
