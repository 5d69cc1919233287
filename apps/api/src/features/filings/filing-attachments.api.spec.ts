import JSZip from 'jszip';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { creditCode, filingBody, attachRequired } from '../../testing/filing-fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';
import { EXE, PDF, PNG } from '../../testing/upload-fixtures';

let t: TestApp;
let dataDir: string;
beforeAll(async () => {
  t = await startTestApp();
  dataDir = process.env['DATA_DIR']!;
});
afterAll(() => t.close());

describe('filing attachments', () => {
  let owner: TestClient & { userId: string };
  let other: TestClient;
  let staff: TestClient;
  let filingId: string;

  beforeAll(async () => {
    owner = await t.userWithRoles(['applicant']);
    other = await t.userWithRoles(['applicant']);
    staff = await t.userWithRoles(['staff']);
    filingId = (await owner.post('/api/filings', filingBody(creditCode('MA4UATT1')))).body.id;
  });

  const url = (kind: string) => `/api/filings/${filingId}/attachments?kind=${kind}`;

  it('stores a PDF under a random id, named by what its bytes are', async () => {
    const res = await owner.upload(url('appointment'), { name: '任命书.PNG', bytes: PDF, type: 'image/png' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: expect.any(String),
      kind: 'appointment',
      name: '任命书.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
    });
    const stored = readdirSync(join(dataDir, 'files'));
    expect(stored).toContain(res.body.id);
    expect(stored.join()).not.toContain('任命书');

    const filing = await owner.get(`/api/filings/${filingId}`);
    expect(filing.body.attachments).toEqual([expect.objectContaining({ id: res.body.id })]);
  });

  it('refuses a ".pdf" whose bytes are an executable, and keeps nothing of it', async () => {
    const before = readdirSync(join(dataDir, 'files')).length;
    const res = await owner.upload(url('id-copy'), { name: 'id.pdf', bytes: EXE, type: 'application/pdf' });
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(readdirSync(join(dataDir, 'files'))).toHaveLength(before);
  });

  it('refuses a file over 10 MB with 413, an empty file and a request without a file', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024, 0x20)]);
    const res = await owner.upload(url('diploma'), { name: 'big.pdf', bytes: big });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('FILE_TOO_LARGE');
    expect((await owner.upload(url('diploma'), { name: 'e.pdf', bytes: Buffer.alloc(0) })).body.code).toBe(
      'FILE_EMPTY',
    );
    const json = await owner.post(url('diploma'), { file: 'x' });
    expect(json.status).toBe(415);
    expect(json.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const badKind = await owner.upload(`/api/filings/${filingId}/attachments?kind=selfie`, {
      name: 'a.png',
      bytes: PNG,
    });
    expect(badKind.status).toBe(400);
    expect(badKind.body.details).toEqual([expect.objectContaining({ field: 'kind' })]);
    const files = (await owner.get(`/api/filings/${filingId}`)).body.attachments;
    expect(files).toHaveLength(1);
  });

  it('takes a photo only as an image, and a new photo replaces the old one', async () => {
    expect((await owner.upload(url('photo'), { name: 'p.pdf', bytes: PDF })).body.code).toBe(
      'FILE_TYPE_NOT_ALLOWED',
    );
    const first = await owner.upload(url('photo'), { name: 'me.png', bytes: PNG });
    const second = await owner.upload(url('photo'), { name: 'me2.png', bytes: PNG });
    expect(second.status).toBe(201);
    const photos = (await owner.get(`/api/filings/${filingId}`)).body.attachments.filter(
      (a: { kind: string }) => a.kind === 'photo',
    );
    expect(photos.map((p: { id: string }) => p.id)).toEqual([second.body.id]);
    expect(existsSync(join(dataDir, 'files', first.body.id))).toBe(false);
  });

  it('lets the owner and staff read a file; anyone else gets 404; staff reads are audited', async () => {
    const { attachments } = (await owner.get(`/api/filings/${filingId}`)).body;
    const pdf = attachments.find((a: { kind: string }) => a.kind === 'appointment');
    const path = `/api/filings/${filingId}/attachments/${pdf.id}`;

    const mine = await owner.get(path);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('application/pdf');
    expect(mine.headers.get('content-disposition')).toMatch(/^inline; .*filename\*=UTF-8''%E4%BB%BB/);
    expect(mine.text).toBe(PDF.toString());
    expect((await owner.get(path + '?download=1')).headers.get('content-disposition')).toMatch(/^attachment/);

    expect((await staff.get(path)).status).toBe(200);
    expect((await other.get(path)).status).toBe(404);
    expect((await t.client().get(path)).status).toBe(401);

    const admin = await t.admin();
    const audit = await admin.get('/api/admin/audit?action=filing.attachment');
    expect(audit.body.items.some((e: { subjectId: string }) => e.subjectId === filingId)).toBe(true);
  });

  it('puts the photo into the registration form DOCX', async () => {
    const res = await fetch(`${t.url}/api/filings/${filingId}/registration-form.docx`, {
      headers: { authorization: `Bearer ${owner.token}` },
    });
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(Buffer.from(await zip.file(media[0])!.async('uint8array')).equals(PNG)).toBe(true);
    expect(await zip.file('word/document.xml')!.async('string')).not.toContain('一寸照片');
  });

  it('only the owner deletes, and only while the filing may change', async () => {
    const { attachments } = (await owner.get(`/api/filings/${filingId}`)).body;
    const pdf = attachments.find((a: { kind: string }) => a.kind === 'appointment');
    const path = `/api/filings/${filingId}/attachments/${pdf.id}`;
    expect((await other.delete(path)).status).toBe(404);
    expect((await staff.delete(path)).status).toBe(404);

    await attachRequired(owner, filingId);
    expect((await owner.post(`/api/filings/${filingId}/submit`)).status).toBe(200);
    const locked = await owner.delete(path);
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('FILING_NOT_EDITABLE');
    expect((await owner.upload(url('title'), { name: 't.png', bytes: PNG })).body.code).toBe(
      'FILING_NOT_EDITABLE',
    );

    await staff.post(`/api/filings/${filingId}/review`, { decision: 'return', comment: '请补充职称证书' });
    expect((await owner.delete(path)).status).toBe(204);
    expect((await owner.get(path)).status).toBe(404);
    expect(existsSync(join(dataDir, 'files', pdf.id))).toBe(false);
  });
});
