import { JobsService } from '../../platform/jobs/jobs.service';
import { approvedMember } from '../../testing/members';
import { worded } from '../../testing/notifications';
import { describeRaces, RACE_ROUNDS } from '../../testing/races';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';
import { PNG } from '../../testing/upload-fixtures';

/**
 * The case library through HTTP on the real database: the workflow (draft → submitted →
 * published or returned; a published case's edit waits for review while readers keep the
 * published version), who sees what (visitors: title and summary), likes, bookmarks, views,
 * comments, related cases, featuring, search through the library, and bad input refused.
 */
let t: TestApp;
let staff: TestClient;
let author: TestClient & { userId: string };
let reader: TestClient & { userId: string };
let jobs: JobsService;

beforeAll(async () => {
  t = await startTestApp({ JOBS_ENABLED: 'false' });
  jobs = t.app.get(JobsService);
  staff = await t.userWithRoles(['staff']);
  author = await approvedMember(t, staff, { enterprise: { name: '珠海格力注塑件有限公司' } });
  reader = await approvedMember(t, staff);
  await jobs.drain();
}, 120_000);
afterAll(() => t.close());

const CASE = {
  title: '注塑车间一次良率提升的六西格玛实践',
  summary: '用 DMAIC 把注塑件一次良率从 92.3% 提升到 98.6%。',
  body: '## 背景\n注塑车间**缩痕**缺陷多。\n\n## 措施\n建立 SPC 控制图，优化保压参数。',
  industryCode: '2927',
  methods: ['六西格玛', '统计过程控制'],
  tags: ['注塑', 'DMAIC'],
  results: [{ metric: '一次合格率', before: '92.3%', after: '98.6%' }],
  year: 2025,
};

async function write(client: TestClient, over: object = {}): Promise<string> {
  const created = await client.post('/api/cases', { ...CASE, ...over });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

async function published(over: object = {}): Promise<string> {
  const id = await write(author, over);
  expect((await author.post(`/api/cases/${id}/submit`)).status).toBe(200);
  expect((await staff.post(`/api/cases/${id}/review`, { decision: 'publish' })).status).toBe(200);
  await jobs.drain();
  return id;
}

const libraryIds = async (client: TestClient, query = '') =>
  ((await client.get(`/api/cases${query}`)).body.items as { id: string }[]).map((i) => i.id);

describe('writing and review', () => {
  it('a member writes a draft for their own enterprise; only they and staff see it until it is published', async () => {
    const created = await author.post('/api/cases', CASE);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      title: CASE.title,
      enterpriseName: '珠海格力注塑件有限公司',
      methods: CASE.methods,
      results: CASE.results,
      editable: true,
    });
    expect(created.body.bodyHtml).toContain('<strong>缩痕</strong>');
    const id = created.body.id;
    expect((await staff.get(`/api/cases/${id}`)).status).toBe(200);
    expect((await reader.get(`/api/cases/${id}`)).status).toBe(404);
    expect((await t.client().get(`/api/cases/${id}`)).status).toBe(404);
    expect(await libraryIds(reader)).not.toContain(id);
    expect(await libraryIds(author, '?scope=mine')).toContain(id);
  });

  it('submit → staff return with a comment → edit → submit → publish; the author hears of each decision', async () => {
    const id = await write(author);
    const submitted = await author.post(`/api/cases/${id}/submit`);
    expect(submitted.body.status).toBe('submitted');
    expect((await author.post(`/api/cases/${id}/submit`)).body.code).toBe('CASE_WRONG_STATE');
    expect(await libraryIds(staff, '?scope=review')).toContain(id);
    // Staff are told a case waits.
    const staffNotes: { title: string; link: string }[] = (
      await staff.get('/api/notifications')
    ).body.items.map((n: never) => worded(n));
    expect(staffNotes.some((n) => n.title === '新的质量案例待审核' && n.link === `/cases/${id}`)).toBe(true);

    const noComment = await staff.post(`/api/cases/${id}/review`, { decision: 'return' });
    expect(noComment.status).toBe(400);
    expect(noComment.body.details).toEqual([expect.objectContaining({ field: 'comment', code: 'REQUIRED' })]);
    const returned = await staff.post(`/api/cases/${id}/review`, {
      decision: 'return',
      comment: '请补充改进前后的数据来源',
    });
    expect(returned.body).toMatchObject({ status: 'returned', reviewComment: '请补充改进前后的数据来源' });
    expect((await staff.post(`/api/cases/${id}/review`, { decision: 'publish' })).status).toBe(409);
    const told = (await author.get('/api/notifications')).body.items.map((n: never) => worded(n));
    expect(told[0]).toMatchObject({ title: '您的质量案例已退回修改' });
    expect(told[0].body).toContain('请补充改进前后的数据来源');

    await author.patch(`/api/cases/${id}`, { summary: '数据来自 MES 系统。' });
    await author.post(`/api/cases/${id}/submit`);
    const done = await staff.post(`/api/cases/${id}/review`, { decision: 'publish' });
    expect(done.body).toMatchObject({ status: 'published', summary: '数据来自 MES 系统。' });
    expect(done.body.publishedAt).toEqual(expect.any(String));
    expect((await author.get('/api/notifications')).body.items.map((n: never) => worded(n))[0].title).toBe(
      '您的质量案例已发布',
    );
    expect(await libraryIds(reader)).toContain(id);
  });

  it('an edit of a published case goes back to review while readers keep the published version', async () => {
    const id = await published({ title: '精益生产消除七大浪费' });
    const edited = await author.patch(`/api/cases/${id}`, { title: '精益生产消除七大浪费（修订）' });
    expect(edited.body).toMatchObject({ status: 'submitted', title: '精益生产消除七大浪费（修订）' });
    expect(edited.body.publishedVersion.title).toBe('精益生产消除七大浪费');
    expect((await reader.get(`/api/cases/${id}`)).body.title).toBe('精益生产消除七大浪费');
    expect((await t.client().get(`/api/cases/${id}`)).body.title).toBe('精益生产消除七大浪费');
    await staff.post(`/api/cases/${id}/review`, { decision: 'publish' });
    expect((await reader.get(`/api/cases/${id}`)).body.title).toBe('精益生产消除七大浪费（修订）');
  });

  it('staff write and publish directly, and feature a published case on the home page', async () => {
    const created = await staff.post('/api/cases', {
      ...CASE,
      title: '标准化作业指导书编写经验',
      enterpriseName: '珠海市质量协会',
    });
    const id = created.body.id;
    const draftFeature = await staff.put(`/api/cases/${id}/featured`, { featured: true });
    expect(draftFeature.body.code).toBe('CASE_WRONG_STATE');
    expect((await staff.post(`/api/cases/${id}/publish`)).body.status).toBe('published');
    expect((await staff.put(`/api/cases/${id}/featured`, { featured: true })).body.featured).toBe(true);
    expect(await libraryIds(t.client(), '?featured=true')).toEqual([id]);
    await staff.put(`/api/cases/${id}/featured`, { featured: false });
    expect(await libraryIds(t.client(), '?featured=true')).toEqual([]);
  });

  it('refuses bad input with field codes and keeps what was saved', async () => {
    const bad = await author.post('/api/cases', {
      ...CASE,
      methods: ['六西格玛', '瞎编方法'],
      industryCode: '39',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'industryCode',
      'methods',
    ]);
    const unknownClass = await author.post('/api/cases', { ...CASE, industryCode: '9999' });
    expect(unknownClass.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'industryCode', code: 'INVALID_VALUE' }],
    });
    const id = await write(author);
    const empty = await author.patch(`/api/cases/${id}`, { title: '' });
    expect(empty.status).toBe(400);
    expect((await author.get(`/api/cases/${id}`)).body.title).toBe(CASE.title);
    // A staff member without an enterprise names one.
    const noEnterprise = await staff.post('/api/cases', CASE);
    expect(noEnterprise.body.details).toEqual([
      expect.objectContaining({ field: 'enterpriseName', code: 'REQUIRED' }),
    ]);
    expect((await t.client().get('/api/cases?scope=mine')).status).toBe(401);
    expect((await reader.get('/api/cases?scope=review')).status).toBe(403);
    expect((await reader.get('/api/cases?method=不存在')).status).toBe(400);
  });

  it('someone else cannot edit, submit or delete a case, and is told it does not exist', async () => {
    const id = await published();
    expect((await reader.patch(`/api/cases/${id}`, { title: '改掉' })).status).toBe(404);
    expect((await reader.post(`/api/cases/${id}/submit`)).status).toBe(404);
    expect((await reader.delete(`/api/cases/${id}`)).status).toBe(404);
    expect((await reader.get(`/api/cases/${id}`)).body.title).toBe(CASE.title);
  });
});

describe('reading', () => {
  it('visitors read a published case’s title and summary only; members the whole case with its images', async () => {
    const id = await write(author, { title: '零缺陷文化落地' });
    const image = await author.upload(`/api/cases/${id}/attachments`, {
      name: '控制图.png',
      bytes: PNG,
      type: 'image/png',
    });
    expect(image.status).toBe(201);
    const src = `/api/cases/${id}/attachments/${image.body.id}`;
    await author.patch(`/api/cases/${id}`, {
      body: `改进前后对比：\n\n![控制图](${src})\n\n<script>alert(1)</script>`,
    });
    await author.post(`/api/cases/${id}/submit`);
    await staff.post(`/api/cases/${id}/review`, { decision: 'publish' });

    const visitor = (await t.client().get(`/api/cases/${id}`)).body;
    expect(visitor).toMatchObject({
      title: '零缺陷文化落地',
      summary: CASE.summary,
      full: false,
      body: null,
      bodyHtml: null,
      results: [],
      attachments: [],
    });
    expect((await t.client().get(src)).status).toBe(404);
    const member = (await reader.get(`/api/cases/${id}`)).body;
    expect(member.full).toBe(true);
    expect(member.bodyHtml).toContain(`<img src="${src}" alt="控制图" />`);
    expect(member.bodyHtml).not.toContain('<script>');
    const file = await reader.get(src);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    // The list carries no bodies, for anyone.
    const listed = (await reader.get('/api/cases')).body.items.find((i: { id: string }) => i.id === id);
    expect(listed).toMatchObject({ body: null, authorName: expect.any(String) });
  });

  it('likes, bookmarks and views count each member once; comments notify the author', async () => {
    const id = await published({ title: 'QC小组降低焊接返修率' });
    await Promise.all([reader.put(`/api/cases/${id}/like`), reader.put(`/api/cases/${id}/like`)]);
    const liked = await reader.put(`/api/cases/${id}/like`);
    expect(liked.body).toEqual({ active: true, count: 1 });
    await reader.put(`/api/cases/${id}/bookmark`);
    await reader.get(`/api/cases/${id}`);
    await reader.get(`/api/cases/${id}`);
    await author.get(`/api/cases/${id}`);
    const seen = (await reader.get(`/api/cases/${id}`)).body;
    expect(seen).toMatchObject({ likes: 1, bookmarks: 1, views: 1, liked: true, bookmarked: true });
    expect(await libraryIds(reader, '?scope=bookmarked')).toEqual([id]);
    expect((await reader.delete(`/api/cases/${id}/like`)).body).toEqual({ active: false, count: 0 });

    const posted = await reader.post(`/api/cases/${id}/comments`, { body: '焊接参数是怎么固化的？' });
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({ body: '焊接参数是怎么固化的？', removable: true });
    const note = (await author.get('/api/notifications')).body.items.map((n: never) => worded(n))[0];
    expect(note.title).toContain('评论了您的质量案例');
    expect(note.link).toBe(`/cases/${id}`);
    const listed = await author.get(`/api/cases/${id}/comments`);
    expect(listed.body).toEqual([expect.objectContaining({ id: posted.body.id, removable: false })]);
    expect((await author.delete(`/api/cases/${id}/comments/${posted.body.id}`)).status).toBe(404);
    expect((await staff.delete(`/api/cases/${id}/comments/${posted.body.id}`)).status).toBe(204);
    expect((await reader.get(`/api/cases/${id}`)).body.comments).toBe(0);
    const draft = await write(author);
    expect((await author.put(`/api/cases/${draft}/like`)).body.code).toBe('CASE_WRONG_STATE');
  });

  it('related cases share methods, industry or words; filters by method, industry and year', async () => {
    const a = await published({
      title: '统计过程控制在冲压线的应用',
      industryCode: '3311',
      methods: ['统计过程控制'],
      tags: ['冲压'],
      year: 2023,
    });
    const b = await published({
      title: '冲压件尺寸波动的控制图分析',
      industryCode: '3311',
      methods: ['统计过程控制'],
      tags: ['冲压'],
      year: 2024,
    });
    const unrelated = await published({
      title: '品牌建设与顾客满意',
      industryCode: '5212',
      methods: ['品牌建设'],
      tags: [],
      year: 2022,
      summary: '门店服务口碑。',
    });
    const related = ((await reader.get(`/api/cases/${a}/related`)).body as { id: string }[]).map((r) => r.id);
    expect(related[0]).toBe(b);
    expect(related).not.toContain(unrelated);
    expect(related).not.toContain(a);
    expect(await libraryIds(reader, `?method=${encodeURIComponent('品牌建设')}`)).toEqual([unrelated]);
    expect(await libraryIds(reader, '?industry=F')).toEqual([unrelated]);
    expect(await libraryIds(reader, '?industry=3311&year=2024')).toEqual([b]);
  });

  it('members search whole cases (a word inside a compound, pinyin); visitors only titles and summaries', async () => {
    const id = await published({
      title: '数字化质量追溯平台建设',
      summary: '扫码追溯每一批次。',
      body: '车间上线了**首件检验**电子化流程。',
      methods: ['数字化质量'],
    });
    expect(await libraryIds(reader, `?q=${encodeURIComponent('首件检验')}`)).toEqual([id]);
    expect(await libraryIds(reader, `?q=${encodeURIComponent('追溯')}`)).toContain(id);
    expect(await libraryIds(reader, '?q=zhuisu')).toContain(id);
    // Words of the body never find a case for a visitor; the title's do.
    expect(await libraryIds(t.client(), `?q=${encodeURIComponent('首件检验')}`)).toEqual([]);
    expect(await libraryIds(t.client(), `?q=${encodeURIComponent('追溯平台')}`)).toEqual([id]);
    // The one search: cases are found by members, never by visitors, with the word highlighted.
    const hits = (await reader.get(`/api/search?q=${encodeURIComponent('首件检验')}&kind=case`)).body.items;
    expect(hits).toEqual([
      expect.objectContaining({
        id,
        url: `/cases/${id}`,
        snippet: expect.stringContaining('<mark>首件检验</mark>'),
      }),
    ]);
    expect((await t.client().get(`/api/search?q=${encodeURIComponent('首件检验')}`)).body.items).toEqual([]);
  });

  it('an unpublished case is never found by its exact words; a deleted one leaves the index', async () => {
    const draft = await write(author, { title: '未发布的可靠性试验方案草稿' });
    await jobs.drain();
    expect(await libraryIds(reader, `?q=${encodeURIComponent('可靠性试验方案草稿')}`)).toEqual([]);
    const gone = await published({ title: '计量器具周期检定管理' });
    expect(await libraryIds(reader, `?q=${encodeURIComponent('周期检定')}`)).toEqual([gone]);
    expect((await author.delete(`/api/cases/${gone}`)).status).toBe(204);
    await jobs.drain();
    expect((await reader.get(`/api/search?q=${encodeURIComponent('周期检定')}`)).body.items).toEqual([]);
    expect((await author.get(`/api/cases/${draft}`)).status).toBe(200);
  });
});

describeRaces('case races', () => {
  it(`two reviewers at once: one decision wins, the author is told once (${RACE_ROUNDS} rounds)`, async () => {
    const rival = await t.userWithRoles(['staff']);
    for (let round = 0; round < RACE_ROUNDS; round++) {
      const id = await write(author, { title: `竞态审核 ${round}` });
      await author.post(`/api/cases/${id}/submit`);
      const [a, b] = await Promise.all([
        staff.post(`/api/cases/${id}/review`, { decision: 'publish' }),
        rival.post(`/api/cases/${id}/review`, { decision: 'return', comment: '退回' }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const notes = (await author.get('/api/notifications?pageSize=100')).body.items.filter(
        (n: { link: string }) => n.link === `/cases/${id}`,
      );
      expect(notes).toHaveLength(1);
    }
  });
});
