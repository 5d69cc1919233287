import type { AppNotification } from '@cqo/contracts';
import { worded } from '../../testing/notifications';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobsService } from '../../platform/jobs/jobs.service';
import { approvedMember } from '../../testing/members';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';
import { PDF } from '../../testing/upload-fixtures';

let t: TestApp;
let staff: TestClient;
let small: Awaited<ReturnType<typeof approvedMember>>;
let large: Awaited<ReturnType<typeof approvedMember>>;
let applicant: TestClient;
let jobs: JobsService;

beforeAll(async () => {
  t = await startTestApp({ JOBS_ENABLED: 'false' });
  jobs = t.app.get(JobsService);
  staff = await t.userWithRoles(['staff']);
  // A small computer maker in Xiangzhou (Zhuhai) and a large chemicals plant in Jinwan (Zhuhai).
  small = await approvedMember(t, staff, { cqo: { name: '李小质' } });
  large = await approvedMember(t, staff, {
    enterprise: {
      industryCode: '2614',
      regionCode: '440404',
      employees: 1200,
      revenue: 90000,
      totalAssets: 80000,
    },
    cqo: { name: '王大质' },
  });
  applicant = await t.userWithRoles(['applicant']);
  await jobs.drain();
}, 60_000);
afterAll(() => t.close());

const titles = (res: { body: { items: { title: string }[] } }) => res.body.items.map((i) => i.title);
const announcementNotes = async (c: TestClient) =>
  (await c.get('/api/notifications?pageSize=100')).body.items
    .filter((n: { kind: string }) => n.kind === 'announcement')
    .map((n: AppNotification) => worded(n));

async function publish(body: object): Promise<string> {
  const created = await staff.post('/api/announcements', body);
  expect(created.status).toBe(201);
  const published = await staff.post(`/api/announcements/${created.body.id}/publish`, {});
  expect(published.body.status).toBe('published');
  await jobs.drain();
  return created.body.id;
}

describe('announcements', () => {
  it('a segment announcement reaches only the members it targets — in the list and as a notification', async () => {
    const id = await publish({
      kind: 'policy',
      title: '小微工业企业质量提升补贴政策',
      body: '适用于**珠海市**小微工业企业。',
      audience: {
        type: 'segment',
        industryPrefixes: ['C'],
        regionPrefixes: ['4404'],
        sizes: ['small', 'micro'],
      },
    });
    expect(titles(await small.get('/api/announcements'))).toContain('小微工业企业质量提升补贴政策');
    expect(titles(await large.get('/api/announcements'))).not.toContain('小微工业企业质量提升补贴政策');
    expect(titles(await t.client().get('/api/announcements'))).not.toContain('小微工业企业质量提升补贴政策');
    expect((await large.get(`/api/announcements/${id}`)).status).toBe(404);
    expect((await applicant.get(`/api/announcements/${id}`)).status).toBe(404);

    const [note] = await announcementNotes(small);
    expect(note).toMatchObject({
      title: '【政策】小微工业企业质量提升补贴政策',
      link: `/announcements/${id}`,
    });
    expect(await announcementNotes(large)).toEqual([]);
  });

  it('a public announcement is for visitors too; the Markdown is rendered and made safe', async () => {
    const id = await publish({
      kind: 'notice',
      title: '关于开展质量月活动的通知',
      body: '# 通知\n\n<script>alert(1)</script>\n\n[报名](javascript:alert(1)) · [详情](https://example.cn/a)',
      audience: { type: 'public' },
      pinned: true,
    });
    const anon = await t.client().get(`/api/announcements/${id}`);
    expect(anon.status).toBe(200);
    expect(anon.body.bodyHtml).toContain('<h1>通知</h1>');
    // Raw HTML stays text, a javascript: link is not a link.
    expect(anon.body.bodyHtml).not.toMatch(/<script|href="javascript:/i);
    expect(anon.body.bodyHtml).toContain('&lt;script&gt;');
    expect(anon.body.bodyHtml).toContain('href="https://example.cn/a"');
    expect(titles(await t.client().get('/api/announcements?kind=notice&q=质量月'))).toEqual([
      '关于开展质量月活动的通知',
    ]);
    // Pinned first for members; every member was notified.
    expect(titles(await large.get('/api/announcements'))[0]).toBe('关于开展质量月活动的通知');
    expect((await announcementNotes(large)).map((n: { title: string }) => n.title)).toContain(
      '【通知】关于开展质量月活动的通知',
    );
  });

  it('staff see who read it, and remind only those who have not', async () => {
    const id = await publish({
      kind: 'standard',
      title: '团体标准征求意见',
      body: '请各位会员阅读。',
      audience: { type: 'members' },
    });
    expect((await small.get(`/api/announcements/${id}`)).body.read).toBe(true);
    const receipts = await staff.get(`/api/announcements/${id}/reads`);
    expect(receipts.body).toMatchObject({
      audience: 2,
      read: 1,
      readers: [{ userId: small.userId, name: '李小质' }],
    });
    expect(
      (await small.get('/api/announcements')).body.items.find((a: { id: string }) => a.id === id).read,
    ).toBe(true);

    expect((await staff.post(`/api/announcements/${id}/remind`)).status).toBe(202);
    await jobs.drain();
    const remind = (n: { title: string }) => n.title.startsWith('提醒阅读');
    expect((await announcementNotes(large)).filter(remind)).toHaveLength(1);
    expect((await announcementNotes(small)).filter(remind)).toHaveLength(0);
  });

  it('a scheduled announcement publishes itself at its time; unpublishing takes it down', async () => {
    const at = new Date(Date.now() + 3_600_000);
    const created = await staff.post('/api/announcements', {
      kind: 'training',
      title: '首席质量官培训班报名',
      body: '名额有限。',
      audience: { type: 'members' },
    });
    const scheduled = await staff.post(`/api/announcements/${created.body.id}/publish`, {
      at: at.toISOString(),
    });
    expect(scheduled.body).toMatchObject({ status: 'scheduled', publishAt: at.toISOString() });
    await jobs.drain();
    expect(titles(await small.get('/api/announcements'))).not.toContain('首席质量官培训班报名');
    expect(titles(await staff.get('/api/announcements?status=scheduled'))).toContain('首席质量官培训班报名');

    await jobs.drain(new Date(at.getTime() + 1000));
    expect(titles(await small.get('/api/announcements'))).toContain('首席质量官培训班报名');
    expect((await announcementNotes(small)).map((n: { title: string }) => n.title)).toContain(
      '【培训】首席质量官培训班报名',
    );

    await staff.post(`/api/announcements/${created.body.id}/unpublish`);
    expect(titles(await small.get('/api/announcements'))).not.toContain('首席质量官培训班报名');
  });

  it('attachments: staff attach a PDF; only readers of the announcement download it', async () => {
    const created = await staff.post('/api/announcements', {
      kind: 'standard',
      title: '团体标准草案（附件）',
      body: '见附件。',
      audience: { type: 'segment', sizes: ['small'] },
    });
    const id = created.body.id;
    await staff.post(`/api/announcements/${id}/publish`, {});
    const up = await staff.upload(`/api/announcements/${id}/attachments`, {
      name: '标准草案.pdf',
      bytes: PDF,
      type: 'application/pdf',
    });
    expect(up.status).toBe(201);
    expect((await small.get(`/api/announcements/${id}`)).body.attachments).toEqual([
      expect.objectContaining({ id: up.body.id, name: '标准草案.pdf' }),
    ]);
    const path = `/api/announcements/${id}/attachments/${up.body.id}`;
    const file = await small.get(path);
    expect(file.status).toBe(200);
    expect(file.text.startsWith('%PDF')).toBe(true);
    // Outside the audience, the announcement and so its files are not there.
    expect((await large.get(path)).status).toBe(404);
    expect((await t.client().get(path)).status).toBe(404);
    expect((await staff.delete(path)).status).toBe(204);
    expect((await small.get(path)).status).toBe(404);
  });

  it('refuses bad input with field codes', async () => {
    const bad = await staff.post('/api/announcements', {
      kind: 'rumour',
      title: '',
      body: 'x',
      audience: { type: 'segment', regionPrefixes: ['zhuhai'], sizes: ['giant'] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['kind', 'title', 'audience.regionPrefixes', 'audience.sizes']),
    );
    expect((await staff.post(`/api/announcements/${small.userId}/publish`, {})).body.code).toBe(
      'ANNOUNCEMENT_NOT_FOUND',
    );
  });

  it('fans out to every member in chunks, in the background', async () => {
    // 2,100 more members, inserted directly: three chunks of up to 1,000.
    const ds = t.app.get<DataSource>(getDataSourceToken());
    await ds.query(
      `INSERT INTO users (email, display_name, password_hash, roles)
       SELECT 'bulk' || g || '@example.cn', '会员' || g, 'x', '{member}' FROM generate_series(1, 2100) g`,
    );
    const id = await publish({
      kind: 'notice',
      title: '全体会员通知',
      body: '…',
      audience: { type: 'members' },
    });
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM notifications WHERE link = $1`, [
      `/announcements/${id}`,
    ]);
    expect(n).toBe(2102);
  });
});
