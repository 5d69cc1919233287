import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../bootstrap';
import { usePgliteSnapshot } from '../platform/database/pglite-options';
import { createTestDatabase } from './test-database';
import { TestClient } from './test-client';

export const ADMIN = { email: 'admin@test.local', password: 'Admin-Password-2026!' };

export interface TestApp {
  app: NestFastifyApplication;
  url: string;
  /** A fresh client (own cookie jar, no token). */
  client(): TestClient;
  /** Signs up a user, gives it roles through the admin API and returns a signed-in client. */
  userWithRoles(roles: string[], email?: string): Promise<TestClient & { userId: string }>;
  admin(): Promise<TestClient>;
  close(): Promise<void>;
  /** The server database this app uses (null on PGlite): a second app may share it. */
  databaseUrl: string | null;
}

let counter = 0;

/**
 * Boots the real app (same bootstrap as production) on a fresh migrated database and a real
 * HTTP port. `env` overrides configuration for this file; `DATABASE_URL` in it shares another
 * app's server database (two API processes over one database), which that app owns and drops.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const shared = env['DATABASE_URL'];
  const db = shared
    ? { url: shared, snapshot: undefined, drop: () => Promise.resolve() }
    : await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'cqo-test-'));
  const settings: Record<string, string> = {
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    DEMO_CONTENT: 'false',
    LOG_LEVEL: 'silent',
    ARGON2_MEMORY_KIB: '8192',
    ARGON2_TIME_COST: '1',
    // Test files sign up many users from one address; abuse-limits.api.spec.ts sets real limits.
    ACCOUNT_REQUESTS_PER_IP: '1000000',
    WEB_DIST_DIR: join(dataDir, 'no-web'),
    ...env,
  };
  for (const [k, v] of Object.entries(settings)) process.env[k] = v;
  if (db.url) process.env['DATABASE_URL'] = db.url;
  else delete process.env['DATABASE_URL'];
  usePgliteSnapshot(db.snapshot);

  // A failed start must not leave its database, folder or half-started app behind (nor keep jest alive).
  let app: NestFastifyApplication | undefined;
  try {
    app = await createApp({ quiet: true });
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await app?.close().catch(() => undefined);
    usePgliteSnapshot(undefined);
    await db.drop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;

  const testApp: TestApp = {
    app,
    url,
    client: () => new TestClient(url),
    admin: async () => {
      const c = new TestClient(url);
      await c.login(ADMIN.email, ADMIN.password);
      return c;
    },
    userWithRoles: async (roles, email) => {
      const c = new TestClient(url);
      const address = email ?? `user${++counter}-${Date.now()}@test.local`;
      const password = 'Correct-Horse-Battery-9';
      const reg = await c.post('/api/auth/register', {
        email: address,
        password,
        displayName: `测试用户${counter}`,
      });
      if (reg.status !== 201) throw new Error(`register failed: ${reg.status} ${JSON.stringify(reg.body)}`);
      const userId = (reg.body as { user: { id: string } }).user.id;
      if (roles.join() !== 'applicant') {
        const admin = await testApp.admin();
        const res = await admin.patch(`/api/admin/users/${userId}`, { roles });
        if (res.status !== 200)
          throw new Error(`role change failed: ${res.status} ${JSON.stringify(res.body)}`);
      }
      await c.login(address, password);
      return Object.assign(c, { userId });
    },
    databaseUrl: db.url ?? null,
    close: async () => {
      await app.close();
      usePgliteSnapshot(undefined);
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return testApp;
}
