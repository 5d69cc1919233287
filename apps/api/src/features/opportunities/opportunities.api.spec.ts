import type { AppNotification } from '@cqo/contracts';
import { worded } from '../../testing/notifications';
import { DataSource } from 'typeorm';
import { Clock } from '../../platform/clock/clock';
import { JobsService } from '../../platform/jobs/jobs.service';
import { approvedMember } from '../../testing/members';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';
import { EXE, PDF, PNG } from '../../testing/upload-fixtures';
import { parseDeadline } from './opportunities.service';

let t: TestApp;
let staff: TestClient;
let small: Awaited<ReturnType<typeof approvedMember>>;
let large: Awaited<ReturnType<typeof approvedMember>>;
let jobs: JobsService;
let clock: Clock;

beforeAll(async () => {
  t = await startTestApp({ JOBS_ENABLED: 'false' });
  jobs = t.app.get(JobsService);
  clock = t.app.get(Clock);
  staff = await t.userWithRoles(['staff']);
  // A small computer maker in Xiangzhou and a large chemicals plant in Jinwan, both in Zhuhai.
  small = await approvedMember(t, staff, { cqo: { name: '李小质', qualityYears: 8 } });
  large = await approvedMember(t, staff, {
    enterprise: {
      industryCode: '2614',
      regionCode: '440404',
      employees: 1200,
      revenue: 90000,
      totalAssets: 80000,
    },
    cqo: { name: '王大质', qualityYears: 15 },
  });
}, 60_000);
afterEach(() => jest.restoreAllMocks());
afterAll(() => t.close());

const SOMEONE = '00000000-0000-4000-8000-000000000000';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

const subsidy = (deadline: string) => ({
  kind: 'subsidy',
  title: '小微工业企业质量提升补贴',
  body: '对通过认证的小微工业企业给予补贴。',
  issuer: 'city',
  issuerName: '珠海市市场监督管理局',
  benefit: '最高 20 万元',
  deadline,
  howToApply: '登录平台提交申报材料',
  criteria: {
    sizes: ['small', 'micro'],
    industryPrefixes: ['B', 'C', 'D'],
    regionPrefixes: ['4404'],
    requiresApprovedFiling: true,
    otherConditions: '近三年无重大质量事故',
  },
});

describe('opportunity board', () => {
  let subsidyId: string;

  it('a small manufacturer in Zhuhai matches a subsidy for small and micro industrial enterprises in 4404; a large one does not, because of its size', async () => {
    const created = await staff.post('/api/opportunities', subsidy(inDays(30)));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ open: true, issuer: 'city', benefit: '最高 20 万元' });
    subsidyId = created.body.id;

    const mine = (await small.get('/api/opportunities/matched')).body.items.find(
      (i: { id: string }) => i.id === subsidyId,
    );
    expect(mine).toMatchObject({ title: '小微工业企业质量提升补贴', matches: true });
    expect(mine.reasons).toEqual(
      expect.arrayContaining([
        { criterion: 'sizes', ok: true, checked: true, code: 'MATCH_SIZE_OK' },
        { criterion: 'industry', ok: true, checked: true, code: 'MATCH_INDUSTRY_OK' },
        { criterion: 'region', ok: true, checked: true, code: 'MATCH_REGION_OK' },
        expect.objectContaining({ criterion: 'otherConditions', checked: false }),
      ]),
    );

    const theirs = (await large.get('/api/opportunities/matched')).body.items.find(
      (i: { id: string }) => i.id === subsidyId,
    );
    expect(theirs.matches).toBe(false);
    expect(theirs.reasons.filter((r: { ok: boolean }) => !r.ok)).toEqual([
      { criterion: 'sizes', ok: false, checked: true, code: 'MATCH_SIZE_MISMATCH' },
    ]);
  });

  it('the board filters by kind, words and open; a past deadline closes by itself', async () => {
    const closed = await staff.post('/api/opportunities', {
      ...subsidy('2020-06-30'),
      kind: 'award',
      title: '珠海市质量奖（2020 年度）',
    });
    expect(closed.body.open).toBe(false);
    const board = await t.client().get('/api/opportunities');
    expect(board.body.items.map((o: { title: string }) => o.title)).toEqual([
      '小微工业企业质量提升补贴',
      '珠海市质量奖（2020 年度）',
    ]);
    expect((await t.client().get('/api/opportunities?open=true')).body.total).toBe(1);
    expect((await t.client().get('/api/opportunities?kind=award&q=质量奖')).body.items[0].open).toBe(false);
    expect(
      (await small.get('/api/opportunities/matched')).body.items.map((i: { id: string }) => i.id),
    ).not.toContain(closed.body.id);
    const bad = await staff.post('/api/opportunities', {
      ...subsidy('next week'),
      kind: 'lottery',
      criteria: { sizes: ['huge'] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['kind', 'deadline', 'criteria.sizes']),
    );
  });

  it('members track their progress; staff see the funnel', async () => {
    expect(
      (await small.put(`/api/opportunities/${subsidyId}/tracking`, { state: 'preparing' })).body.tracking,
    ).toBe('preparing');
    await large.put(`/api/opportunities/${subsidyId}/tracking`, { state: 'interested' });
    expect((await small.put(`/api/opportunities/${subsidyId}/tracking`, { state: 'won' })).status).toBe(400);
    expect((await staff.get(`/api/opportunities/${subsidyId}/funnel`)).body).toEqual({
      interested: 1,
      preparing: 1,
      applied: 0,
      awarded: 0,
      'not-awarded': 0,
    });
    expect((await small.get('/api/opportunities')).body.items[0].tracking).toBe('preparing');
  });

  it('reminds 7 days and 1 day before the deadline, once each, to trackers and members who fit', async () => {
    const deadline = new Date(Date.now() + 10 * 86_400_000);
    const o = (
      await staff.post('/api/opportunities', {
        ...subsidy(deadline.toISOString()),
        title: '标杆企业交流活动',
        kind: 'benchmarking',
      })
    ).body;
    await large.put(`/api/opportunities/${o.id}/tracking`, { state: 'interested' });
    const reminders = async (c: TestClient) =>
      (await c.get('/api/notifications?pageSize=50')).body.items
        .map((n: AppNotification) => worded(n))
        .filter((n: { title: string }) => n.title.includes('标杆企业交流活动'));
    const at = async (time: number) => {
      jest.spyOn(clock, 'now').mockReturnValue(new Date(time));
      await jobs.drain(new Date(time));
    };

    await at(deadline.getTime() - 8 * 86_400_000); // 8 days before: nothing yet
    expect(await reminders(small)).toHaveLength(0);
    await at(deadline.getTime() - 7 * 86_400_000 + 3_600_000); // inside the 7-day mark
    expect((await reminders(small)).map((n: { title: string }) => n.title)).toEqual([
      '【标杆交流】标杆企业交流活动 · 7 天后截止',
    ]);
    expect(await reminders(large)).toHaveLength(1); // tracks it, though it does not fit
    await at(deadline.getTime() - 6 * 86_400_000); // the next hourly run: no repeat
    expect(await reminders(small)).toHaveLength(1);
    await at(deadline.getTime() - 20 * 3_600_000); // inside the 1-day mark
    expect((await reminders(small)).map((n: { title: string }) => n.title)[0]).toContain('明天截止');
    expect(await reminders(small)).toHaveLength(2);
    await at(deadline.getTime() - 3_600_000);
    expect(await reminders(small)).toHaveLength(2);
  });

  it('exports the deadlines a member tracks or fits as an iCalendar file', async () => {
    const res = await small.get('/api/opportunities/deadlines.ics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    expect(res.text).toContain('BEGIN:VCALENDAR');
    expect(res.text).toContain('小微工业企业质量提升补贴');
    expect(res.text).not.toContain('2020 年度');
    expect((res.text.match(/BEGIN:VEVENT/g) ?? []).length).toBeGreaterThanOrEqual(1);
  });

  it('staff attach an application form; everyone who can see the board downloads it; only staff remove it', async () => {
    const id = (await staff.post('/api/opportunities', subsidy(inDays(20)))).body.id;
    const up = await staff.upload(`/api/opportunities/${id}/attachments`, {
      name: '申报表.pdf',
      bytes: PDF,
      type: 'application/pdf',
    });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ name: '申报表.pdf', contentType: 'application/pdf' });

    // Listed on the opportunity's page, for a member and for a visitor alike.
    const page = await small.get(`/api/opportunities/${id}`);
    expect(page.body.attachments).toEqual([expect.objectContaining({ id: up.body.id, name: '申报表.pdf' })]);
    const visitor = t.client();
    const file = await visitor.get(`/api/opportunities/${id}/attachments/${up.body.id}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toContain(encodeURIComponent('申报表.pdf'));
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.text.startsWith('%PDF')).toBe(true);

    // A program named like a PDF is refused; a member may not upload; a file of another opportunity is not found here.
    const disguised = await staff.upload(`/api/opportunities/${id}/attachments`, {
      name: '表格.pdf',
      bytes: EXE,
    });
    expect(disguised.status).toBe(415);
    expect(disguised.body.code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(
      (await small.upload(`/api/opportunities/${id}/attachments`, { name: 'a.png', bytes: PNG })).status,
    ).toBe(403);
    const other = (await staff.post('/api/opportunities', subsidy(inDays(25)))).body.id;
    expect((await visitor.get(`/api/opportunities/${other}/attachments/${up.body.id}`)).body.code).toBe(
      'FILE_NOT_FOUND',
    );
    expect(
      (await staff.upload(`/api/opportunities/${SOMEONE}/attachments`, { name: 'a.pdf', bytes: PDF })).body
        .code,
    ).toBe('OPPORTUNITY_NOT_FOUND');

    expect((await small.delete(`/api/opportunities/${id}/attachments/${up.body.id}`)).status).toBe(403);
    expect((await staff.delete(`/api/opportunities/${id}/attachments/${up.body.id}`)).status).toBe(204);
    expect((await small.get(`/api/opportunities/${id}`)).body.attachments).toEqual([]);
    expect((await visitor.get(`/api/opportunities/${id}/attachments/${up.body.id}`)).status).toBe(404);
  });

  it('gives a member a secret calendar address that a calendar app can fetch without signing in', async () => {
    expect((await small.get('/api/opportunities/calendar-feed')).body).toEqual({
      active: false,
      createdAt: null,
      lastReadAt: null,
    });
    const made = await small.post('/api/opportunities/calendar-feed');
    expect(made.status).toBe(201);
    const url = new URL(made.body.url);
    expect(url.pathname).toMatch(/^\/api\/opportunities\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);

    // No token, no cookie: the address is the credential.
    const fetched = await t.client().get(url.pathname);
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('content-type')).toContain('text/calendar');
    expect(fetched.text).toContain('小微工业企业质量提升补贴');
    const status = (await small.get('/api/opportunities/calendar-feed')).body;
    expect(status).toMatchObject({ active: true, createdAt: made.body.createdAt });
    expect(status.lastReadAt).not.toBeNull();

    // The address is kept only as a hash, and a new one retires the old one at once.
    const token = url.pathname.split('/').pop()!.replace('.ics', '');
    const stored: unknown[] = await t.app.get(DataSource).query('SELECT * FROM calendar_feeds');
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);
    const again = new URL((await small.post('/api/opportunities/calendar-feed')).body.url);
    expect((await t.client().get(url.pathname)).body.code).toBe('CALENDAR_FEED_NOT_FOUND');
    expect((await t.client().get(again.pathname)).status).toBe(200);

    // Made-up and malformed addresses are not found, not errors.
    expect((await t.client().get(`/api/opportunities/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await t.client().get('/api/opportunities/calendar/%27%20OR%201=1.ics')).status).toBe(404);

    // Turned off: gone; turning off twice says there is nothing to turn off.
    expect((await small.delete('/api/opportunities/calendar-feed')).status).toBe(204);
    expect((await t.client().get(again.pathname)).status).toBe(404);
    expect((await small.delete('/api/opportunities/calendar-feed')).body.code).toBe(
      'CALENDAR_FEED_NOT_FOUND',
    );
  });

  it('a calendar address stops working when its account is disabled', async () => {
    const member = await approvedMember(t, staff, { cqo: { name: '赵日历' } });
    const url = new URL((await member.post('/api/opportunities/calendar-feed')).body.url);
    expect((await t.client().get(url.pathname)).status).toBe(200);
    const admin = await t.admin();
    expect((await admin.patch(`/api/admin/users/${member.userId}`, { disabled: true })).status).toBe(200);
    expect((await t.client().get(url.pathname)).status).toBe(404);
  });

  it('refuses a deadline that is not on the calendar, with the field, and keeps the board as it was', async () => {
    const before = (await staff.get('/api/opportunities')).body.total;
    for (const deadline of [
      '2026-02-30',
      '2026-13-45',
      '2026-12-31T25:00:00+08:00',
      '0000-01-01',
      '2026-12-31T10:00',
    ]) {
      const res = await staff.post('/api/opportunities', subsidy(deadline));
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([
        expect.objectContaining({ field: 'deadline', code: 'INVALID_DATE' }),
      ]);
    }
    expect((await staff.get('/api/opportunities')).body.total).toBe(before);
    expect((await staff.post('/api/opportunities', subsidy('2028-02-29'))).status).toBe(201);
  });

  it('reads a bare day as the end of that day in Beijing time', () => {
    expect(parseDeadline('2026-12-31').toISOString()).toBe('2026-12-31T15:59:59.000Z');
    expect(parseDeadline('2026-12-31T10:00:00+08:00').toISOString()).toBe('2026-12-31T02:00:00.000Z');
  });
});
