import { JobsService } from '../../platform/jobs/jobs.service';
import { SearchIndex } from '../../platform/search/search-index';
import { SearchIndexer } from '../../platform/search/search-indexer';
import { approvedMember } from '../../testing/members';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';

/**
 * The one search through HTTP, on the real database: what each reader may see (searched for by
 * its exact words), changes reaching the index through the outbox, and bad input refused.
 */
let t: TestApp;
let staff: TestClient;
let small: TestClient & { userId: string };
let large: TestClient & { userId: string };
let jobs: JobsService;

beforeAll(async () => {
  t = await startTestApp({ JOBS_ENABLED: 'false' });
  jobs = t.app.get(JobsService);
  staff = await t.userWithRoles(['staff']);
  small = await approvedMember(t, staff, { cqo: { name: '张伟' } });
  large = await approvedMember(t, staff, {
    enterprise: { name: '珠海大型整机制造有限公司', employees: 1500, revenue: 60000, totalAssets: 80000 },
  });
  await jobs.drain();
}, 120_000);
afterAll(() => t.close());

const found = async (client: TestClient, q: string, more = '') =>
  (await client.get(`/api/search?q=${encodeURIComponent(q)}${more}`)).body as {
    items: {
      id: string;
      kind: string;
      title: string;
      titleHighlighted: string;
      snippet: string;
      url: string;
    }[];
    total: number;
    facets: Record<string, Record<string, number>>;
  };
const ids = async (client: TestClient, q: string) => (await found(client, q)).items.map((i) => i.id);

async function announce(body: object): Promise<string> {
  const created = await staff.post('/api/announcements', { kind: 'policy', body: '正文', ...body });
  expect(created.status).toBe(201);
  expect((await staff.post(`/api/announcements/${created.body.id}/publish`, {})).status).toBe(200);
  await jobs.drain();
  return created.body.id as string;
}

describe('one search', () => {
  it('finds a published announcement by a word inside a compound, highlighted, with where to open it', async () => {
    const id = await announce({
      title: '注塑车间一次良率提升专项补贴',
      body: '对**一次良率**提升明显的企业给予补贴。',
      audience: { type: 'public' },
    });
    const result = await found(t.client(), '良率');
    expect(result.items.map((i) => i.id)).toContain(id);
    const hit = result.items.find((i) => i.id === id)!;
    expect(hit).toMatchObject({ kind: 'announcement', url: `/announcements/${id}` });
    expect(hit.titleHighlighted).toBe('注塑车间一次<mark>良率</mark>提升专项补贴');
    expect(hit.snippet).toContain('<mark>良率</mark>');
    expect(result.facets['kind']).toMatchObject({ announcement: 1 });
    // Traditional characters, and pinyin of the title.
    expect(await ids(t.client(), '注塑車間')).toContain(id);
    expect(await ids(t.client(), 'zhusu')).toContain(id);
  });

  it('keeps members’ and segment announcements from those they are not for, asked for by their exact words', async () => {
    const members = await announce({ title: '会员内部质量沙龙纪要', audience: { type: 'members' } });
    const segment = await announce({
      title: '小微工业企业计量器具补贴通知',
      audience: {
        type: 'segment',
        sizes: ['small', 'micro'],
        industryPrefixes: ['C'],
        regionPrefixes: ['4404'],
      },
    });
    // Not found by those it is not for, even by every word of it (other documents sharing a
    // word may come back: the hidden one never does).
    expect(await ids(t.client(), '会员内部质量沙龙纪要')).not.toContain(members);
    expect(await ids(small, '会员内部质量沙龙纪要')).toEqual([members]);
    expect(await ids(small, '小微工业企业计量器具补贴通知')).toEqual([segment]);
    expect(await ids(large, '小微工业企业计量器具补贴通知')).not.toContain(segment);
    expect(await ids(t.client(), '小微工业企业计量器具补贴通知')).not.toContain(segment);
    expect(await ids(staff, '小微工业企业计量器具补贴通知')).toEqual([segment]);
    expect(
      (await small.get('/api/search/suggest?q=计量器具')).body.items.map((s: { id: string }) => s.id),
    ).toEqual([segment]);
    expect((await large.get('/api/search/suggest?q=计量器具')).body.items).toEqual([]);
  });

  it('follows every change through the outbox: an unpublished announcement leaves the index, an edited one is found by its new words', async () => {
    const id = await announce({ title: '可靠性试验能力建设通知', audience: { type: 'public' } });
    expect(await ids(t.client(), '可靠性试验')).toEqual([id]);
    await staff.post(`/api/announcements/${id}/unpublish`, {});
    // Queued in the same transaction; until the worker runs, the index still has it.
    expect(await ids(t.client(), '可靠性试验')).toEqual([id]);
    await jobs.drain();
    expect(await ids(t.client(), '可靠性试验')).toEqual([]);
    await staff.patch(`/api/announcements/${id}`, { title: '数字化质量平台建设通知' });
    await staff.post(`/api/announcements/${id}/publish`, {});
    await jobs.drain();
    expect(await ids(t.client(), '数字化质量平台')).toEqual([id]);
    expect(await ids(t.client(), '可靠性试验')).toEqual([]);
  });

  it('finds members only for members, by name in pinyin, never by a field they keep from members', async () => {
    await small.put('/api/me/profile', { bio: '擅长失效模式分析与可靠性工程' });
    await small.put('/api/me/privacy', {
      phone: 'staff',
      email: 'members',
      position: 'members',
      bio: 'staff',
      hidden: false,
    });
    await jobs.drain();
    expect(await ids(large, 'zhangwei')).toEqual([small.userId]);
    expect(await ids(large, 'zw')).toContain(small.userId);
    expect(await ids(t.client(), 'zhangwei')).toEqual([]);
    expect(await ids(large, '失效模式分析')).not.toContain(small.userId);
    await small.put('/api/me/privacy', {
      phone: 'staff',
      email: 'members',
      position: 'members',
      bio: 'members',
      hidden: false,
    });
    await jobs.drain();
    expect(await ids(large, '失效模式分析')).toEqual([small.userId]);
    // Hidden from the directory: hidden from the search.
    await small.put('/api/me/privacy', {
      phone: 'staff',
      email: 'members',
      position: 'members',
      bio: 'members',
      hidden: true,
    });
    await jobs.drain();
    expect(await ids(large, 'zhangwei')).toEqual([]);
  });

  it('shows only active members: a disabled account leaves the search, and comes back when enabled', async () => {
    const gone = await approvedMember(t, staff, { cqo: { name: '欧阳停用' } });
    await jobs.drain();
    expect(await ids(large, 'ouyang')).toEqual([gone.userId]);
    const admin = await t.admin();
    expect((await admin.patch(`/api/admin/users/${gone.userId}`, { disabled: true })).status).toBe(200);
    await jobs.drain();
    expect(await ids(large, 'ouyang')).toEqual([]);
    expect((await admin.patch(`/api/admin/users/${gone.userId}`, { disabled: false })).status).toBe(200);
    await jobs.drain();
    expect(await ids(large, 'ouyang')).toEqual([gone.userId]);
    // A rebuild agrees with what the changes left.
    await t.app.get(SearchIndexer).reindex('member');
    expect(await ids(large, 'ouyang')).toEqual([gone.userId]);
  });

  it('finds opportunities for everyone, and a kind filter keeps to one kind', async () => {
    const created = await staff.post('/api/opportunities', {
      kind: 'award',
      title: '珠海市政府质量奖申报',
      body: '表彰质量管理成绩突出的组织。',
      issuer: 'city',
      deadline: '2099-12-31',
      criteria: {},
    });
    expect(created.status).toBe(201);
    await jobs.drain();
    expect(await ids(t.client(), 'zhiliangjiang')).toEqual([created.body.id]);
    expect(await ids(t.client(), '质量奖')).toEqual([created.body.id]);
    expect(
      (await found(t.client(), '质量', '&kind=opportunity')).items.every((i) => i.kind === 'opportunity'),
    ).toBe(true);
  });

  it('heals a lost update at the next start: an emptied index is rebuilt from the data', async () => {
    const index = t.app.get(SearchIndex);
    await index.clear('announcement');
    expect(await ids(t.client(), '良率')).toEqual([]);
    await t.app.get(SearchIndexer).onApplicationBootstrap();
    await jobs.drain();
    expect((await ids(t.client(), '良率')).length).toBe(1);
    const admin = await t.admin();
    const status = await admin.get('/api/admin/search');
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ waiting: 0, oldestWaitingSince: null });
    expect(status.body.documents.announcement).toBeGreaterThanOrEqual(3);
    expect((await staff.get('/api/admin/search')).status).toBe(403);
  });

  it('refuses bad input with field codes, never a 500', async () => {
    const c = t.client();
    expect((await c.get('/api/search')).status).toBe(400);
    expect((await c.get('/api/search?q=a&kind=everything')).status).toBe(400);
    expect((await c.get('/api/search?q=a&industry=Z9')).status).toBe(400);
    expect((await c.get(`/api/search?q=${'长'.repeat(101)}`)).status).toBe(400);
    // Characters the query syntax uses are words like any other.
    for (const q of ["'", '\\', '&|!():*', '<script>', '   '])
      expect((await c.get(`/api/search?q=${encodeURIComponent(q)}`)).status).toBe(200);
  });
});
