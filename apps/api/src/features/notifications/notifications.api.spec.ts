import type { AppNotification, NotificationMessage } from '@cqo/contracts';
import { worded } from '../../testing/notifications';
import { JobsService } from '../../platform/jobs/jobs.service';
import { creditCode, filingBody, attachRequired } from '../../testing/filing-fixtures';
import { NotificationsService } from './notifications.service';
import { startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('in-app notifications', () => {
  it('tell the applicant of each decision on their filing, newest first, until read', async () => {
    const applicant = await t.userWithRoles(['applicant']);
    const other = await t.userWithRoles(['applicant']);
    const staff = await t.userWithRoles(['staff']);
    expect((await applicant.get('/api/notifications')).body).toEqual({ items: [], total: 0, unread: 0 });

    const id = (await applicant.post('/api/filings', filingBody(creditCode('MA4UNQT1')))).body.id;
    await attachRequired(applicant, id);
    expect((await applicant.post(`/api/filings/${id}/submit`)).text).toContain('submitted');
    const returned = await staff.post(`/api/filings/${id}/review`, {
      decision: 'return',
      comment: '请补充培训证书',
    });
    expect(returned.text).toContain('returned');
    await applicant.post(`/api/filings/${id}/submit`);
    await staff.post(`/api/filings/${id}/review`, { decision: 'approve' });

    const page = await applicant.get('/api/notifications');
    expect(page.body.unread).toBe(2);
    // Kept as a key and parameters, worded in each reader's language, with no other language's tail.
    expect(page.body.items[1]).toMatchObject({
      kind: 'filing',
      link: '/filing',
      readAt: null,
      message: { key: 'filing.decided', params: { decision: 'return', comment: '请补充培训证书' } },
    });
    expect(page.body.items.map((n: AppNotification) => worded(n).title)).toEqual([
      '首席质量官备案已通过',
      '首席质量官备案已退回修改',
    ]);
    expect(page.body.items.map((n: AppNotification) => worded(n, 'en').title)).toEqual([
      'Your CQO filing is approved',
      'Your CQO filing was returned for changes',
    ]);
    expect(worded(page.body.items[1]).body).toContain('审核意见：请补充培训证书');
    expect(worded(page.body.items[1], 'en').body).toContain('Comment: 请补充培训证书');
    expect((await other.get('/api/notifications')).body.total).toBe(0);

    // Someone else cannot mark them read; the owner can, one by one or all.
    const [newest, oldest] = page.body.items.map((n: { id: string }) => n.id);
    expect((await other.post('/api/notifications/read', { ids: [newest] })).body.unread).toBe(0);
    expect((await applicant.get('/api/notifications?unread=true')).body.total).toBe(2);
    expect((await applicant.post('/api/notifications/read', { ids: [oldest] })).body).toEqual({ unread: 1 });
    expect((await applicant.get('/api/notifications?unread=true')).body.items[0].id).toBe(newest);
    expect((await applicant.post('/api/notifications/read', { all: true })).body).toEqual({ unread: 0 });
  });

  it('refuses a malformed request with field codes', async () => {
    const user = await t.userWithRoles(['applicant']);
    const res = await user.post('/api/notifications/read', { ids: ['not-a-uuid'] });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'ids', code: 'INVALID_UUID' })]);
    expect((await user.post('/api/notifications/read', {})).status).toBe(400);
  });

  it('follows each user’s preferences: off in the app, and one daily digest e-mail instead of one per item', async () => {
    const applicant = await t.userWithRoles(['applicant']);
    const admin = await t.admin();
    expect((await applicant.get('/api/notifications/preferences')).body.filing).toEqual({
      inApp: true,
      email: 'instant',
    });
    const set = await applicant.put('/api/notifications/preferences', {
      filing: { inApp: false, email: 'daily' },
    });
    expect(set.body.filing).toEqual({ inApp: false, email: 'daily' });
    expect(set.body.announcement).toEqual({ inApp: true, email: 'daily' });
    expect(
      (await applicant.put('/api/notifications/preferences', { filing: { inApp: 'no', email: 'hourly' } }))
        .status,
    ).toBe(400);

    const me = (await applicant.get('/api/auth/me')).body;
    const outbox = async () =>
      (await admin.get('/api/admin/outbox?pageSize=100')).body.items.filter(
        (m: { to: string }) => m.to === me.email,
      );

    // Nothing is in the app; nothing is mailed at once; the digest at 08:00 carries it.
    const jobs = t.app.get(JobsService);
    await t.app
      .get(NotificationsService)
      .notify([me.id], { kind: 'filing', message: text('测试摘要一'), link: '/filing' });
    await t.app.get(NotificationsService).notify([me.id], { kind: 'filing', message: text('测试摘要二') });
    await jobs.drain();
    expect((await applicant.get('/api/notifications')).body.total).toBe(0);
    expect(await outbox()).toHaveLength(0);
    await jobs.drain(new Date(Date.now() + 86_400_000 + 60_000));
    const mails = await outbox();
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain('2 条');
    expect(mails[0].text).toContain('测试摘要一');
    expect(mails[0].text).toContain('测试摘要二');
  });

  it('e-mails each user in the language they chose, and refuses a language the product does not speak', async () => {
    const reader = await t.userWithRoles(['applicant']);
    const admin = await t.admin();
    const me = (await reader.get('/api/auth/me')).body;
    expect(me.language).toBe('zh-CN');
    expect((await reader.patch('/api/auth/me', { language: 'fr' })).status).toBe(400);
    const changed = await reader.patch('/api/auth/me', { language: 'en' });
    expect(changed.status).toBe(200);
    expect(changed.body.language).toBe('en');
    expect((await reader.get('/api/auth/me')).body.language).toBe('en');

    const message: NotificationMessage = {
      key: 'opportunity.deadline',
      params: { kind: 'award', title: '珠海市政府质量奖', window: '1d' },
    };
    // Staged without the push that wakes the worker, so this drain is the one that mails it.
    await t.app
      .get(NotificationsService)
      .stage([me.id], { kind: 'reminder', message, link: '/opportunities' });
    await t.app.get(JobsService).drain();
    const mails = (await admin.get('/api/admin/outbox?pageSize=100')).body.items.filter(
      (m: { to: string }) => m.to === me.email,
    );
    expect(mails).toHaveLength(1);
    // English words around the award's own (Chinese) name; no Chinese greeting or tail.
    expect(mails[0].subject).toBe('[Quality award] 珠海市政府质量奖 · closes tomorrow');
    expect(mails[0].text).toContain(`Dear ${me.displayName},`);
    expect(mails[0].text).not.toContain('您好');
    expect(mails[0].text).not.toContain('截止');
  });
});

const text = (title: string): NotificationMessage => ({ key: 'text', params: { title } });
