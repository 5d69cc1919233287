import type { AppNotification } from '@cqo/contracts';
import { worded } from '../../testing/notifications';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { TALENT_POOL_COLUMNS } from '@cqo/contracts';
import { creditCode, filingBody, ID, residentId, attachRequired } from '../../testing/filing-fixtures';
import { actorClients, type Actor } from '../../testing/permissions';
import { JobsService } from '../../platform/jobs/jobs.service';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('filing workflow', () => {
  let applicant: TestClient & { userId: string };
  let staff: TestClient;
  let filingId: string;
  const credit = creditCode('MA4UABCD');

  beforeAll(async () => {
    applicant = await t.userWithRoles(['applicant']);
    staff = await t.userWithRoles(['staff']);
  });

  it('starts a draft with any part missing, and refuses bad types per field', async () => {
    const bad = await applicant.post('/api/filings', { enterprise: { employees: -5, industryCode: 12 } });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'enterprise.employees', code: 'TOO_SMALL' }),
        expect.objectContaining({ field: 'enterprise.industryCode', code: 'NOT_STRING' }),
      ]),
    );
    const res = await applicant.post('/api/filings', { enterprise: { name: '珠海格质电子有限公司' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: expect.any(String),
      status: 'draft',
      enterprise: { name: '珠海格质电子有限公司' },
    });
    filingId = res.body.id;
    expect((await applicant.post('/api/filings', {})).body.code).toBe('FILING_OPEN_EXISTS');

    // Days that are not on the calendar are refused per field; the draft keeps what it had.
    const impossible = await applicant.patch(`/api/filings/${filingId}`, {
      cqo: { birthDate: '1980-02-30', appointedOn: '2026-13-45' },
    });
    expect(impossible.status).toBe(400);
    expect(impossible.body.details).toEqual([
      expect.objectContaining({ field: 'cqo.birthDate', code: 'INVALID_DATE' }),
      expect.objectContaining({ field: 'cqo.appointedOn', code: 'INVALID_DATE' }),
    ]);
    expect((await applicant.get(`/api/filings/${filingId}`)).body.enterprise.name).toBe(
      '珠海格质电子有限公司',
    );
  });

  it('saves the whole form, answering with the ID number and mobiles masked', async () => {
    const res = await applicant.patch(
      `/api/filings/${filingId}`,
      filingBody(credit, {
        cqo: {
          idNumber: residentId('1985-06-15', '120'),
          birthDate: '1985-06-16',
          email: 'quality@example.cn',
        },
      }),
    );
    expect(res.status).toBe(200);
    expect(res.body.cqo.idNumber).toMatch(/^440402\*{8}\d{3}[\dX]$/);
    expect(res.body.cqo.mobile).toBe('138****8000');
    expect(res.body.enterprise.legalRepresentative.mobile).toBe('139****9000');
    expect(res.text).not.toContain('13800138000');
  });

  it('submit re-runs every check and names each bad field', async () => {
    const res = await applicant.post(`/api/filings/${filingId}/submit`);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('FILING_INCOMPLETE');
    const codes = res.body.details.map((d: { field: string; code: string }) => `${d.field}:${d.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'cqo.birthDate:ID_BIRTH_DATE_MISMATCH',
        'cqo.sex:ID_SEX_MISMATCH',
        'cqo.email:EMAIL_ROLE_MAILBOX',
        // The notice's required documents are missing too.
        'attachments.registration-form:REQUIRED',
        'attachments.id-copy:REQUIRED',
      ]),
    );
    expect((await applicant.get(`/api/filings/${filingId}`)).body.status).toBe('draft');
  });

  it('refuses a wrong check digit and an unknown industry', async () => {
    const wrongDigit = ID.slice(0, 17) + (ID[17] === '0' ? '1' : '0');
    await applicant.patch(`/api/filings/${filingId}`, {
      cqo: { idNumber: wrongDigit, birthDate: '1985-06-15', email: 'li.ming@example.cn' },
      enterprise: { industryCode: '9999' },
    });
    const res = await applicant.post(`/api/filings/${filingId}/submit`);
    const codes = res.body.details.map((d: { field: string; code: string }) => `${d.field}:${d.code}`);
    expect(codes).toEqual(
      expect.arrayContaining(['cqo.idNumber:ID_CHECKSUM', 'enterprise.industryCode:INDUSTRY_NOT_CLASS']),
    );
  });

  it('submits once everything is right, computing size and eligibility', async () => {
    await attachRequired(applicant, filingId);
    await applicant.patch(`/api/filings/${filingId}`, {
      cqo: { idNumber: ID },
      enterprise: { industryCode: '3911' },
    });
    const res = await applicant.post(`/api/filings/${filingId}/submit`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'submitted',
      enterpriseSize: 'small',
      eligibilityOutcome: 'eligible',
    });
    expect((await applicant.patch(`/api/filings/${filingId}`, { cqo: { name: 'X' } })).body.code).toBe(
      'FILING_NOT_EDITABLE',
    );
  });

  it('staff hear that it waits for them, and see how many wait', async () => {
    await t.app.get(JobsService).drain();
    const notices = (await staff.get('/api/notifications')).body.items.map((n: AppNotification) => worded(n));
    expect(notices).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: '新的首席质量官备案待审核', link: `/review/${filingId}` }),
      ]),
    );
    // The applicant is not told of their own submission as if they were staff.
    const own = (await applicant.get('/api/notifications')).body.items as { link: string }[];
    expect(own.map((n) => n.link)).not.toContain(`/review/${filingId}`);
    const waiting = await staff.get('/api/filings/waiting');
    expect(waiting.status).toBe(200);
    expect(waiting.body.submitted).toBeGreaterThanOrEqual(1);
    expect((await applicant.get('/api/filings/waiting')).status).toBe(403);
  });

  it('staff find it in the queue with filters and search', async () => {
    const queue = await staff.get(
      '/api/filings?status=submitted&region=4404&industry=39&size=small&eligibility=eligible&q=%E6%A0%BC%E8%B4%A8',
    );
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((i: { id: string }) => i.id)).toContain(filingId);
    expect(
      (await staff.get('/api/filings?status=approved')).body.items.map((i: { id: string }) => i.id),
    ).not.toContain(filingId);
    expect((await staff.get('/api/filings?size=huge')).status).toBe(400);
    // An industry section (C, manufacturing) holds 3911; another (F) does not.
    const ids = async (q: string) =>
      (await staff.get(`/api/filings?${q}`)).body.items.map((i: { id: string }) => i.id);
    expect(await ids('industry=C&status=submitted')).toContain(filingId);
    expect(await ids('industry=f&status=submitted')).not.toContain(filingId);
    expect((await staff.get('/api/filings?industry=CC')).status).toBe(400);
    // Days are counted in Asia/Shanghai (sv-SE formats as YYYY-MM-DD).
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    expect(
      (await staff.get(`/api/filings?submittedFrom=2000-01-01&submittedTo=${today}`)).body.total,
    ).toBeGreaterThanOrEqual(1);
    expect((await staff.get('/api/filings?submittedTo=2000-01-01')).body.total).toBe(0);
    const badDay = await staff.get('/api/filings?submittedFrom=2026-13-45');
    expect(badDay.status).toBe(400);
    expect(badDay.body.details).toEqual([
      expect.objectContaining({ field: 'submittedFrom', code: 'INVALID_DATE' }),
    ]);
  });

  it('staff return it with comments per field; the applicant sees them and resubmits', async () => {
    const noComment = await staff.post(`/api/filings/${filingId}/review`, { decision: 'return' });
    expect(noComment.status).toBe(400);
    const res = await staff.post(`/api/filings/${filingId}/review`, {
      decision: 'return',
      comment: '请补充培训证书',
      fieldComments: { 'cqo.trainingCertificateNo': '证书号看不清' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'returned',
      fieldComments: { 'cqo.trainingCertificateNo': '证书号看不清' },
    });
    const mine = await applicant.get(`/api/filings/${filingId}`);
    expect(mine.body.events.map((e: { action: string }) => e.action)).toEqual(['create', 'submit', 'return']);
    expect(mine.body.events[2]).toMatchObject({
      comment: '请补充培训证书',
      fromStatus: 'submitted',
      toStatus: 'returned',
    });
    await applicant.patch(`/api/filings/${filingId}`, { cqo: { trainingCertificateNo: 'GDCQO-2023-0002' } });
    const again = await applicant.post(`/api/filings/${filingId}/submit`);
    expect(again.body.status).toBe('submitted');
    // The e-mail goes out from a background job.
    await t.app.get(JobsService).drain();
    const mail = (await (await t.admin()).get('/api/admin/outbox')).body.items.find(
      (m: { subject: string }) => m.subject.includes('退回'),
    );
    expect(mail.text).toContain('证书号看不清');
  });

  it('approval makes the applicant a member and puts the CQO in the public talent pool', async () => {
    const res = await staff.post(`/api/filings/${filingId}/review`, {
      decision: 'approve',
      comment: '同意备案',
    });
    expect(res.body).toMatchObject({ status: 'approved', current: true });
    expect((await applicant.get('/api/auth/me')).body.roles).toEqual(['member']);
    const pool = await t.client().get(`/api/talent-pool?q=${encodeURIComponent('李明')}`);
    expect(pool.status).toBe(200);
    expect(pool.body.items).toEqual([
      { enterpriseName: '珠海格质电子有限公司', cqoName: '李明', appointedOn: '2023-11-01' },
    ]);
    const timeline = (await applicant.get(`/api/filings/${filingId}`)).body.events.map(
      (e: { action: string }) => e.action,
    );
    expect(timeline).toEqual(['create', 'submit', 'return', 'resubmit', 'approve']);
  });

  it('exports the talent pool as XLSX with the 17 source columns, read back cell by cell', async () => {
    const res = await fetch(`${t.url}/api/talent-pool/export.xlsx`, {
      headers: { authorization: `Bearer ${staff.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...TALENT_POOL_COLUMNS]);
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(row).toEqual([
      1,
      '珠海格质电子有限公司',
      '3911 计算机整机制造',
      '小型',
      '广东省 珠海市 香洲区',
      '李明',
      ID,
      '男',
      '本科',
      8,
      '副总经理',
      '珠海市香洲区科技路 1 号',
      '13800138000',
      'li.ming@example.cn',
      '2023-11-01',
      'GDCQO-2023-0002',
      '广东省市场监督管理局',
    ]);
    expect((await applicant.get('/api/talent-pool/export.xlsx')).status).toBe(403);
  });

  it('streams an export larger than one read batch', async () => {
    const ds = t.app.get<DataSource>(getDataSourceToken());
    await ds.query(
      `
      INSERT INTO filings (owner_id, status, is_current, enterprise, cqo, sealed, enterprise_name, credit_code, cqo_name, appointed_on, version)
      SELECT owner_id, 'approved', true, enterprise, cqo, sealed, enterprise_name || '-' || g, 'BULK' || lpad(g::text, 14, '0'), cqo_name || g, appointed_on, 1
      FROM filings, generate_series(1, 1100) g WHERE id = $1`,
      [filingId],
    );
    const res = await fetch(`${t.url}/api/talent-pool/export.xlsx`, {
      headers: { authorization: `Bearer ${staff.token}` },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect(workbook.worksheets[0].rowCount).toBe(1 + 1101);
    await ds.query(`DELETE FROM filings WHERE credit_code LIKE 'BULK%'`);
  });

  it('renders the registration form as DOCX with every row of the source form', async () => {
    const res = await fetch(`${t.url}/api/filings/${filingId}/registration-form.docx`, {
      headers: { authorization: `Bearer ${applicant.token}` },
    });
    expect(res.status).toBe(200);
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, '');
    for (const label of [
      '广东省企业首席质量官基本信息登记表',
      '单位名称',
      '所属地区',
      '所属行业',
      '单位性质',
      '企业规模',
      '主导产品及经营项目',
      '申请人姓名',
      '身份证号',
      '性别',
      '出生日期',
      '学历',
      '毕业院校',
      '专业',
      '质量工作年限',
      '现任职务',
      '职称',
      '联系电话',
      '手机',
      '传真',
      'Email',
      '通讯地址',
      '邮编',
      '单位负责人',
      '单位质量负责人',
      '单位网址',
      '邮箱',
      '申请人工作简历',
      '单位推荐意见',
      '备注',
      '一寸照片',
    ]) {
      expect(text).toContain(label);
    }
    for (const value of [
      '珠海格质电子有限公司',
      '计算机整机制造',
      '有限责任公司',
      '小型',
      ID,
      '华南理工大学',
      '高级工程师',
      '13800138000',
      '王强',
      '赵敏',
      '我单位 李明 同志上述资料属实，同意推荐。',
    ])
      expect(text).toContain(value);
  });

  it('staff reveal a number only with a reason, and it is audited', async () => {
    expect((await staff.post(`/api/filings/${filingId}/reveal`, { field: 'idNumber' })).status).toBe(400);
    const res = await staff.post(`/api/filings/${filingId}/reveal`, {
      field: 'idNumber',
      reason: '核对省局名单',
    });
    expect(res.body).toEqual({ field: 'idNumber', value: ID });
    const audit = await (await t.admin()).get(`/api/admin/audit?subjectId=${filingId}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['filing.reveal.idNumber', 'filing.approve', 'filing.return']),
    );
    expect(
      audit.body.items.find((e: { action: string }) => e.action === 'filing.reveal.idNumber').reason,
    ).toBe('核对省局名单');
  });

  it('keeps no ID number or mobile in clear in the database', async () => {
    const ds = t.app.get<DataSource>(getDataSourceToken());
    const rows: { doc: string }[] = await ds.query('SELECT row_to_json(f)::text AS doc FROM filings f');
    const all =
      rows.map((r) => r.doc).join('\n') +
      JSON.stringify(await ds.query('SELECT * FROM filing_events')) +
      JSON.stringify(await ds.query('SELECT * FROM audit_entries'));
    expect(all).toContain('李明');
    for (const secret of [ID, '13800138000', '13900139000', '13700137000']) expect(all).not.toContain(secret);
  });

  it('a newer approved filing of the same enterprise supersedes the old one, whose history stays', async () => {
    const successor = await t.userWithRoles(['applicant']);
    const created = await successor.post(
      '/api/filings',
      filingBody(credit, {
        cqo: {
          name: '陈新',
          idNumber: residentId('1988-02-02', '246'),
          sex: 'female',
          birthDate: '1988-02-02',
          email: 'chen.xin@example.cn',
        },
      }),
    );
    await attachRequired(successor, created.body.id);
    expect((await successor.post(`/api/filings/${created.body.id}/submit`)).body.status).toBe('submitted');
    await staff.post(`/api/filings/${created.body.id}/review`, { decision: 'approve' });
    const pool = await t.client().get('/api/talent-pool');
    expect(pool.body.items.map((i: { cqoName: string }) => i.cqoName)).toEqual(['陈新']);
    const old = await staff.get(`/api/filings/${filingId}`);
    expect(old.body).toMatchObject({ status: 'approved', current: false });
    expect(old.body.events.at(-1).action).toBe('supersede');
  });

  it('lets the applicant withdraw before review, and download all their data', async () => {
    const other = await t.userWithRoles(['applicant']);
    const created = await other.post(
      '/api/filings',
      filingBody(creditCode('MA4UWXY8'), {
        cqo: { idNumber: residentId('1990-03-03', '357'), birthDate: '1990-03-03', email: 'w.x@example.cn' },
      }),
    );
    expect((await other.post(`/api/filings/${created.body.id}/withdraw`)).body.code).toBe(
      'FILING_NOT_WITHDRAWABLE',
    );
    await attachRequired(other, created.body.id);
    const submitted = await other.post(`/api/filings/${created.body.id}/submit`);
    expect(submitted.body.details ?? []).toEqual([]);
    expect((await other.post(`/api/filings/${created.body.id}/withdraw`)).body.status).toBe('withdrawn');
    const data = await other.get('/api/me/data-export');
    expect(data.status).toBe(200);
    expect(data.body.filings[0].cqo.idNumber).toBe(residentId('1990-03-03', '357'));
    expect(data.body.filings[0].history.map((h: { action: string }) => h.action)).toEqual([
      'create',
      'submit',
      'withdraw',
    ]);
  });
});

describe('filing permissions', () => {
  let clients: Record<Actor, TestClient>;
  let ownerFiling: string;
  beforeAll(async () => {
    clients = await actorClients(t);
    ownerFiling = (await clients.applicant.post('/api/filings', { enterprise: { name: '权限测试' } })).body
      .id;
  });

  it('someone else’s filing is invisible (404), staff and the owner see it', async () => {
    expect((await clients.member.get(`/api/filings/${ownerFiling}`)).status).toBe(404);
    expect(
      (await clients.member.patch(`/api/filings/${ownerFiling}`, { enterprise: { name: 'x' } })).status,
    ).toBe(404);
    expect((await clients.member.post(`/api/filings/${ownerFiling}/submit`)).status).toBe(404);
    expect((await clients.member.get(`/api/filings/${ownerFiling}/registration-form.docx`)).status).toBe(404);
    expect((await clients.staff.get(`/api/filings/${ownerFiling}`)).status).toBe(200);
    expect((await clients.applicant.get(`/api/filings/${ownerFiling}`)).status).toBe(200);
    expect((await clients.member.get('/api/filings')).body.items).toEqual([]);
  });

  it('POST /api/filings is open to every signed-in account, not to visitors', async () => {
    expect((await clients.anonymous.post('/api/filings', {})).status).toBe(401);
    expect((await clients.staff.post('/api/filings', {})).status).toBe(201);
  });
});
