import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { chinaDate, chinaDayStart } from '@cqo/rules';
import type { AppNotification, ConsultationClause, SurveyQuestion } from '@cqo/contracts';
import { Clock } from '../../platform/clock/clock';
import { JobsService } from '../../platform/jobs/jobs.service';
import { approvedMember } from '../../testing/members';
import { worded } from '../../testing/notifications';
import { describeRaces, RACE_ROUNDS } from '../../testing/races';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { PDF } from '../../testing/upload-fixtures';
import type { TestClient } from '../../testing/test-client';

/**
 * Consultations through HTTP on the real database: a draft split into clauses, the lifecycle
 * (by hand and by durable jobs on Beijing days), comments only from the audience and only in the
 * open window, the survey with required and conditional questions, dispositions and their
 * rules, the 意见汇总处理表 read back from XLSX and DOCX, results that add up, reminders.
 */
let t: TestApp;
let staff: TestClient;
let alice: Awaited<ReturnType<typeof approvedMember>>;
let bob: Awaited<ReturnType<typeof approvedMember>>;
/** A large chemicals plant in Jinwan: outside segments aimed at Xiangzhou. */
let jinwan: Awaited<ReturnType<typeof approvedMember>>;
let applicant: TestClient;
let jobs: JobsService;
let clock: Clock;

const DAY = 86_400_000;
const day = (offset: number) => chinaDate(new Date(Date.now() + offset * DAY));

beforeAll(async () => {
  t = await startTestApp({ JOBS_ENABLED: 'false' });
  jobs = t.app.get(JobsService);
  clock = t.app.get(Clock);
  staff = await t.userWithRoles(['staff']);
  alice = await approvedMember(t, staff, { enterprise: { name: '珠海甲质量科技有限公司' } });
  bob = await approvedMember(t, staff, { enterprise: { name: '珠海乙精密制造有限公司' } });
  jinwan = await approvedMember(t, staff, {
    enterprise: {
      name: '珠海丙化工有限公司',
      industryCode: '2614',
      regionCode: '440404',
      employees: 1200,
      revenue: 90000,
      totalAssets: 80000,
    },
  });
  applicant = await t.userWithRoles(['applicant']);
  await jobs.drain();
}, 180_000);
afterEach(() => jest.restoreAllMocks());
afterAll(() => t.close());

const DRAFT = `T/ZHCQO 001—2026
企业首席质量官工作规范
前  言
本文件由珠海市首席质量官联盟提出。
1 范围
本文件规定了企业首席质量官的任职条件和职责。
2 家以上企业联合申报的，由牵头单位提交。
2 规范性引用文件
GB/T 19001 质量管理体系 要求
3 术语和定义
3.1
首席质量官
企业中全面负责质量管理的高级管理人员。
4 任职条件
4.1 基本要求
4.1.1 应具有大学专科及以上学历。
a) 熟悉质量管理体系标准；
注：小微企业可适当放宽。
表1 培训学时要求
附录A
（规范性）
评价方法
A.1 评价指标
参考文献
[1] GB/T 19580`;

function consultation(over: object = {}) {
  return {
    title: '企业首席质量官工作规范',
    standardCode: 'T/ZHCQO 001—2026',
    kind: 'group',
    description: '请各会员单位提出修改意见。',
    draftingOrganisation: '珠海市首席质量官联盟',
    contact: '联盟秘书处 0756-1234567',
    opensOn: day(0),
    closesOn: day(14),
    audience: { type: 'members' },
    draftText: DRAFT,
    ...over,
  };
}

async function create(over: object = {}): Promise<string> {
  const res = await staff.post('/api/consultations', consultation(over));
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function opened(over: object = {}): Promise<string> {
  const id = await create(over);
  expect((await staff.post(`/api/consultations/${id}/open`)).status).toBe(200);
  return id;
}

const clausesOf = async (client: TestClient, id: string): Promise<ConsultationClause[]> =>
  (await client.get(`/api/consultations/${id}/clauses`)).body.items;

async function clause(id: string, number: string): Promise<string> {
  return (await clausesOf(staff, id)).find((c) => c.number === number)!.id;
}

async function comment(client: TestClient, id: string, number: string | null, text: string) {
  const res = await client.post(`/api/consultations/${id}/comments`, {
    clauseId: number ? await clause(id, number) : null,
    proposedChange: text,
    reason: '便于执行',
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

describe('the draft and its clauses', () => {
  it('splits a pasted draft by GB/T 1.1 numbering: numbers as written, traps left in the text', async () => {
    const id = await create();
    const items = await clausesOf(staff, id);
    expect(items.map((c) => c.number)).toEqual([
      '前言',
      '1',
      '2',
      '3',
      '3.1',
      '4',
      '4.1',
      '4.1.1',
      '附录A',
      'A.1',
      '参考文献',
    ]);
    expect(items.find((c) => c.number === '3.1')).toMatchObject({ title: '首席质量官', depth: 2 });
    expect(items.find((c) => c.number === '1')!.text).toContain('2 家以上企业联合申报的');
    expect(items.find((c) => c.number === '4.1.1')!.text).toContain('注：小微企业可适当放宽。');
    expect(items.find((c) => c.number === '附录A')!.title).toBe('（规范性）评价方法');
    const got = (await staff.get(`/api/consultations/${id}`)).body;
    expect(got).toMatchObject({ status: 'draft', preamble: expect.stringContaining('T/ZHCQO 001—2026') });
  });

  it('staff correct the split before opening (merge, renumber); after opening the clauses are fixed', async () => {
    const id = await create();
    const items = await clausesOf(staff, id);
    const corrected = items
      .filter((c) => c.number !== 'A.1')
      .map(({ number, title, text, depth }) => ({
        number: number === '4.1.1' ? '4.1.2' : number,
        title,
        text,
        depth,
      }));
    const res = await staff.put(`/api/consultations/${id}/clauses`, { items: corrected });
    expect(res.status).toBe(200);
    expect(res.body.items.map((c: ConsultationClause) => c.number)).toContain('4.1.2');
    expect(res.body.items).toHaveLength(items.length - 1);
    await staff.post(`/api/consultations/${id}/open`);
    const late = await staff.put(`/api/consultations/${id}/clauses`, { items: corrected });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('CONSULTATION_NOT_EDITABLE');
    expect((await staff.patch(`/api/consultations/${id}`, { draftText: '1 范围' })).body.code).toBe(
      'CONSULTATION_NOT_EDITABLE',
    );
  });

  it('reads the draft from an uploaded DOCX, and refuses what is not one', async () => {
    const id = await create({ draftText: '' });
    const docx = await wordDocument([
      '前言',
      '本文件由联盟提出。',
      '1 范围',
      '本文件适用于会员企业。',
      '1.1 总则',
    ]);
    const res = await staff.upload(`/api/consultations/${id}/draft`, { name: '草案.docx', bytes: docx });
    expect(res.status).toBe(201);
    expect((await clausesOf(staff, id)).map((c) => c.number)).toEqual(['前言', '1', '1.1']);
    // The document stays as the draft's attachment; a second upload replaces it.
    await staff.upload(`/api/consultations/${id}/draft`, { name: '草案二稿.docx', bytes: docx });
    const attachments = (await staff.get(`/api/consultations/${id}`)).body.attachments;
    expect(attachments).toEqual([
      expect.objectContaining({
        kind: 'draft',
        name: '草案二稿.docx',
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      }),
    ]);
    const file = await fetch(`${t.url}/api/consultations/${id}/attachments/${attachments[0].id}`, {
      headers: { authorization: `Bearer ${staff.token}` },
    });
    expect(Buffer.from(await file.arrayBuffer())).toEqual(Buffer.from(docx));
    // A PDF attaches by the general route; a ZIP that is not Word does not pass as one there.
    const pdf = await staff.upload(`/api/consultations/${id}/attachments`, { name: '草案.pdf', bytes: PDF });
    expect(pdf.status).toBe(201);
    const zipped = await staff.upload(`/api/consultations/${id}/attachments`, {
      name: 'x.docx',
      bytes: docx,
    });
    expect(zipped.status).toBe(415);
    const bad = await staff.upload(`/api/consultations/${id}/draft`, {
      name: 'x.docx',
      bytes: new TextEncoder().encode('not a zip'),
    });
    expect(bad.status).toBe(415);
    const zip = new JSZip();
    zip.file('a.txt', 'x');
    const notWord = await staff.upload(`/api/consultations/${id}/draft`, {
      name: 'x.docx',
      bytes: await zip.generateAsync({ type: 'uint8array' }),
    });
    expect(notWord.status).toBe(400);
    expect(notWord.body.code).toBe('DRAFT_UNREADABLE');
  });

  it('refuses bad input with codes, never a 500', async () => {
    const closesFirst = await staff.post(
      '/api/consultations',
      consultation({ opensOn: day(5), closesOn: day(1) }),
    );
    expect(closesFirst.status).toBe(400);
    expect(closesFirst.body.details[0].field).toBe('closesOn');
    const publicAudience = await staff.post(
      '/api/consultations',
      consultation({ audience: { type: 'public' } }),
    );
    expect(publicAudience.status).toBe(400);
    const badDay = await staff.post('/api/consultations', consultation({ opensOn: '2026-02-30' }));
    expect(badDay.status).toBe(400);
    expect(badDay.body.details[0]).toMatchObject({ field: 'opensOn', code: 'INVALID_DATE' });
  });
});

describe('who may read and take part', () => {
  it('members see open consultations of their audience; drafts only staff; visitors only public reading', async () => {
    const draft = await create();
    const open = await opened();
    const aliceIds = (await alice.get('/api/consultations')).body.items.map((c: { id: string }) => c.id);
    expect(aliceIds).toContain(open);
    expect(aliceIds).not.toContain(draft);
    expect((await alice.get(`/api/consultations/${draft}`)).status).toBe(404);
    expect((await t.client().get(`/api/consultations/${open}`)).status).toBe(404);
    const readable = await opened({ publicReading: true });
    expect((await t.client().get(`/api/consultations/${readable}`)).status).toBe(200);
    expect(
      (await t.client().get(`/api/consultations/${readable}/clauses`)).body.items.length,
    ).toBeGreaterThan(3);
  });

  it('comments: visitors 401, applicants and staff 403, members outside the segment 403 or not found', async () => {
    const segment = { type: 'segment', regionPrefixes: ['440402'] };
    const id = await opened({ audience: segment });
    const body = { clauseId: null, proposedChange: '建议补充', reason: '理由' };
    expect((await t.client().post(`/api/consultations/${id}/comments`, body)).status).toBe(401);
    expect((await applicant.post(`/api/consultations/${id}/comments`, body)).status).toBe(403);
    expect((await staff.post(`/api/consultations/${id}/comments`, body)).status).toBe(403);
    expect((await jinwan.post(`/api/consultations/${id}/comments`, body)).status).toBe(404);
    expect((await alice.post(`/api/consultations/${id}/comments`, body)).status).toBe(201);
    const readable = await opened({ audience: segment, publicReading: true });
    const outside = await jinwan.post(`/api/consultations/${readable}/comments`, body);
    expect(outside.status).toBe(403);
    expect(outside.body.code).toBe('CONSULTATION_NOT_IN_AUDIENCE');
    expect((await jinwan.get(`/api/consultations/${readable}`)).body.canParticipate).toBeUndefined();
    expect((await alice.get(`/api/consultations/${readable}`)).body.canParticipate).toBe(true);
  });
});

describe('in the one search', () => {
  it('an open consultation is found by its clauses, by its audience only; a draft never', async () => {
    const q = encodeURIComponent('计量器具周期检定');
    const text = `${DRAFT}\n5 计量管理\n5.1 企业应建立计量器具周期检定制度。`;
    const draft = await create({ title: '计量管理规范草案', draftText: text });
    const open = await opened({
      title: '计量管理规范',
      draftText: text,
      audience: { type: 'segment', regionPrefixes: ['440402'] },
    });
    await jobs.drain();
    const found = (await alice.get(`/api/search?q=${q}&kind=consultation`)).body.items;
    expect(found.map((h: { id: string }) => h.id)).toEqual([open]);
    expect(found[0]).toMatchObject({
      url: `/consultations/${open}`,
      snippet: expect.stringContaining('<mark>'),
    });
    expect((await jinwan.get(`/api/search?q=${q}&kind=consultation`)).body.items).toEqual([]);
    expect((await t.client().get(`/api/search?q=${q}`)).body.items).toEqual([]);
    expect(found.map((h: { id: string }) => h.id)).not.toContain(draft);
  });
});

describe('comments', () => {
  it('on a clause or the whole text, with the enterprise; edited and withdrawn until closing; 409 after', async () => {
    const id = await opened();
    const own = await comment(alice, id, '4.1.1', '建议将“大学专科”改为“大专”。');
    await comment(bob, id, null, '建议整体压缩篇幅。');
    const list = (await alice.get(`/api/consultations/${id}/comments`)).body;
    expect(list.total).toBe(2);
    const mine = list.items.find((c: { id: string }) => c.id === own);
    expect(mine).toMatchObject({
      clauseNumber: '4.1.1',
      enterpriseName: '珠海甲质量科技有限公司',
      mine: true,
    });
    expect(list.items.find((c: { mine: boolean }) => !c.mine).authorName).toBeNull();
    const edited = await alice.patch(`/api/consultations/comments/${own}`, { reason: '与学历表述一致' });
    expect(edited.body.reason).toBe('与学历表述一致');
    expect((await bob.patch(`/api/consultations/comments/${own}`, { reason: 'x' })).status).toBe(404);
    const tree = await clausesOf(alice, id);
    expect(tree.find((c) => c.number === '4.1.1')!.comments).toBe(1);

    const gone = await comment(alice, id, '1', '删除本条。');
    expect((await alice.delete(`/api/consultations/comments/${gone}`)).status).toBe(204);
    expect((await clausesOf(alice, id)).find((c) => c.number === '1')!.comments).toBe(0);

    expect((await staff.post(`/api/consultations/${id}/close`)).status).toBe(200);
    const late = await alice.post(`/api/consultations/${id}/comments`, {
      clauseId: null,
      proposedChange: '迟到',
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('CONSULTATION_NOT_OPEN');
    expect((await alice.patch(`/api/consultations/comments/${own}`, { reason: 'y' })).body.code).toBe(
      'CONSULTATION_NOT_OPEN',
    );
  });

  it('members see only their own when the consultation hides the others’', async () => {
    const id = await opened({ commentsVisible: false });
    await comment(alice, id, '1', '甲的意见');
    await comment(bob, id, '1', '乙的意见');
    const seen = (await alice.get(`/api/consultations/${id}/comments`)).body.items;
    expect(seen.map((c: { proposedChange: string }) => c.proposedChange)).toEqual(['甲的意见']);
    expect((await staff.get(`/api/consultations/${id}/comments`)).body.total).toBe(2);
  });

  it('a clause of another consultation is refused', async () => {
    const a = await opened();
    const b = await opened();
    const res = await alice.post(`/api/consultations/${a}/comments`, {
      clauseId: await clause(b, '1'),
      proposedChange: '错位',
    });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('CLAUSE_NOT_FOUND');
  });
});

const SURVEY = {
  questions: [
    { type: 'single', title: '贵单位是否已任命首席质量官？', options: ['是', '否'], required: true },
    {
      type: 'text',
      title: '未任命的原因',
      required: true,
      showIf: { question: 0, option: 1 },
    },
    {
      type: 'multiple',
      title: '希望联盟提供的服务',
      options: ['培训', '标杆交流', '政策解读'],
      min: 1,
      max: 2,
    },
    { type: 'rating', title: '对本草案的总体评价', required: true },
    { type: 'number', title: '质量管理人员数', min: 0, max: 10000 },
    { type: 'long-text', title: '其他建议' },
  ],
};

describe('the survey', () => {
  let id: string;
  let q: SurveyQuestion[];
  const answer = (i: number, value: unknown) => ({ questionId: q[i].id, value });

  beforeAll(async () => {
    id = await create();
    const res = await staff.put(`/api/consultations/${id}/survey`, SURVEY);
    expect(res.status).toBe(200);
    q = res.body.questions;
    await staff.post(`/api/consultations/${id}/open`);
  });

  it('gives questions and options ids, and resolves the condition to them', () => {
    expect(q).toHaveLength(6);
    expect(q[0].options.map((o) => o.label)).toEqual(['是', '否']);
    expect(q[1].showIf).toEqual({ questionId: q[0].id, optionId: q[0].options[1].id });
  });

  it('saves a draft as typed, refuses a submission missing required answers, then accepts it whole', async () => {
    const draft = await alice.put(`/api/consultations/${id}/response`, {
      answers: [answer(0, q[0].options[1].id)],
      draft: true,
    });
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ submitted: false, answers: [answer(0, q[0].options[1].id)] });
    expect((await alice.get(`/api/consultations/${id}`)).body.myResponse).toBe('draft');

    const missing = await alice.put(`/api/consultations/${id}/response`, {
      answers: [answer(0, q[0].options[1].id), answer(3, 4)],
    });
    expect(missing.status).toBe(400);
    // "No": the condition shows the follow-up, and it is required.
    expect(missing.body.details.map((d: { field: string }) => d.field)).toEqual([`answers.${q[1].id}`]);

    const done = await alice.put(`/api/consultations/${id}/response`, {
      answers: [
        answer(0, q[0].options[1].id),
        answer(1, '尚在遴选'),
        answer(3, 4),
        answer(2, [q[2].options[0].id]),
      ],
    });
    expect(done.status).toBe(200);
    expect(done.body.submitted).toBe(true);
  });

  it('drops the answer to a hidden question; checks shapes and bounds', async () => {
    const yes = q[0].options[0].id;
    const res = await bob.put(`/api/consultations/${id}/response`, {
      answers: [answer(0, yes), answer(1, '不该保存'), answer(3, 5), answer(4, 12)],
    });
    expect(res.status).toBe(200);
    expect(res.body.answers.map((a: { questionId: string }) => a.questionId)).not.toContain(q[1].id);
    const bad = await bob.put(`/api/consultations/${id}/response`, {
      answers: [
        answer(0, 'nope'),
        answer(3, 6),
        answer(
          2,
          q[2].options.map((o) => o.id),
        ),
        answer(4, 'x'),
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { code: string }) => d.code).sort()).toEqual(
      ['INVALID_VALUE', 'INVALID_VALUE', 'NOT_NUMBER', 'TOO_LONG'].sort(),
    );
    expect((await staff.put(`/api/consultations/${id}/response`, { answers: [] })).status).toBe(403);
  });

  it('refuses a survey that cannot be answered, with a code per question', async () => {
    const draft = await create();
    const bad = await staff.put(`/api/consultations/${draft}/survey`, {
      questions: [
        { type: 'single', title: '只有一个选项', options: ['是'] },
        { type: 'multiple', title: '选项不成形', options: [null, { label: 3 }, '好'] },
        { type: 'text', title: '条件指向后面的问题', showIf: { question: 3, option: 0 } },
        { type: 'number', title: '范围颠倒', min: 10, max: 1 },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual([
      'questions.0.options',
      'questions.1.options',
      'questions.2.showIf',
      'questions.3.min',
    ]);
  });

  it('locks the questions once answered; results add up to the responses', async () => {
    const locked = await staff.put(`/api/consultations/${id}/survey`, SURVEY);
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('SURVEY_LOCKED');
    const results = (await staff.get(`/api/consultations/${id}/results`)).body;
    expect(results.responses).toBe(2);
    const [first, , services, rating, number] = results.questions;
    expect(Object.values(first.counts as Record<string, number>).reduce((s, n) => s + n, 0)).toBe(2);
    expect(first.counts[q[0].options[0].id]).toBe(1);
    expect(services.counts[q[2].options[0].id]).toBe(1);
    expect(rating).toMatchObject({ answered: 2, mean: 4.5, counts: { '4': 1, '5': 1 } });
    expect(number).toMatchObject({ answered: 1, mean: 12 });
    expect(results.questions[1].texts).toEqual(['尚在遴选']);
    expect(results.participation.enterprises).toBe(2);
    expect(results.participation.bySize).toBeDefined();
    expect((await alice.get(`/api/consultations/${id}/results`)).status).toBe(403);
  });

  it('exports the raw responses as XLSX, one row per submitted response', async () => {
    const res = await staff.get(`/api/consultations/${id}/responses.xlsx`);
    expect(res.status).toBe(200);
    const sheet = await readSheet(await rawBytes(staff, `/api/consultations/${id}/responses.xlsx`));
    expect(sheet[0].slice(0, 3)).toEqual(['提出单位', '提交时间', '贵单位是否已任命首席质量官？']);
    expect(
      sheet
        .slice(1)
        .map((r) => r[2])
        .sort(),
    ).toEqual(['否', '是']);
  });
});

describe('dispositions and the comment-handling table', () => {
  let id: string;
  let comments: Record<string, string>;

  beforeAll(async () => {
    id = await opened();
    comments = {
      a1: await comment(alice, id, '4.1.1', '建议将学历要求改为大专及以上。'),
      b1: await comment(bob, id, '4.1.1', '建议将学历要求改为大专及以上学历。'),
      a2: await comment(alice, id, null, '建议增加术语“质量成本”。'),
      b2: await comment(bob, id, '附录A', '评价方法过于简单，建议细化。'),
    };
  });

  it('refuses a disposition before closing', async () => {
    const early = await staff.put(`/api/consultations/comments/${comments.a1}/disposition`, {
      decision: 'adopted',
    });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('CONSULTATION_NOT_CLOSED');
    await staff.post(`/api/consultations/${id}/close`);
  });

  it('requires a reason unless adopted; members may not dispose', async () => {
    const noReason = await staff.put(`/api/consultations/comments/${comments.b2}/disposition`, {
      decision: 'not-adopted',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.details[0].field).toBe('reason');
    expect(
      (await alice.put(`/api/consultations/comments/${comments.b2}/disposition`, { decision: 'adopted' }))
        .status,
    ).toBe(403);
    const partly = await staff.put(`/api/consultations/comments/${comments.b2}/disposition`, {
      decision: 'partly-adopted',
      reason: '细化评价指标，方法保持不变',
    });
    expect(partly.status).toBe(200);
    expect(partly.body).toMatchObject({
      decision: 'partly-adopted',
      decisionReason: '细化评价指标，方法保持不变',
    });
  });

  it('proposes near-identical comments on a clause as a group and answers them at once', async () => {
    const groups = (await staff.get(`/api/consultations/${id}/comment-groups`)).body.groups;
    expect(groups).toHaveLength(1);
    expect(groups[0].commentIds.sort()).toEqual([comments.a1, comments.b1].sort());
    const bulk = await staff.put(`/api/consultations/${id}/dispositions`, {
      commentIds: groups[0].commentIds,
      decision: 'adopted',
    });
    expect(bulk.body).toEqual({ updated: 2 });
    expect((await staff.get(`/api/consultations/${id}`)).body).toMatchObject({
      status: 'closed',
      undecided: 1,
    });
    const filtered = await staff.get(`/api/consultations/${id}/comments?decision=undecided`);
    expect(filtered.body.items.map((c: { id: string }) => c.id)).toEqual([comments.a2]);
  });

  it('concludes with the last disposition; members see dispositions only once results are published', async () => {
    await staff.put(`/api/consultations/comments/${comments.a2}/disposition`, {
      decision: 'not-adopted',
      reason: '已有国家标准定义',
    });
    expect((await staff.get(`/api/consultations/${id}`)).body.status).toBe('concluded');
    const before = (await alice.get(`/api/consultations/${id}/comments?mine=true`)).body.items;
    expect(before.every((c: { decision: unknown }) => c.decision === null)).toBe(true);
    expect((await alice.get(`/api/consultations/${id}/outcome`)).status).toBe(409);

    expect((await staff.post(`/api/consultations/${id}/publish-results`)).status).toBe(200);
    await jobs.drain();
    const after = (await alice.get(`/api/consultations/${id}/comments?mine=true`)).body.items;
    expect(after.find((c: { id: string }) => c.id === comments.a2)).toMatchObject({
      decision: 'not-adopted',
      decisionReason: '已有国家标准定义',
    });
    const told = (await alice.get('/api/notifications?pageSize=50')).body.items
      .map((n: AppNotification) => worded(n))
      .find((n: { message: { key: string } }) => n.message.key === 'consultation.results');
    expect(told.title).toContain('征求意见结果已公布');
    expect(told.body).toContain('2 条意见');
    expect((await alice.get(`/api/consultations/${id}/outcome`)).status).toBe(200);
    const final = await staff.put(`/api/consultations/comments/${comments.a2}/disposition`, {
      decision: 'adopted',
    });
    expect(final.status).toBe(409);
  });

  it('exports the table as XLSX: title lines, the six columns, a row per comment in clause order, the tally', async () => {
    const rows = await readSheet(await rawBytes(staff, `/api/consultations/${id}/comment-table.xlsx`));
    expect(rows[0][0]).toBe('《企业首席质量官工作规范》（T/ZHCQO 001—2026）征求意见汇总处理表');
    expect(rows[1][0]).toBe('起草单位：珠海市首席质量官联盟');
    expect(rows[3]).toEqual(['序号', '章条编号', '意见内容', '提出单位', '处理意见', '备注']);
    const body = rows.slice(4, 8);
    expect(body.map((r) => r[1])).toEqual(['全文', '4.1.1', '4.1.1', '附录A']);
    expect(body.map((r) => r[0])).toEqual([1, 2, 3, 4]);
    expect(body[0][4]).toBe('未采纳：已有国家标准定义');
    expect(body[3][4]).toBe('部分采纳：细化评价指标，方法保持不变');
    expect(body[0][2]).toContain('理由：便于执行');
    expect(rows[8][0]).toBe('共收到 2 个单位的 4 条意见，其中采纳 2 条，部分采纳 1 条，未采纳 1 条');
  });

  it('exports the same table as DOCX', async () => {
    const res = await fetch(`${t.url}/api/consultations/${id}/comment-table.docx`, {
      headers: { authorization: `Bearer ${staff.token}` },
    });
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) });
    const lines = value.split('\n').filter(Boolean);
    expect(lines[0]).toContain('征求意见汇总处理表');
    expect(lines).toEqual(
      expect.arrayContaining(['序号', '章条编号', '意见内容', '提出单位', '处理意见', '备注']),
    );
    expect(lines).toContain('部分采纳：细化评价指标，方法保持不变');
    expect(lines[lines.length - 1]).toBe(
      '共收到 2 个单位的 4 条意见，其中采纳 2 条，部分采纳 1 条，未采纳 1 条',
    );
    const audit = (await (await t.admin()).get(`/api/admin/audit?subjectId=${id}`)).body.items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['consultation.comment-table', 'consultation.disposition']),
    );
  });
});

describe('the lifecycle on Beijing days', () => {
  const at = async (time: number) => {
    jest.spyOn(clock, 'now').mockReturnValue(new Date(time));
    await jobs.drain(new Date(time));
  };

  it('a scheduled consultation opens on its opening day and closes after its closing day; members hear of it', async () => {
    const opensOn = day(3);
    const closesOn = day(8);
    const id = await create({ title: '定时开放的征求意见', opensOn, closesOn });
    const scheduled = await staff.post(`/api/consultations/${id}/schedule`);
    expect(scheduled.body.status).toBe('scheduled');
    await at(chinaDayStart(opensOn).getTime() - 60_000);
    expect((await staff.get(`/api/consultations/${id}`)).body.status).toBe('scheduled');
    await at(chinaDayStart(opensOn).getTime() + 60_000);
    expect((await staff.get(`/api/consultations/${id}`)).body.status).toBe('open');
    const opened = (await bob.get('/api/notifications?pageSize=50')).body.items
      .map((n: AppNotification) => worded(n))
      .find((n: { title: string }) => n.title.includes('定时开放的征求意见'));
    expect(opened.body).toContain(`截止日期 ${closesOn}`);

    // Three days before closing at 9:00: those who have not taken part are reminded.
    await comment(alice, id, '1', '参与了');
    const remindAt = chinaDayStart(closesOn).getTime() - 2 * DAY + 9 * 3_600_000;
    await at(remindAt + 60_000);
    const reminded = async (c: TestClient) =>
      (await c.get('/api/notifications?pageSize=50')).body.items.filter(
        (n: AppNotification) => n.message.key === 'consultation.closing' && n.link === `/consultations/${id}`,
      ).length;
    expect(await reminded(bob)).toBe(1);
    expect(await reminded(alice)).toBe(0);

    await at(chinaDayStart(closesOn).getTime() + DAY - 60_000);
    expect((await staff.get(`/api/consultations/${id}`)).body.status).toBe('open');
    await at(chinaDayStart(closesOn).getTime() + DAY + 60_000);
    expect((await staff.get(`/api/consultations/${id}`)).body.status).toBe('closed');
  });

  it('a closing day moved while open moves the closing; without comments it concludes at once; no reopening', async () => {
    const id = await opened({ closesOn: day(2) });
    await staff.patch(`/api/consultations/${id}`, { closesOn: day(6) });
    await at(chinaDayStart(day(2)).getTime() + DAY + 60_000);
    expect((await staff.get(`/api/consultations/${id}`)).body.status).toBe('open');
    await at(chinaDayStart(day(6)).getTime() + DAY + 60_000);
    expect((await staff.get(`/api/consultations/${id}`)).body.status).toBe('concluded');
    const again = await staff.post(`/api/consultations/${id}/open`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CONSULTATION_WRONG_STATE');
    const early = await opened();
    const unready = await staff.post(`/api/consultations/${early}/publish-results`);
    expect(unready.body.code).toBe('CONSULTATION_NOT_CONCLUDED');
  });

  it('lists open first, then closed; ?state filters', async () => {
    const open = (await alice.get('/api/consultations?state=open')).body.items;
    expect(open.every((c: { status: string }) => c.status === 'open')).toBe(true);
    const closed = (await alice.get('/api/consultations?state=closed&pageSize=100')).body.items;
    expect(closed.length).toBeGreaterThan(0);
    expect(
      closed.every((c: { status: string }) => ['closed', 'concluded', 'published'].includes(c.status)),
    ).toBe(true);
  });
});

describeRaces('consultations under parallel requests', () => {
  it('the last dispositions given at once conclude it exactly once; a comment racing the closing is in or refused', async () => {
    for (let round = 0; round < RACE_ROUNDS; round++) {
      const id = await opened();
      const [a, b] = await Promise.all([
        comment(alice, id, '1', `甲 ${round}`),
        comment(bob, id, '2', `乙 ${round}`),
      ]);
      const [late, closed] = await Promise.all([
        alice.post(`/api/consultations/${id}/comments`, { clauseId: null, proposedChange: `迟 ${round}` }),
        staff.post(`/api/consultations/${id}/close`),
      ]);
      expect(closed.status).toBe(200);
      expect([201, 409]).toContain(late.status);
      const ids = [a, b, ...(late.status === 201 ? [late.body.id as string] : [])];
      const results = await Promise.all(
        ids.map((c) => staff.put(`/api/consultations/comments/${c}/disposition`, { decision: 'adopted' })),
      );
      expect(results.map((r) => r.status)).toEqual(ids.map(() => 200));
      const after = (await staff.get(`/api/consultations/${id}`)).body;
      expect(after).toMatchObject({ status: 'concluded', comments: ids.length, undecided: 0 });
    }
  });
});

async function rawBytes(client: TestClient, path: string): Promise<Buffer> {
  const res = await fetch(t.url + path, { headers: { authorization: `Bearer ${client.token}` } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

async function readSheet(bytes: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow({ includeEmpty: true }, (row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

/** A minimal DOCX: one paragraph per line. */
async function wordDocument(lines: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const paragraphs = lines.map((l) => `<w:p><w:r><w:t>${l}</w:t></w:r></w:p>`).join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}
