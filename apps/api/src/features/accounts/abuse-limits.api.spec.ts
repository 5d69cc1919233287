import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobsService } from '../../platform/jobs/jobs.service';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { SUSPECT_IP_DELAY_MS } from './services/login-throttle.service';

/**
 * Limits that hold when requests arrive together, and that slow an attacker without locking out
 * the people who share an address with them. Client addresses come from X-Forwarded-For
 * (TRUST_PROXY), from the documentation ranges.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({
    TRUST_PROXY: 'true',
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '5',
    LOGIN_MAX_FAILURES_PER_IP: '3',
    ACCOUNT_REQUESTS_PER_ADDRESS: '3',
    ACCOUNT_REQUESTS_PER_IP: '6',
    // The reset mail is sent by the job worker; these tests run it themselves.
    JOBS_ENABLED: 'false',
  });
});
afterAll(() => t.close());

const password = 'Quality-First-2026';
let n = 0;
const from = (ip: string) => ({ 'x-forwarded-for': ip });

/** Signs up an account from an address of its own (sign-ups per IP are limited too). */
async function account(): Promise<string> {
  const email = `abuse${++n}@example.com`;
  const res = await t
    .client()
    .post('/api/auth/register', { email, password, displayName: '甲' }, from(`198.51.100.${n}`));
  expect(res.status).toBe(201);
  return email;
}

const login = (email: string, pass: string, ip: string) =>
  t.client().post('/api/auth/login', { email, password: pass }, from(ip));

describe('failed sign-ins', () => {
  it('40 parallel wrong passwords for one account get no more than the limit checked', async () => {
    const email = await account();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => login(email, `wrong-password-${i}`, `203.0.113.${i + 1}`)),
    );
    const checked = answers.filter((a) => a.status === 401).length;
    expect(checked).toBe(5);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(35);
    expect(refused.every((a) => Number(a.headers.get('retry-after')) >= 1)).toBe(true);
    // The owner, too, waits out the window: the per-account limit stays.
    expect((await login(email, password, '203.0.113.200')).status).toBe(429);
  });

  it('behind a shared address, failures on other accounts only slow a correct password, never refuse it', async () => {
    const nat = '203.0.113.77';
    // Four accounts fail from the office's one address: past its limit of three.
    for (let i = 0; i < 4; i++)
      expect((await login(await account(), 'wrong-password-x', nat)).status).toBe(401);
    // A colleague with the right password still signs in, after a short wait.
    const colleague = await account();
    const started = Date.now();
    expect((await login(colleague, password, nat)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(SUSPECT_IP_DELAY_MS - 50);
    // Elsewhere nothing is slowed.
    const elsewhere = Date.now();
    expect((await login(colleague, password, '203.0.113.78')).status).toBe(200);
    expect(Date.now() - elsewhere).toBeLessThan(SUSPECT_IP_DELAY_MS);
  });

  it('one person mistyping their own password counts once towards the address', async () => {
    const ip = '203.0.113.90';
    const me = await account();
    for (let i = 0; i < 4; i++) expect((await login(me, 'wrong-password-x', ip)).status).toBe(401);
    const started = Date.now();
    expect((await login(me, password, ip)).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(SUSPECT_IP_DELAY_MS);
  });
});

describe('sign-ups and password-reset requests', () => {
  it('50 parallel reset requests for one address queue no more than the limit', async () => {
    const email = await account();
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.client().post('/api/auth/password-reset/request', { email }, from(`192.0.2.${i + 1}`)),
      ),
    );
    expect(answers.filter((a) => a.status === 202)).toHaveLength(3);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(47);
    expect(refused[0].body.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(refused[0].headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    await t.app.get(JobsService).drain();
    const admin = await t.admin();
    const mails = (await admin.get('/api/admin/outbox?pageSize=100')).body.items.filter(
      (m: { to: string }) => m.to === email,
    );
    expect(mails).toHaveLength(3);
  });

  it('reset requests from one address for many accounts are limited per IP', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t
          .client()
          .post(
            '/api/auth/password-reset/request',
            { email: `someone${i}@example.com` },
            from('192.0.2.200'),
          ),
      ),
    );
    expect(answers.filter((a) => a.status === 202)).toHaveLength(6);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(4);
  });

  it('a reset request answers alike for known and unknown addresses: the work is queued', async () => {
    const email = await account();
    const ds = t.app.get<DataSource>(getDataSourceToken());
    const outboxBefore = Number((await ds.query('SELECT count(*) AS n FROM mail_messages'))[0].n);
    const known = await t.client().post('/api/auth/password-reset/request', { email }, from('192.0.2.210'));
    const unknown = await t
      .client()
      .post('/api/auth/password-reset/request', { email: 'nobody@example.com' }, from('192.0.2.211'));
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(known.text).toBe(unknown.text);
    // Nothing about either account was looked at yet: two jobs wait, no mail or token exists.
    expect(Number((await ds.query('SELECT count(*) AS n FROM mail_messages'))[0].n)).toBe(outboxBefore);
    const queued = await ds.query(
      `SELECT payload->>'email' AS email FROM jobs WHERE kind = 'accounts.password-reset-mail' AND done_at IS NULL`,
    );
    expect(queued.map((j: { email: string }) => j.email)).toEqual(
      expect.arrayContaining([email, 'nobody@example.com']),
    );
    await t.app.get(JobsService).drain();
    expect(Number((await ds.query('SELECT count(*) AS n FROM mail_messages'))[0].n)).toBe(outboxBefore + 1);
  });

  it('sign-ups are limited per IP and per address, with 429 and Retry-After', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t
          .client()
          .post(
            '/api/auth/register',
            { email: `flood${i}@example.com`, password, displayName: '乙' },
            from('192.0.2.220'),
          ),
      ),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(6);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(14);
    const sameAddress = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        t
          .client()
          .post(
            '/api/auth/register',
            { email: 'same@example.com', password, displayName: '丙' },
            from(`192.0.2.${230 + i}`),
          ),
      ),
    );
    expect(sameAddress.map((a) => a.status).sort()).toEqual([201, 409, 409, 429, 429]);
  });
});
