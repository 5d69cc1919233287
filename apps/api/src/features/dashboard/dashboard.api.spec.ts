import ExcelJS from 'exceljs';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { DashboardSummary } from '@cqo/contracts';
import { chinaDate } from '@cqo/rules';
import { attachRequired, creditCode, filingBody, residentId } from '../../testing/filing-fixtures';
import { approvedMember } from '../../testing/members';
import { opportunityBody } from '../../testing/opportunity-fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';

/**
 * The dashboard through HTTP on the real database: every figure equals the total of the list it
 * drills into (the directory for members, the review queue for filings) under each filter; months
 * are Beijing months; figures follow every write; the export reads back.
 */
let t: TestApp;
let staff: TestClient;
let db: DataSource;

// Enterprises of known spread: industry (section C: 39, 26; section I: 65), district, size.
const ENTERPRISES = [
  { industryCode: '3911', regionCode: '440402' },
  { industryCode: '3911', regionCode: '440403' },
  { industryCode: '2614', regionCode: '440404', employees: 1200, revenue: 90000, totalAssets: 80000 },
  { industryCode: '6513', regionCode: '440402', employees: 8, revenue: 80, totalAssets: 60 },
  { industryCode: '3971', regionCode: '440402', employees: 400, revenue: 30000, totalAssets: 25000 },
];

let n = 0;
/** An applicant's filing taken as far as `to`: a draft, submitted, returned or rejected. */
async function filing(
  to: 'draft' | 'submitted' | 'returned' | 'rejected',
  enterprise: object,
): Promise<string> {
  n += 1;
  const user = await t.userWithRoles(['applicant']);
  const org = `MA5D${String(n).padStart(3, '0')}${'ABCDEFGHJKLMNPQRTUWXY'[n % 21]}`;
  const body = filingBody(creditCode(org), {
    enterprise: { name: `珠海统计${n}号有限公司`, ...enterprise },
    cqo: { idNumber: residentId('1980-05-20', String(300 + n * 2 + 1).slice(-3)), birthDate: '1980-05-20' },
  });
  const created = await user.post('/api/filings', body);
  if (created.status !== 201) throw new Error(created.text);
  const id = created.body.id as string;
  if (to === 'draft') return id;
  await attachRequired(user, id);
  await user.post(`/api/filings/${id}/submit`);
  if (to === 'returned' || to === 'rejected') {
    const decision = to === 'returned' ? 'return' : 'reject';
    await staff.post(`/api/filings/${id}/review`, { decision, comment: '请补充材料' });
  }
  return id;
}

beforeAll(async () => {
  t = await startTestApp({ JOBS_ENABLED: 'false' });
  staff = await t.userWithRoles(['staff']);
  db = t.app.get<DataSource>(getDataSourceToken());
  for (const [i, enterprise] of ENTERPRISES.entries()) {
    await approvedMember(t, staff, { enterprise, cqo: { qualityYears: 2 + i * 5 } });
  }
  await filing('submitted', ENTERPRISES[0]);
  await filing('submitted', ENTERPRISES[3]);
  await filing('returned', ENTERPRISES[2]);
  await filing('rejected', ENTERPRISES[4]);
  await filing('draft', ENTERPRISES[1]);
}, 180_000);
let other: TestApp | undefined;
afterAll(async () => {
  await other?.close();
  await t.close();
});

const summary = async (query = ''): Promise<DashboardSummary> => {
  const res = await staff.get(`/api/dashboard/summary${query}`);
  expect(res.status).toBe(200);
  return res.body;
};
const total = async (path: string) => {
  const res = await staff.get(path);
  expect(res.status).toBe(200);
  return res.body.total as number;
};

const FILTERS: Record<string, string>[] = [
  {},
  { region: '440402' },
  { region: '4404' },
  { industry: 'C' },
  { industry: '39' },
  { industry: 'I' },
  { size: 'small' },
  { size: 'small,micro', region: '4404' },
  { industry: 'C', region: '440402', size: 'small,medium,large' },
];

describe('every figure is the total of the list it opens', () => {
  it.each(FILTERS)('members, by size, section, division and district, under %j', async (filter) => {
    const q = new URLSearchParams(filter).toString();
    const s = await summary(`?${q}`);
    const directory = (extra: Record<string, string>) =>
      total(`/api/directory?${new URLSearchParams({ ...filter, ...extra, pageSize: '1' })}`);
    expect(s.members).toBe(await directory({}));
    for (const [size, count] of Object.entries(s.bySize)) {
      // A size outside the filter's sizes is not in the list (nor in the figure).
      if (filter['size'] && !filter['size'].split(',').includes(size)) expect(count).toBe(0);
      else expect([size, count]).toEqual([size, await directory({ size })]);
    }
    for (const [section, count] of Object.entries(s.byIndustrySection)) {
      if (!filter['industry'])
        expect([section, count]).toEqual([section, await directory({ industry: section })]);
    }
    for (const [division, count] of Object.entries(s.byIndustryDivision)) {
      if (!filter['industry'] || filter['industry'].length === 1)
        expect([division, count]).toEqual([division, await directory({ industry: division })]);
    }
    for (const [region, count] of Object.entries(s.byRegion)) {
      expect([region, count]).toEqual([region, await directory({ region })]);
    }
    expect(Object.values(s.bySize).reduce((a, b) => a + b, 0)).toBe(s.members);
  });

  it.each(FILTERS)('filings by status under %j', async (filter) => {
    const q = new URLSearchParams(filter).toString();
    const s = await summary(`?${q}`);
    for (const [status, count] of Object.entries(s.filings)) {
      const listed = await total(`/api/filings?${new URLSearchParams({ ...filter, status, pageSize: '1' })}`);
      expect([status, count]).toEqual([status, listed]);
    }
    const waiting = await total(
      `/api/filings?${new URLSearchParams({ ...filter, status: 'submitted', pageSize: '1' })}`,
    );
    expect(s.waiting.count).toBe(waiting);
  });

  it('knows the spread it was given', async () => {
    const s = await summary();
    expect(s.members).toBe(ENTERPRISES.length);
    expect(s.byIndustrySection).toEqual({ C: 4, I: 1 });
    expect(s.byIndustryDivision).toEqual({ '39': 3, '26': 1, '65': 1 });
    expect(s.byRegion).toEqual({ '440402': 3, '440403': 1, '440404': 1 });
    expect(s.filings).toMatchObject({ approved: 5, submitted: 2, returned: 1, rejected: 1, draft: 1 });
    expect(s.approvalsThisMonth).toBe(5);
    expect(s.byQualityYears).toEqual({ '0-2': 1, '3-5': 0, '6-10': 1, '11-20': 2, '21+': 1 });
    expect(Object.values(s.byEducation).reduce((a, b) => a + b, 0)).toBe(5);
    expect(s.reviewDays['0-1']).toBe(7);
    expect(s.medianDaysToDecision).toBe(0);
  });
});

describe('days and months in Beijing time', () => {
  it('a filing submitted at 23:30 Beijing time on the last day of a month counts in that month and day', async () => {
    const id = await filing('submitted', ENTERPRISES[0]);
    // 2026-03-31 23:30 in Beijing is 15:30 UTC.
    await db.query(`UPDATE filings SET submitted_at = '2026-03-31T15:30:00Z' WHERE id = $1`, [id]);
    const march = (await summary()).filingsPerMonth.find((m) => m.month === '2026-03');
    expect(march).toEqual({
      month: '2026-03',
      submitted: 1,
      approved: 0,
      returned: 0,
      rejected: 0,
      other: 0,
    });
    const lastDay = await summary('?from=2026-03-31&to=2026-03-31');
    expect(lastDay.filings.submitted).toBe(1);
    expect(lastDay.filings.submitted).toBe(
      await total('/api/filings?status=submitted&submittedFrom=2026-03-31&submittedTo=2026-03-31'),
    );
    expect((await summary('?from=2026-04-01&to=2026-04-30')).filings.submitted).toBe(0);
  });
});

describe('what members do with what is published', () => {
  it('counts announcement readers against the audience, opportunity stages and channel messages', async () => {
    const members = [await approvedMember(t, staff), await approvedMember(t, staff)];
    const ann = await staff.post('/api/announcements', {
      kind: 'notice',
      title: '统计看板测试公告',
      body: '正文',
      audience: { type: 'members' },
    });
    await staff.post(`/api/announcements/${ann.body.id}/publish`, {});
    await members[0].get(`/api/announcements/${ann.body.id}`);
    const opportunity = await staff.post('/api/opportunities', opportunityBody());
    await members[0].put(`/api/opportunities/${opportunity.body.id}/tracking`, { state: 'interested' });
    await members[1].put(`/api/opportunities/${opportunity.body.id}/tracking`, { state: 'applied' });
    const channel = await staff.post('/api/channels', {
      name: '看板测试频道',
      kind: 'topic',
      audience: { type: 'members' },
    });
    await members[0].post(`/api/channels/${channel.body.id}/join`);
    for (const [n, body] of ['第一条', '第二条'].entries()) {
      const sent = await members[0].post(`/api/channels/${channel.body.id}/messages`, {
        body,
        clientId: `dash-message-${n}`,
      });
      expect(sent.status).toBe(201);
    }

    const res = await staff.get('/api/dashboard/activity');
    expect(res.status).toBe(200);
    const a = res.body;
    const directoryAll = await total('/api/directory?pageSize=1');
    const row = a.announcements.find((x: { id: string }) => x.id === ann.body.id);
    // Every active member is in the audience (the directory lists those who do not hide).
    expect(row).toMatchObject({ audience: 'members', read: 1 });
    expect(row.audienceSize).toBeGreaterThanOrEqual(directoryAll);
    expect(row.rate).toBe(Math.round((1 / row.audienceSize) * 1000) / 1000);
    expect(a.opportunityFunnel.subsidy).toMatchObject({
      interested: 1,
      applied: 1,
      preparing: 0,
      awarded: 0,
    });
    expect(a.channels.activeMembers).toBe(1);
    expect(a.channels.perDay.reduce((n: number, d: { messages: number }) => n + d.messages, 0)).toBe(2);
    // A range before any of it: nothing.
    const past = (await staff.get('/api/dashboard/activity?from=2020-01-01&to=2020-12-31')).body;
    expect(past).toMatchObject({
      announcements: [],
      opportunityFunnel: {},
      channels: { perDay: [], activeMembers: 0 },
      consultationParticipation: { bySection: {}, byRegion: {}, bySize: {} },
    });
  });

  it('counts consultation comments and responses by the participants’ industry, district and size', async () => {
    // A manufacturer in Xiangzhou comments twice and answers the survey; a chemicals plant in Jinwan
    // comments once; a withdrawn comment and a draft response count for nobody.
    const xiangzhou = await approvedMember(t, staff, { enterprise: ENTERPRISES[0] });
    const jinwan = await approvedMember(t, staff, { enterprise: ENTERPRISES[2] });
    const created = await staff.post('/api/consultations', {
      title: '看板测试征求意见稿',
      standardCode: 'T/ZHCQO 099—2026',
      kind: 'group',
      description: '请提出意见。',
      draftingOrganisation: '珠海市首席质量官联盟',
      contact: '联盟秘书处',
      opensOn: chinaDate(new Date()),
      closesOn: chinaDate(new Date(Date.now() + 14 * 86_400_000)),
      audience: { type: 'members' },
      draftText: '1 范围\n本文件规定了要求。\n2 术语和定义\n本文件没有需要界定的术语。',
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const survey = await staff.put(`/api/consultations/${id}/survey`, {
      questions: [{ type: 'single', title: '是否赞成？', options: ['是', '否'], required: true }],
    });
    const question = survey.body.questions[0];
    expect((await staff.post(`/api/consultations/${id}/open`)).status).toBe(200);
    const say = async (who: TestClient, text: string) => {
      const res = await who.post(`/api/consultations/${id}/comments`, {
        clauseId: null,
        proposedChange: text,
        reason: '便于执行',
      });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    await say(xiangzhou, '建议增加培训要求');
    await say(xiangzhou, '建议明确考核周期');
    await say(jinwan, '建议区分企业规模');
    const withdrawn = await say(jinwan, '撤回的意见');
    expect((await jinwan.delete(`/api/consultations/comments/${withdrawn}`)).status).toBe(204);
    const answer = (optionId: string) => ({ questionId: question.id, value: optionId });
    const answered = await xiangzhou.put(`/api/consultations/${id}/response`, {
      answers: [answer(question.options[0].id)],
    });
    expect(answered.status).toBe(200);
    await jinwan.put(`/api/consultations/${id}/response`, {
      answers: [answer(question.options[1].id)],
      draft: true,
    });

    const today = chinaDate(new Date());
    const taking = async (query: string) =>
      (await staff.get(`/api/dashboard/activity?from=${today}&to=${today}${query}`)).body
        .consultationParticipation;
    const all = await taking('');
    expect(all.byRegion).toEqual({
      '440402': { comments: 2, responses: 1, enterprises: 1 },
      '440404': { comments: 1, responses: 0, enterprises: 1 },
    });
    expect(all.bySection).toEqual({ C: { comments: 3, responses: 1, enterprises: 2 } });
    expect(all.bySize.large).toEqual({ comments: 1, responses: 0, enterprises: 1 });
    // The member filter applies: Jinwan only, then section I (nobody took part).
    expect((await taking('&region=440404')).byRegion).toEqual({
      '440404': { comments: 1, responses: 0, enterprises: 1 },
    });
    expect((await taking('&industry=I')).bySection).toEqual({});
  });
});

describe('freshness, export and bad input', () => {
  it('follows every write at once: a newly approved member counts in the next answer', async () => {
    const before = await summary('?region=440404');
    await approvedMember(t, staff, { enterprise: { industryCode: '2614', regionCode: '440404' } });
    const after = await summary('?region=440404');
    expect(after.members).toBe(before.members + 1);
    expect(after.filings.approved).toBe(before.filings.approved + 1);
  });

  it('kept answers follow writes made outside this app too: a profile moved, an account disabled', async () => {
    const before = await summary('?region=440403');
    // Asked twice: the second answer is the kept one, and must still be right after the writes below.
    expect(await summary('?region=440403')).toMatchObject({ members: before.members });
    const [moved] = await db.query(
      `UPDATE member_profiles SET region_code = '440403'
        WHERE user_id = (SELECT user_id FROM member_profiles WHERE region_code = '440402' AND listed LIMIT 1)
        RETURNING user_id`,
    );
    expect((await summary('?region=440403')).members).toBe(before.members + 1);
    await db.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [moved[0].user_id]);
    expect((await summary('?region=440403')).members).toBe(before.members);
    await db.query(`UPDATE users SET disabled_at = NULL WHERE id = $1`, [moved[0].user_id]);
    expect((await summary('?region=440403')).members).toBe(before.members + 1);
  });

  it('a second API process on the same database sees the first one’s writes at once', async () => {
    if (!t.databaseUrl) return; // one embedded database holds one process: the server runs this
    // Closed with the first app (afterAll): closing it earlier takes shared state with it.
    other = await startTestApp({ DATABASE_URL: t.databaseUrl, JOBS_ENABLED: 'false' });
    const otherStaff = await other.admin();
    const seen = async () => (await otherStaff.get('/api/dashboard/summary?region=440404')).body.members;
    const before = await seen();
    await approvedMember(t, staff, { enterprise: { industryCode: '2614', regionCode: '440404' } });
    expect(await seen()).toBe(before + 1);
  });

  it('exports the same figures as a workbook that reads back', async () => {
    const s = await summary('?region=440402');
    const res = await fetch(`${t.url}/api/dashboard/export.xlsx?region=440402`, {
      headers: { authorization: `Bearer ${staff.token}` },
    });
    if (!res.headers.get('content-type')?.includes('spreadsheetml')) throw new Error(await res.text());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await res.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet('汇总')!;
    const value = (label: string) => {
      let found: unknown;
      sheet.eachRow((row) => {
        if (row.getCell(1).value === label) found = row.getCell(2).value;
      });
      return found;
    };
    expect(value('会员（名录）')).toBe(s.members);
    expect(value('筛选条件')).toBe('全部日期；地区 440402');
    expect(workbook.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining([
        '按规模',
        '按行业门类',
        '按地区',
        '每月备案',
        '审核用时',
        '公告阅读',
        '征求意见',
        '征求意见参与',
      ]),
    );
    // One chart alone: its sheet only, the same figures as the summary.
    const one = await fetch(`${t.url}/api/dashboard/export.xlsx?region=440402&chart=bySize`, {
      headers: { authorization: `Bearer ${staff.token}` },
    });
    const alone = new ExcelJS.Workbook();
    await alone.xlsx.load((await one.arrayBuffer()) as never);
    expect(alone.worksheets.map((w) => w.name)).toEqual(['按规模']);
    const sizes: Record<string, unknown> = {};
    alone.worksheets[0].eachRow((row, n) => {
      if (n > 1) sizes[String(row.getCell(1).value)] = row.getCell(2).value;
    });
    expect(sizes).toEqual(s.bySize);
    expect((await staff.get('/api/dashboard/export.xlsx?chart=pie')).status).toBe(400);
  });

  it('refuses a bad filter with a code; members may not read it', async () => {
    const bad = await staff.get('/api/dashboard/summary?from=2026-02-30&size=giant');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const member = await approvedMember(t, staff);
    expect((await member.get('/api/dashboard/summary')).status).toBe(403);
    expect((await t.client().get('/api/dashboard/summary')).status).toBe(401);
  });
});
