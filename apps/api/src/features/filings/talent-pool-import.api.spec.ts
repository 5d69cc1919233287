import ExcelJS from 'exceljs';
import { TALENT_POOL_COLUMNS } from '@cqo/contracts';
import { residentId } from '../../testing/filing-fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';
import { parseDay, readRow } from './talent-pool-import';

let t: TestApp;
let staff: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  staff = await t.userWithRoles(['staff']);
});
afterAll(() => t.close());

type Row = (string | number | Date | null)[];

/** A row of the 17-column table as the bureau's paper forms were typed in. */
function row(
  n: number,
  name: string,
  cqo: string,
  id: string,
  overrides: Partial<Record<string, unknown>> = {},
): Row {
  const values: Record<string, unknown> = {
    序号: n,
    企业名称: name,
    行业分类: '3911 计算机整机制造',
    企业规模: '小型',
    所属地区: '珠海市香洲区',
    首席质量官姓名: cqo,
    身份证号: id,
    性别: '男',
    学历: '本科',
    质量工作年限: 8,
    '兼任职务（除首席质量官外在企业担任董事长、总经理、副总经理或其他）': '副总经理',
    通讯地址: '珠海市香洲区科技路 1 号',
    手机: '13800138000',
    电子邮箱: `cqo${n}@example.cn`,
    任职时间: new Date(Date.UTC(2023, 10, 1)),
    培训证书号: `GDCQO-2023-${String(n).padStart(4, '0')}`,
    发证机构: '广东省市场监督管理局',
    ...overrides,
  };
  return TALENT_POOL_COLUMNS.map((c) => values[c] as Row[number]);
}

async function workbook(
  rows: Row[],
  header: readonly string[] = TALENT_POOL_COLUMNS,
  title = true,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('人才库信息表');
  if (title) sheet.addRow(['企业首席质量官人才库信息表']);
  sheet.addRow([...header]);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const upload = (bytes: Buffer, query = '') =>
  staff.upload(`/api/talent-pool/import${query}`, { name: '纸质备案.xlsx', bytes });

const MALE_1980 = residentId('1980-02-03', '111');
const MALE_1975 = residentId('1975-07-08', '231');
const FEMALE_1990 = residentId('1990-12-01', '242');

describe('talent-pool import', () => {
  const good = [
    row(1, '珠海导入精工有限公司', '陈导入', MALE_1980),
    row(2, '珠海导入材料有限公司', '林导入', MALE_1975, {
      所属地区: '广东省 珠海市 金湾区',
      任职时间: '2022年3月',
    }),
    row(3, '澳门导入贸易有限公司', '何导入', 'A123456(3)（中国香港）', { 性别: '', 任职时间: '2024/1/15' }),
  ];

  it('checks every row and refuses the whole file for one bad row, naming row, column and reason', async () => {
    const bad = row(
      4,
      '珠海导入坏行有限公司',
      '错导入',
      FEMALE_1990.slice(0, 17) + (FEMALE_1990[17] === '0' ? '1' : '0'),
      {
        性别: '女',
        电子邮箱: 'info@example.cn',
        企业规模: '特大型',
      },
    );
    const res = await upload(await workbook([...good, bad]));
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('IMPORT_REJECTED');
    expect(res.body.report).toMatchObject({ total: 4, accepted: 3, refused: 1, imported: false });
    const refused = res.body.report.rows.find((r: { accepted: boolean }) => !r.accepted);
    expect(refused.row).toBe(6); // title row, header row, then data from row 3
    expect(refused.errors).toEqual(
      expect.arrayContaining([
        { column: '身份证号', code: 'ID_CHECKSUM' },
        { column: '电子邮箱', code: 'EMAIL_ROLE_MAILBOX' },
        { column: '企业规模', code: 'INVALID_VALUE' },
      ]),
    );
    expect(res.body.details).toEqual(
      expect.arrayContaining([{ field: 'row 6: 身份证号', code: 'ID_CHECKSUM' }]),
    );
    expect((await t.client().get('/api/talent-pool?q=导入')).body.total).toBe(0);
  });

  it('a dry run answers the report and saves nothing', async () => {
    const res = await upload(await workbook(good), '?dryRun=true');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 3, accepted: 3, refused: 0, imported: false });
    expect((await t.client().get('/api/talent-pool?q=导入')).body.total).toBe(0);
  });

  it('imports a clean file whole: the pool, the export and the timeline show the CQOs', async () => {
    const res = await upload(await workbook(good));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ fileName: '纸质备案.xlsx', total: 3, accepted: 3, imported: true });

    const pool = await t.client().get('/api/talent-pool?q=导入');
    expect(pool.body.items).toEqual(
      expect.arrayContaining([
        { enterpriseName: '珠海导入精工有限公司', cqoName: '陈导入', appointedOn: '2023-11-01' },
        { enterpriseName: '珠海导入材料有限公司', cqoName: '林导入', appointedOn: '2022-03-01' },
        { enterpriseName: '澳门导入贸易有限公司', cqoName: '何导入', appointedOn: '2024-01-15' },
      ]),
    );

    const queue = await staff.get('/api/filings?status=approved&q=导入材料');
    const filing = (await staff.get(`/api/filings/${queue.body.items[0].id}`)).body;
    expect(filing).toMatchObject({
      source: 'import',
      ownerId: null,
      current: true,
      enterpriseSize: 'small',
      eligibilityOutcome: 'eligible',
      enterprise: { regionCode: '440404', industryCode: '3911' },
      cqo: { sex: 'male', birthDate: '1975-07-08', education: 'bachelor', mobile: '138****8000' },
    });
    expect(filing.cqo.idNumber).toMatch(/^440402\*{8}/);
    expect(filing.events).toEqual([expect.objectContaining({ action: 'import', toStatus: 'approved' })]);

    const exported = await fetch(`${t.url}/api/talent-pool/export.xlsx?q=导入`, {
      headers: { authorization: `Bearer ${staff.token}` },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await exported.arrayBuffer()) as never);
    const ids = wb.worksheets[0].getColumn(7).values.slice(2);
    expect(ids).toEqual(expect.arrayContaining([MALE_1980, 'A123456(3)（中国香港）']));

    const admin = await t.admin();
    expect((await admin.get('/api/admin/audit?action=talent-pool.import')).body.items[0]).toMatchObject({
      meta: { fileName: '纸质备案.xlsx', rows: 3 },
    });
  });

  it('exports text that looks like a formula as inert text, and reads it back as typed', async () => {
    const risky = [
      '=HYPERLINK("http://example.invalid","点我")',
      "+cmd|' /C calc'!A0",
      '@SUM(1+1)*cmd|A0',
      '-2+3',
    ];
    const rows = risky.map((text, i) =>
      row(10 + i, `珠海公式${i}有限公司`, `公式${i}`, residentId('1981-01-0' + (i + 1), '331'), {
        '兼任职务（除首席质量官外在企业担任董事长、总经理、副总经理或其他）': text,
        通讯地址: text,
      }),
    );
    expect((await upload(await workbook(rows))).status).toBe(200);
    const exported = await fetch(`${t.url}/api/talent-pool/export.xlsx?q=公式`, {
      headers: { authorization: `Bearer ${staff.token}` },
    });
    const bytes = Buffer.from(await exported.arrayBuffer());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    const cells = wb.worksheets[0].getRows(2, risky.length)!.flatMap((r) => [r.getCell(11), r.getCell(12)]);
    expect(cells.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true);
    expect(cells.map((c) => c.value).sort()).toEqual([...risky, ...risky].map((x) => `'${x}`).sort());
    // What the export wrote comes back in as it was typed (the apostrophe is the export's, not the data's).
    const [header, first] = [wb.worksheets[0].getRow(1), wb.worksheets[0].getRow(2)];
    expect(header.getCell(1).value).toBe('序号');
    expect(risky).toContain(readRow((first.values as unknown[]).slice(1), 2).cqo.address);
  });

  it('refuses people and enterprises already in the pool, and repeats within a file', async () => {
    const again = await upload(await workbook([good[0]]));
    expect(again.status).toBe(422);
    expect(again.body.report.rows[0].errors).toEqual(
      expect.arrayContaining([
        { column: '身份证号', code: 'FILING_ID_NUMBER_TAKEN' },
        { column: '企业名称', code: 'ENTERPRISE_HAS_CQO' },
      ]),
    );
    const twice = await upload(
      await workbook([
        row(1, '珠海重复一公司', '甲', FEMALE_1990, { 性别: '女' }),
        row(2, '珠海重复二公司', '乙', FEMALE_1990, { 性别: '女' }),
      ]),
    );
    expect(twice.body.report.rows[1].errors).toEqual([{ column: '身份证号', code: 'IMPORT_DUPLICATE_ROW' }]);
  });

  it('refuses a file that is not the 17-column table, not XLSX, or empty', async () => {
    const header: string[] = [...TALENT_POOL_COLUMNS];
    header[6] = '证件号';
    const wrong = await upload(await workbook([good[0]], header));
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({
      code: 'IMPORT_BAD_HEADER',
      details: [{ field: '身份证号', code: 'HEADER_MISMATCH' }],
    });

    const pdf = await upload(Buffer.from('%PDF-1.4\n%%EOF\n'));
    expect(pdf.status).toBe(415);
    expect(pdf.body.code).toBe('FILE_TYPE_NOT_ALLOWED');

    const zip = await upload(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64)]));
    expect(zip.status).toBe(400);
    expect(zip.body.code).toBe('IMPORT_UNREADABLE');

    const empty = await upload(await workbook([], TALENT_POOL_COLUMNS, false));
    expect(empty.body.code).toBe('IMPORT_EMPTY');
  });
});

describe('a huge import file', () => {
  /** 100,000 rows (about 5 MB), written as a streaming writer does it: the size the probe sent. */
  async function hugeWorkbook(rows: number): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const { PassThrough } = await import('node:stream');
    const out = new PassThrough();
    out.on('data', (c: Buffer) => chunks.push(c));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
    const sheet = wb.addWorksheet('人才库信息表');
    sheet.addRow([...TALENT_POOL_COLUMNS]).commit();
    for (let n = 1; n <= rows; n++)
      sheet.addRow([n, `企业${n}`, '3911', '小型', '珠海市香洲区', `姓名${n}`]).commit();
    sheet.commit();
    await wb.commit();
    return Buffer.concat(chunks);
  }

  it('is refused at the row limit without stalling the API or holding the file in memory', async () => {
    const bytes = await hugeWorkbook(100_000);
    expect(bytes.length).toBeGreaterThan(2_000_000);
    const rssBefore = process.memoryUsage().rss;
    let slowest = 0;
    let done = false;
    // Meanwhile, other requests keep being answered.
    const probe = (async () => {
      while (!done) {
        const started = Date.now();
        expect((await t.client().get('/api/health')).status).toBeLessThan(500);
        slowest = Math.max(slowest, Date.now() - started);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const started = Date.now();
    const res = await upload(bytes);
    done = true;
    await probe;
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('IMPORT_TOO_MANY_ROWS');
    // Generous bounds for a busy machine: before, the API stalled for half a minute.
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(slowest).toBeLessThan(2_000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(300 * 1024 * 1024);
  }, 120_000);
});

describe('import dates', () => {
  it('reads the ways people write a day', () => {
    expect(parseDay('2023-11-01')).toBe('2023-11-01');
    expect(parseDay('2023/1/5')).toBe('2023-01-05');
    expect(parseDay('2023.1.5')).toBe('2023-01-05');
    expect(parseDay('2023年1月5日')).toBe('2023-01-05');
    expect(parseDay('2023年11月')).toBe('2023-11-01');
    expect(parseDay(new Date(Date.UTC(2021, 5, 30)))).toBe('2021-06-30');
    expect(parseDay('2023-02-30')).toBeNull();
    expect(parseDay('去年')).toBeNull();
  });
});
