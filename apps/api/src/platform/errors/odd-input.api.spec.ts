import { startTestApp, type TestApp } from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';
import { opportunityBody } from '../../testing/opportunity-fixtures';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await startTestApp({ JOBS_ENABLED: 'false' });
  admin = await t.admin();
});
afterAll(() => t.close());

// What people and scripts put in query strings: empty, negative, huge, wrong types, LIKE
// wildcards, quotes, full-width digits, NUL, impossible days, very long text, emoji.
const ODD = [
  '',
  '-1',
  '1e309',
  '99999999999999999999',
  'abc',
  '%',
  '_',
  "'",
  '\\',
  '１２',
  '\u0000',
  '2026-02-30',
  '2026-13-45',
  'x'.repeat(300),
  '🙂',
];
const PARAMS = [
  'page',
  'pageSize',
  'q',
  'size',
  'region',
  'industry',
  'kind',
  'open',
  'status',
  'minYears',
  'unread',
  'submittedFrom',
];
const LISTS = [
  '/api/directory',
  '/api/talent-pool',
  '/api/opportunities',
  '/api/opportunities/matched',
  '/api/announcements',
  '/api/filings',
  '/api/notifications',
  '/api/admin/users',
  '/api/admin/audit',
];

describe('odd input', () => {
  it('no query value on any list makes the API answer 5xx, and every refusal has the error shape', async () => {
    const failures: string[] = [];
    for (const path of LISTS)
      for (const param of PARAMS)
        for (const value of ODD) {
          const res = await admin.get(`${path}?${param}=${encodeURIComponent(value)}`);
          if (res.status >= 500) failures.push(`${res.status} ${path}?${param}=${value.slice(0, 12)}`);
          else if (res.status >= 400 && (typeof res.body !== 'object' || !res.body.code))
            failures.push(`${res.status} without a code: ${path}?${param}`);
        }
    expect(failures).toEqual([]);
  });
});

/** `{"a":{"a":…}}` nested `depth` levels, written by hand (JSON.stringify would recurse too). */
const nested = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

describe('odd bodies', () => {
  it('refuses JSON nested thousands deep on any route, signed in or not, with 400 INPUT_TOO_DEEP', async () => {
    const applicant = await t.userWithRoles(['applicant']);
    for (const [client, path] of [
      [t.client(), '/api/auth/login'],
      [t.client(), '/api/auth/register'],
      [applicant, '/api/filings'],
    ] as const) {
      const res = await client.post(path, nested(3000));
      expect([path, res.status, res.body.code]).toEqual([path, 400, 'INPUT_TOO_DEEP']);
    }
    // Thirty levels are still read (and refused for what they say, not for their depth).
    const shallow = await t.client().post('/api/auth/login', nested(30));
    expect(shallow.status).toBe(400);
    expect(shallow.body.code).toBe('VALIDATION_FAILED');
  });

  it('refuses a lone UTF-16 surrogate in any text with the field that holds it, and saves nothing', async () => {
    const applicant = await t.userWithRoles(['applicant']);
    const filing = await applicant.post('/api/filings', {
      enterprise: { name: '珠海\ud800有限公司' },
      cqo: { resume: 'a\udc00b' },
    });
    expect(filing.status).toBe(400);
    expect(filing.body.details).toEqual([
      { field: 'enterprise.name', code: 'INVALID_CHARACTER' },
      { field: 'cqo.resume', code: 'INVALID_CHARACTER' },
    ]);
    expect((await applicant.get('/api/filings')).body.total).toBe(0);

    const signUp = await t.client().post('/api/auth/register', {
      email: 'a\ud800b@example.com',
      password: 'Quality-First-2026',
      displayName: '甲',
    });
    expect(signUp.status).toBe(400);
    expect(signUp.body.details).toEqual([{ field: 'email', code: 'INVALID_CHARACTER' }]);
    const reset = await t.client().post('/api/auth/password-reset/request', { email: '\udfffx@example.com' });
    expect(reset.body.details).toEqual([{ field: 'email', code: 'INVALID_CHARACTER' }]);

    const opportunity = await admin.post(
      '/api/opportunities',
      opportunityBody({ otherConditions: 'a\ud800b' }),
    );
    expect(opportunity.status).toBe(400);
    expect(opportunity.body.details).toEqual([
      { field: 'criteria.otherConditions', code: 'INVALID_CHARACTER' },
    ]);
    // A well-formed pair (an emoji) is text like any other.
    const emoji = await applicant.post('/api/filings', { enterprise: { name: '珠海🙂有限公司' } });
    expect(emoji.status).toBe(201);
  });

  it('refuses null for a field that must have a value when editing an announcement', async () => {
    const created = await admin.post('/api/announcements', {
      kind: 'notice',
      title: '通知',
      body: '正文',
      audience: { type: 'members' },
    });
    expect(created.status).toBe(201);
    for (const field of ['title', 'body', 'kind', 'audience', 'pinned']) {
      const res = await admin.patch(`/api/announcements/${created.body.id}`, { [field]: null });
      expect([field, res.status, res.body.details?.[0]]).toEqual([
        field,
        400,
        expect.objectContaining({ field }),
      ]);
    }
    expect((await admin.get(`/api/announcements/${created.body.id}`)).body.title).toBe('通知');
  });

  it('answers a multipart upload with no boundary or a truncated part with a 4xx and a code', async () => {
    const applicant = await t.userWithRoles(['applicant']);
    const id = (await applicant.post('/api/filings', {})).body.id as string;
    const path = `/api/filings/${id}/attachments?kind=diploma`;
    const noBoundary = await applicant.request('POST', path, '--x\r\n', {
      'content-type': 'multipart/form-data',
    });
    expect(noBoundary.status).toBe(400);
    expect(noBoundary.body.code).toBe('MULTIPART_INVALID');
    const truncated = await applicant.request(
      'POST',
      path,
      '--b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 and then nothing',
      { 'content-type': 'multipart/form-data; boundary=b' },
    );
    expect(truncated.status).toBe(400);
    expect(truncated.body.code).toBe('MULTIPART_INVALID');
    expect((await applicant.get(`/api/filings/${id}`)).body.attachments).toEqual([]);
  });
});
