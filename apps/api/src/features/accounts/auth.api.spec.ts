import { createHmac } from 'node:crypto';
import { ADMIN, startTestApp, type TestApp } from '../../testing/test-app';
import { TestClient } from '../../testing/test-client';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { hashToken } from '../../platform/crypto/secret-token';
import { JobsService } from '../../platform/jobs/jobs.service';
import { REFRESH_GRACE_MS } from './services/sessions.service';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
    LOGIN_MAX_FAILURES_PER_IP: '50',
    LOGIN_WINDOW_SECONDS: '2',
  });
});
afterAll(() => t.close());

const password = 'Quality-First-2026';
let n = 0;
const newEmail = () => `cqo${++n}@example.com`;

/** Moves a refresh token's rotation back in time (instead of waiting out the grace window). */
async function agoRotated(rawToken: string, ms: number): Promise<void> {
  await t.app
    .get<DataSource>(getDataSourceToken())
    .query('UPDATE refresh_tokens SET rotated_at = rotated_at - $2::interval WHERE token_hash = $1', [
      hashToken(rawToken),
      `${ms} milliseconds`,
    ]);
}

function forge(payload: object, secret: string): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = b64({ alg: 'HS256', typ: 'JWT' });
  const body = b64(payload);
  const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

describe('health', () => {
  it('reports ok, database up and the version', async () => {
    const res = await t.client().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 'ok',
      database: 'up',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });
});

describe('register', () => {
  it('creates an applicant and never returns the password hash', async () => {
    const email = newEmail();
    const res = await t
      .client()
      .post('/api/auth/register', { email: email.toUpperCase(), password, displayName: ' 王质量 ' });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({
      email,
      displayName: '王质量',
      roles: ['applicant'],
      language: 'zh-CN',
    });
    expect(res.text).not.toMatch(/argon2|passwordHash/);
  });

  it('keeps the language the sign-up page was read in, and refuses one the product does not speak', async () => {
    const english = await t.client().post('/api/auth/register', {
      email: newEmail(),
      password,
      displayName: 'Mary Quality',
      language: 'en',
    });
    expect(english.body.user.language).toBe('en');
    const unknown = await t
      .client()
      .post('/api/auth/register', { email: newEmail(), password, displayName: 'X', language: 'de' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details).toEqual([expect.objectContaining({ field: 'language' })]);
  });

  it('refuses a taken e-mail with 409 EMAIL_TAKEN', async () => {
    const email = newEmail();
    await t.client().post('/api/auth/register', { email, password, displayName: 'A' });
    const res = await t.client().post('/api/auth/register', { email, password, displayName: 'B' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('EMAIL_TAKEN');
  });

  it.each([
    [{ email: 'not-an-email', password, displayName: 'A' }, 'email', 'INVALID_EMAIL'],
    [{ email: newEmail(), password: 'short', displayName: 'A' }, 'password', 'PASSWORD_TOO_SHORT'],
    [{ email: newEmail(), password: 'x'.repeat(129), displayName: 'A' }, 'password', 'PASSWORD_TOO_LONG'],
    [{ email: newEmail(), password: 'qwertyuiop', displayName: 'A' }, 'password', 'PASSWORD_TOO_COMMON'],
    [{ email: newEmail(), password: 'Password123', displayName: 'A' }, 'password', 'PASSWORD_TOO_COMMON'],
    [{ email: newEmail(), password, displayName: 'x'.repeat(61) }, 'displayName', 'TOO_LONG'],
    [{ email: newEmail(), password, displayName: 42 }, 'displayName', 'NOT_STRING'],
    [{ email: newEmail(), password }, 'displayName', 'REQUIRED'],
    [{ email: newEmail(), password, displayName: 'A', isAdmin: true }, 'isAdmin', 'UNKNOWN_FIELD'],
  ])('refuses %j with a field code', async (body, field, code) => {
    const res = await t.client().post('/api/auth/register', body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: expect.any(String),
    });
    expect(res.body.details).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('answers malformed JSON with 400 INVALID_JSON and an oversized body with 413', async () => {
    const bad = await t
      .client()
      .post('/api/auth/register', '{"email": ', { 'content-type': 'application/json' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('INVALID_JSON');
    const huge = await t
      .client()
      .post('/api/auth/register', { email: newEmail(), password, displayName: 'x'.repeat(2 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a non-object body without a 500', async () => {
    for (const body of ['[]', '"text"', '12', 'null']) {
      const res = await t.client().post('/api/auth/register', body, { 'content-type': 'application/json' });
      expect(res.status).toBe(400);
    }
  });
});

describe('text PostgreSQL cannot store', () => {
  it('refuses U+0000 in a body, a nested field or a query with the field that holds it, and saves nothing', async () => {
    const email = newEmail();
    const res = await t.client().post('/api/auth/register', { email, password, displayName: '质量\u0000官' });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ field: 'displayName', code: 'INVALID_CHARACTER' }]);
    expect(
      (await t.client().post('/api/auth/register', { email, password, displayName: '质量官' })).status,
    ).toBe(201);

    const applicant = await t.userWithRoles(['applicant']);
    const filing = await applicant.post('/api/filings', { enterprise: { name: '珠海\u0000有限公司' } });
    expect(filing.status).toBe(400);
    expect(filing.body.details).toEqual([{ field: 'enterprise.name', code: 'INVALID_CHARACTER' }]);

    for (const path of ['/api/talent-pool?q=%00', '/api/opportunities?q=a%00b', '/api/announcements?q=%00']) {
      const query = await t.client().get(path);
      expect(query.status).toBe(400);
      expect(query.body.details).toEqual([{ field: 'q', code: 'INVALID_CHARACTER' }]);
    }
  });
});

describe('login, me, refresh, logout', () => {
  it('signs in, reads me, refreshes with the rotating cookie and signs out', async () => {
    const email = newEmail();
    await t.client().post('/api/auth/register', { email, password, displayName: '李明' });
    const c = t.client();
    const login = await c.login(email, password);
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({
      accessToken: expect.any(String),
      user: { id: expect.any(String), email, displayName: '李明', roles: ['applicant'] },
    });
    const cookie = login.headers.getSetCookie().join(';');
    expect(cookie).toMatch(/cqo_rt=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/api\/auth/);

    const me = await c.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email, roles: ['applicant'] });

    const before = c.cookies.get('cqo_rt');
    const refreshed = await c.post('/api/auth/refresh');
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.accessToken).toEqual(expect.any(String));
    expect(c.cookies.get('cqo_rt')).not.toEqual(before);

    const out = await c.post('/api/auth/logout');
    expect(out.status).toBe(204);
    expect(c.cookies.has('cqo_rt')).toBe(false);
    const afterLogout = await t.client().post('/api/auth/refresh', undefined, { cookie: `cqo_rt=${before}` });
    expect(afterLogout.status).toBe(401);
  });

  it('answers bad sign-in input with a code per field before any credential is checked', async () => {
    const email = newEmail();
    await t.client().post('/api/auth/register', { email, password, displayName: 'A' });
    const bad = await t.client().post('/api/auth/login', { email: ['x'], password: 42, extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'email', code: 'NOT_STRING' }),
        expect.objectContaining({ field: 'password', code: 'NOT_STRING' }),
        expect.objectContaining({ field: 'extra', code: 'UNKNOWN_FIELD' }),
      ]),
    );
    const empty = await t.client().post('/api/auth/login', {});
    expect(empty.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['email', 'password']);
    // None of that counted as a failed attempt: the account's limit (3 here) is untouched.
    for (let i = 0; i < 5; i++) await t.client().post('/api/auth/login', { email, password: 7 });
    expect((await t.client().login(email, password)).status).toBe(200);
    // The e-mail is normalised before the check, as at sign-up.
    expect((await t.client().login(`  ${email.toUpperCase()} `, password)).status).toBe(200);
  });

  it('refuses a wrong password and an unknown account alike', async () => {
    const email = newEmail();
    await t.client().post('/api/auth/register', { email, password, displayName: 'A' });
    const wrong = await t.client().post('/api/auth/login', { email, password: 'not-the-password' });
    const unknown = await t.client().post('/api/auth/login', { email: 'nobody@example.com', password });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('answers 401 without a token, with garbage, a forged and an expired token', async () => {
    const c = t.client();
    expect((await c.get('/api/auth/me')).status).toBe(401);
    expect((await c.get('/api/auth/me', { authorization: 'Bearer not.a.jwt' })).body.code).toBe(
      'TOKEN_INVALID',
    );
    const admin = await t.admin();
    const me = await admin.get('/api/auth/me');
    const forged = forge(
      { sub: me.body.id, tv: 0, exp: Math.floor(Date.now() / 1000) + 600 },
      'some-other-secret-some-other-secret',
    );
    const forgedRes = await c.get('/api/auth/me', { authorization: `Bearer ${forged}` });
    expect(forgedRes.status).toBe(401);
    expect(forgedRes.body.code).toBe('TOKEN_INVALID');
    const expired = forge(
      { sub: me.body.id, tv: 0, iat: 1000, exp: 2000 },
      process.env['JWT_SECRET'] as string,
    );
    const expiredRes = await c.get('/api/auth/me', { authorization: `Bearer ${expired}` });
    expect(expiredRes.status).toBe(401);
    expect(expiredRes.body.code).toBe('TOKEN_EXPIRED');
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: me.body.id, tv: 0 })).toString('base64url')}.`;
    expect((await c.get('/api/auth/me', { authorization: `Bearer ${none}` })).status).toBe(401);
  });

  it('refuses a correctly signed token whose subject is no user id, or that never expires', async () => {
    const c = t.client();
    const secret = process.env['JWT_SECRET'] as string;
    const me = (await (await t.admin()).get('/api/auth/me')).body;
    const soon = Math.floor(Date.now() / 1000) + 600;
    for (const payload of [
      { sub: 'not-a-uuid', tv: 0, exp: soon },
      { sub: "' OR 1=1 --", tv: 0, exp: soon },
      { sub: 42, tv: 0, exp: soon },
      { sub: me.id, tv: 0 },
      { sub: me.id, tv: 'x', exp: soon },
    ]) {
      const res = await c.get('/api/auth/me', { authorization: `Bearer ${forge(payload, secret)}` });
      expect([res.status, res.body.code, payload]).toEqual([401, 'TOKEN_INVALID', payload]);
    }
    // The same subject with an expiry is accepted: what was refused was the shape, not the user.
    const fine = await c.get('/api/auth/me', {
      authorization: `Bearer ${forge({ sub: me.id, tv: 0, exp: soon }, secret)}`,
    });
    expect(fine.status).toBe(200);
  });

  it('revokes the whole token family when a rotated refresh token is used again', async () => {
    const email = newEmail();
    await t.client().post('/api/auth/register', { email, password, displayName: 'A' });
    const c = t.client();
    await c.login(email, password);
    const first = c.cookies.get('cqo_rt') as string;
    expect((await c.post('/api/auth/refresh')).status).toBe(200);
    const second = c.cookies.get('cqo_rt') as string;
    // Past the grace window in which a second tab may still present the old token.
    await agoRotated(first, REFRESH_GRACE_MS + 1000);

    const thief = new TestClient(t.url);
    const replay = await thief.post('/api/auth/refresh', undefined, { cookie: `cqo_rt=${first}` });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('REFRESH_TOKEN_REUSED');
    // The legitimate holder's newer token died with the family.
    const legit = await t.client().post('/api/auth/refresh', undefined, { cookie: `cqo_rt=${second}` });
    expect(legit.status).toBe(401);
  });

  it('two tabs refreshing at once both stay signed in, with the same new session', async () => {
    const email = newEmail();
    await t.client().post('/api/auth/register', { email, password, displayName: 'A' });
    for (let round = 0; round < 5; round++) {
      const c = t.client();
      await c.login(email, password);
      const cookie = `cqo_rt=${c.cookies.get('cqo_rt')}`;
      const tabs = [new TestClient(t.url), new TestClient(t.url)];
      const answers = await Promise.all(
        tabs.map((tab) => tab.post('/api/auth/refresh', undefined, { cookie })),
      );
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      // Both hold the one successor, and nothing was revoked as reuse: it refreshes again.
      expect(tabs[0].cookies.get('cqo_rt')).toBe(tabs[1].cookies.get('cqo_rt'));
      expect(
        (await t.client().get('/api/auth/me', { authorization: `Bearer ${answers[1].body.accessToken}` }))
          .status,
      ).toBe(200);
      expect((await tabs[1].post('/api/auth/refresh')).status).toBe(200);
    }
  });

  it('a tab that presents the old token just after two rotations gets the newest, not a reuse alarm', async () => {
    const email = newEmail();
    await t.client().post('/api/auth/register', { email, password, displayName: 'A' });
    const a = t.client();
    await a.login(email, password);
    const old = `cqo_rt=${a.cookies.get('cqo_rt')}`;
    expect((await a.post('/api/auth/refresh')).status).toBe(200);
    expect((await a.post('/api/auth/refresh')).status).toBe(200);
    const late = new TestClient(t.url);
    expect((await late.post('/api/auth/refresh', undefined, { cookie: old })).status).toBe(200);
    expect(late.cookies.get('cqo_rt')).toBe(a.cookies.get('cqo_rt'));
  });

  it('refresh without a cookie is 401 REFRESH_TOKEN_MISSING', async () => {
    const res = await t.client().post('/api/auth/refresh');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('REFRESH_TOKEN_MISSING');
  });
});

describe('rate limiting failed sign-ins', () => {
  it('answers 429 with Retry-After after too many failures, and lets the owner in once the window passes', async () => {
    const email = newEmail();
    await t.client().post('/api/auth/register', { email, password, displayName: 'A' });
    for (let i = 0; i < 3; i++)
      expect((await t.client().post('/api/auth/login', { email, password: 'wrong-password-x' })).status).toBe(
        401,
      );
    const blocked = await t.client().post('/api/auth/login', { email, password });
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 2100));
    expect((await t.client().post('/api/auth/login', { email, password })).status).toBe(200);
  });
});

describe('password change and reset', () => {
  it('changes the password: old sessions end, the new password works', async () => {
    const email = newEmail();
    await t.client().post('/api/auth/register', { email, password, displayName: 'A' });
    const other = t.client();
    await other.login(email, password);
    const c = t.client();
    await c.login(email, password);
    const wrong = await c.post('/api/auth/password', {
      currentPassword: 'nope-nope-nope',
      newPassword: 'New-Quality-Pass-1',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('PASSWORD_WRONG');
    const changed = await c.post('/api/auth/password', {
      currentPassword: password,
      newPassword: 'New-Quality-Pass-1',
    });
    expect(changed.status).toBe(200);
    c.token = changed.body.accessToken;
    expect((await c.get('/api/auth/me')).status).toBe(200);
    expect((await other.get('/api/auth/me')).status).toBe(401);
    expect((await other.post('/api/auth/refresh')).status).toBe(401);
    expect((await t.client().login(email, password)).status).toBe(401);
    expect((await t.client().login(email, 'New-Quality-Pass-1')).status).toBe(200);
  });

  it('resets by e-mailed token, once; the outbox holds the mail', async () => {
    const email = newEmail();
    await t.client().post('/api/auth/register', { email, password, displayName: 'A' });
    const ask = await t.client().post('/api/auth/password-reset/request', { email });
    expect(ask.status).toBe(202);
    const unknown = await t.client().post('/api/auth/password-reset/request', { email: 'ghost@example.com' });
    expect(unknown.status).toBe(202);
    // The mail is written by a queued job, so the answer takes the same time for both.
    await t.app.get(JobsService).drain();

    const admin = await t.admin();
    const outbox = await admin.get('/api/admin/outbox');
    const mail = outbox.body.items.find((m: { to: string }) => m.to === email);
    expect(mail.subject).toMatch(/重设密码/);
    const token = /token=([\w-]+)/.exec(mail.text)?.[1] as string;
    expect(token).toBeTruthy();

    const weak = await t
      .client()
      .post('/api/auth/password-reset/confirm', { token, newPassword: '1234567890' });
    expect(weak.status).toBe(400);
    expect(weak.body.details[0]).toMatchObject({ field: 'newPassword', code: 'PASSWORD_TOO_COMMON' });
    const ok = await t
      .client()
      .post('/api/auth/password-reset/confirm', { token, newPassword: 'Reset-Quality-Pass-7' });
    expect(ok.status).toBe(204);
    const again = await t
      .client()
      .post('/api/auth/password-reset/confirm', { token, newPassword: 'Reset-Quality-Pass-8' });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('RESET_TOKEN_INVALID');
    expect((await t.client().login(email, 'Reset-Quality-Pass-7')).status).toBe(200);
  });
});

describe('admin: users, roles, disabling', () => {
  it('lists and searches users', async () => {
    const email = newEmail();
    await t.client().post('/api/auth/register', { email, password, displayName: '珠海格力质量部' });
    const admin = await t.admin();
    const res = await admin.get(`/api/admin/users?q=${encodeURIComponent('格力')}`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(1);
    expect(res.body.items[0]).toMatchObject({ email, disabled: false, roles: ['applicant'] });
    expect((await admin.get('/api/admin/users?pageSize=1000')).status).toBe(400);
  });

  it('changes roles (takes effect at once) and audits it', async () => {
    const user = await t.userWithRoles(['applicant']);
    const admin = await t.admin();
    const res = await admin.patch(`/api/admin/users/${user.userId}`, {
      roles: ['member'],
      reason: '备案通过',
    });
    expect(res.status).toBe(200);
    expect(res.body.roles).toEqual(['member']);
    expect((await user.get('/api/auth/me')).body.roles).toEqual(['member']);
    const audit = await admin.get(`/api/admin/audit?subjectId=${user.userId}`);
    const me = (await user.get('/api/auth/me')).body;
    const adminMe = (await admin.get('/api/auth/me')).body;
    expect(audit.body.items[0]).toMatchObject({
      action: 'user.roles.change',
      reason: '备案通过',
      meta: { before: ['applicant'], after: ['member'] },
      // People by name, not by id.
      actorName: adminMe.displayName,
      subjectName: me.displayName,
    });
    expect((await admin.patch(`/api/admin/users/${user.userId}`, { roles: ['king'] })).status).toBe(400);
  });

  it('disabling a user ends their sessions at once', async () => {
    const user = await t.userWithRoles(['member']);
    const admin = await t.admin();
    expect((await user.get('/api/auth/me')).status).toBe(200);
    expect((await admin.patch(`/api/admin/users/${user.userId}`, { disabled: true })).status).toBe(200);
    expect((await user.get('/api/auth/me')).status).toBe(401);
    // Refreshing says why, like signing in: one code, one status (403 ACCOUNT_DISABLED).
    const refreshed = await user.post('/api/auth/refresh');
    expect([refreshed.status, refreshed.body.code]).toEqual([403, 'ACCOUNT_DISABLED']);
    const me = await admin.get(`/api/admin/users/${user.userId}`);
    const relogin = await t
      .client()
      .post('/api/auth/login', { email: me.body.email, password: 'Correct-Horse-Battery-9' });
    expect(relogin.status).toBe(403);
    expect(relogin.body.code).toBe('ACCOUNT_DISABLED');
  });

  it('keeps the last admin and refuses to disable oneself', async () => {
    const admin = await t.admin();
    const me = (await admin.get('/api/auth/me')).body;
    const self = await admin.patch(`/api/admin/users/${me.id}`, { disabled: true });
    expect(self.status).toBe(409);
    expect(self.body.code).toBe('CANNOT_DISABLE_SELF');
    const demote = await admin.patch(`/api/admin/users/${me.id}`, { roles: ['staff'] });
    expect(demote.status).toBe(409);
    expect(demote.body.code).toBe('LAST_ADMIN');
    expect((await admin.get('/api/admin/users/not-a-uuid')).status).toBe(400);
    expect((await admin.get('/api/admin/users/00000000-0000-4000-8000-000000000000')).body.code).toBe(
      'USER_NOT_FOUND',
    );
  });

  it('the first admin came from ADMIN_EMAIL / ADMIN_PASSWORD', async () => {
    const res = await t.client().login(ADMIN.email, ADMIN.password);
    expect(res.status).toBe(200);
    expect(res.body.user.roles).toEqual(expect.arrayContaining(['admin', 'staff']));
  });
});
