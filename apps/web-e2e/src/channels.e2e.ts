import { expect, request as playwrightRequest, test, type Page } from '@playwright/test';
import { E2E_ADMIN } from '../playwright.config';
import { approvedMember, MEMBER_PASSWORD, signIn } from './support';

/**
 * Two members talk in a channel, each in a browser of their own: a message, a reply in its thread,
 * then one of them loses the network, writes a message that waits as pending, comes back, and
 * both see the same history, every message once and in order.
 */
test('two members talk in a channel and a thread; a message written offline goes out on reconnect', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  const stamp = Date.now().toString().slice(-5);
  const api = await playwrightRequest.newContext({ baseURL });
  const admin = await (await api.post('/api/auth/login', { data: E2E_ADMIN })).json();
  const staff = { authorization: `Bearer ${admin.accessToken}` };
  const enterprise = {
    industryCode: '3911',
    regionCode: '440402',
    employees: 80,
    revenue: 6000,
    totalAssets: 4000,
  };
  const alice = await approvedMember(api, admin.accessToken, 1, enterprise, stamp);
  const bob = await approvedMember(api, admin.accessToken, 2, enterprise, stamp);
  const name = `来料检验交流${stamp}`;
  const created = await api.post('/api/channels', {
    headers: staff,
    data: { name, description: '来料检验与供应商质量', kind: 'topic', audience: { type: 'members' } },
  });
  const channelId = (await created.json()).id as string;
  const phone = testInfo.project.name.startsWith('mobile');

  // Alice joins from the list; Bob in his own browser.
  await signIn(page, alice.email, MEMBER_PASSWORD);
  await page.goto('/channels');
  await page.locator('li', { hasText: name }).getByRole('button', { name: '加入频道' }).click();
  await expect(page).toHaveURL(new RegExp(`/channels/${channelId}$`));
  await expect(page.getByTestId('channel-title')).toHaveText(name);

  const bobContext = await browser.newContext({ ...testInfo.project.use, baseURL });
  const bobPage = await bobContext.newPage();
  await signIn(bobPage, bob.email, MEMBER_PASSWORD);
  await bobPage.goto('/channels');
  await bobPage.locator('li', { hasText: name }).getByRole('button', { name: '加入频道' }).click();
  await expect(bobPage.getByTestId('channel-title')).toHaveText(name);

  // A message, seen at once by the other.
  await say(page, '大家好，来料抽检大家用什么标准？');
  await expect(bobPage.getByTestId('message-body').filter({ hasText: '来料抽检' })).toBeVisible();

  // Bob answers in its thread; Alice sees the reply count, opens the thread and reads it.
  const first = bobPage.getByTestId('message').filter({ hasText: '来料抽检' });
  await first.hover();
  await first.getByTestId('reply-in-thread').click();
  const bobThread = bobPage.getByTestId('thread-panel');
  await expect(bobThread).toBeVisible();
  await say(bobPage, 'GB/T 2828.1，一般检验水平 II', bobThread);
  await expect(bobThread.getByTestId('message-body').filter({ hasText: '2828.1' })).toBeVisible();
  const threadLink = page.getByTestId('message').filter({ hasText: '来料抽检' }).getByTestId('thread-link');
  await expect(threadLink).toHaveText(/1 条回复/);
  await threadLink.click();
  await expect(
    page.getByTestId('thread-panel').getByTestId('message-body').filter({ hasText: '2828.1' }),
  ).toBeVisible();
  if (phone) {
    await page.goto(`/channels/${channelId}`);
    await bobPage.goto(`/channels/${channelId}`);
    await expect(page.getByTestId('message-body').filter({ hasText: '来料抽检' })).toBeVisible();
  }

  // Alice loses the network: her message waits as pending, and goes out when she is back.
  await page.context().setOffline(true);
  await say(page, '离线时写下的一条消息');
  const pending = page.getByTestId('pending-message');
  await expect(pending).toHaveAttribute('data-state', 'pending');
  await page.waitForTimeout(500);
  await expect(bobPage.getByTestId('message-body').filter({ hasText: '离线时' })).toHaveCount(0);
  await page.context().setOffline(false);
  await expect(pending).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByTestId('message-body').filter({ hasText: '离线时' })).toHaveCount(1);
  await expect(bobPage.getByTestId('message-body').filter({ hasText: '离线时' })).toHaveCount(1);

  // Both hold the same history, each message once, in order (a reload reads it from the server).
  await page.reload();
  await expect(page.locator('cqo-channels-page .conversation').getByTestId('message-body')).toHaveCount(2);
  const aliceSees = await page
    .locator('cqo-message-list.messages')
    .first()
    .getByTestId('message-body')
    .allInnerTexts();
  const bobSees = await bobPage
    .locator('cqo-message-list.messages')
    .first()
    .getByTestId('message-body')
    .allInnerTexts();
  expect(aliceSees).toEqual(['大家好，来料抽检大家用什么标准？', '离线时写下的一条消息']);
  expect(bobSees).toEqual(aliceSees);
  await bobContext.close();
});

/** Types a message into the composer of `scope` (the conversation, or a thread panel) and sends it with Enter. */
async function say(
  page: Page,
  text: string,
  scope = page.locator('cqo-channels-page .conversation'),
): Promise<void> {
  const composer = scope.getByTestId('composer');
  await composer.fill(text);
  await composer.press('Enter');
}

/**
 * A member writes to another from the directory; the other reports the message; staff hide it from
 * the reports queue, and the writer's open conversation shows it hidden at once.
 */
test('a direct message from the directory, reported, hidden by staff from the queue', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  const stamp = Date.now().toString().slice(-5);
  const api = await playwrightRequest.newContext({ baseURL });
  const admin = await (await api.post('/api/auth/login', { data: E2E_ADMIN })).json();
  const enterprise = {
    industryCode: '2929',
    regionCode: '440403',
    employees: 60,
    revenue: 5000,
    totalAssets: 3000,
  };
  const writer = await approvedMember(api, admin.accessToken, 3, enterprise, stamp);
  const reader = await approvedMember(api, admin.accessToken, 4, enterprise, stamp);
  const readerLogin = await (
    await api.post('/api/auth/login', { data: { email: reader.email, password: MEMBER_PASSWORD } })
  ).json();
  const readerAuth = { authorization: `Bearer ${readerLogin.accessToken}` };
  const readerId = (await (await api.get('/api/auth/me', { headers: readerAuth })).json()).id as string;

  await signIn(page, writer.email, MEMBER_PASSWORD);
  await page.goto(`/directory/${readerId}`);
  await page.getByTestId('direct-message').click();
  await expect(page).toHaveURL(/\/channels\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('channel-title')).toHaveText(reader.name);
  await say(page, `加我微信代办补贴${stamp}`);
  const written = page.getByTestId('message').filter({ hasText: `代办补贴${stamp}` });
  await expect(written).toBeVisible();
  // Held by its place in the conversation: its text is what goes away.
  const sent = page.locator(`#${await written.getAttribute('id')}`);

  // The reader reports it (through the API, as the menu does); staff hide it from the queue.
  const channelId = page.url().split('/channels/')[1];
  const history = await (
    await api.get(`/api/channels/${channelId}/messages`, { headers: readerAuth })
  ).json();
  await api.post(`/api/messages/${history.items[0].id}/report`, {
    headers: readerAuth,
    data: { reason: '广告' },
  });
  const staffContext = await browser.newContext({ ...testInfo.project.use, baseURL });
  const staffPage = await staffContext.newPage();
  await signIn(staffPage, E2E_ADMIN.email, E2E_ADMIN.password);
  await staffPage.goto('/channels/moderation');
  const report = staffPage.getByTestId('report').filter({ hasText: `代办补贴${stamp}` });
  await report.getByRole('textbox').fill('违规广告');
  await report.getByRole('button', { name: '隐藏' }).click();
  await expect(report).toHaveCount(0);
  await expect(sent).toContainText('此消息已被管理员隐藏');
  await staffContext.close();
});
