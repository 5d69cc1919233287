import { creditCode, filingBody } from '../../testing/filing-fixtures';
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
    expect(page.body.items.map((n: { title: string }) => n.title)).toEqual([
      expect.stringContaining('已通过'),
      expect.stringContaining('已退回修改'),
    ]);
    expect(page.body.items[1]).toMatchObject({ kind: 'filing', link: '/filing', readAt: null });
    expect(page.body.items[1].body).toContain('请补充培训证书');
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
});
