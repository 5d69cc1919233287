import ExcelJS from 'exceljs';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';

/**
 * The audit log through HTTP: filtered by who, what, on what and when (Beijing days), exported as
 * a workbook that is itself logged, and each person's own recent actions.
 */
let t: TestApp;
let admin: TestClient;
let staff: TestClient & { userId: string };
let other: TestClient & { userId: string };

beforeAll(async () => {
  t = await startTestApp({ JOBS_ENABLED: 'false' });
  admin = await t.admin();
  staff = await t.userWithRoles(['staff']);
  other = await t.userWithRoles(['staff']);
  // Audited actions by two people: talent-pool exports, and a role change by the admin.
  await staff.get('/api/talent-pool/export.xlsx');
  await staff.get('/api/talent-pool/export.xlsx');
  await other.get('/api/talent-pool/export.xlsx');
  // One of the staff member's exports happened on 2026-03-31 at 23:30 in Beijing.
  const db = t.app.get<DataSource>(getDataSourceToken());
  await db.query(
    `UPDATE audit_entries SET created_at = '2026-03-31T15:30:00Z'
      WHERE id = (SELECT id FROM audit_entries WHERE actor_id = $1 ORDER BY created_at LIMIT 1)`,
    [staff.userId],
  );
}, 120_000);
afterAll(() => t.close());

const page = async (query: string) => {
  const res = await admin.get(`/api/admin/audit${query}`);
  expect(res.status).toBe(200);
  return res.body as { items: { action: string; actorId: string; actorName: string }[]; total: number };
};

describe('the audit log', () => {
  it('filters by who, by action and subject type, and by Beijing days', async () => {
    const mine = await page(`?actorId=${staff.userId}&action=talent-pool.export`);
    expect(mine.total).toBe(2);
    expect(mine.items.every((e) => e.actorId === staff.userId)).toBe(true);
    expect((await page(`?subjectType=talent-pool`)).total).toBe(3);
    expect((await page(`?actorId=${other.userId}`)).total).toBe(1);
    const lastDay = await page(`?actorId=${staff.userId}&from=2026-03-31&to=2026-03-31`);
    expect(lastDay.total).toBe(1);
    expect((await page(`?actorId=${staff.userId}&from=2026-04-01&to=2026-04-30`)).total).toBe(0);
    const bad = await admin.get('/api/admin/audit?actorId=nobody&from=2026-02-30');
    expect(bad.status).toBe(400);
  });

  it('exports the filtered log as XLSX, and logs the export', async () => {
    const res = await fetch(`${t.url}/api/admin/audit/export.xlsx?actorId=${staff.userId}`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await res.arrayBuffer()) as never);
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['时间', '操作', '操作人', '对象类型', '对象', '原因', '详情']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['talent-pool.export', 'talent-pool.export']);
    expect((await page('?action=audit.export')).total).toBe(1);
    expect((await staff.get('/api/admin/audit/export.xlsx')).status).toBe(403);
  });

  it('shows each person their own recent actions, and only theirs', async () => {
    const own = await staff.get('/api/me/audit');
    expect(own.status).toBe(200);
    expect(own.body.total).toBe(2);
    expect(own.body.items.every((e: { actorId: string }) => e.actorId === staff.userId)).toBe(true);
    expect((await other.get('/api/me/audit')).body.total).toBe(1);
  });
});
