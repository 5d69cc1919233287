import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Drives the system Chromium (its own browser download is not possible here) against the
 * server started exactly as README says (`npm start`), on a fresh data folder.
 */
const PORT = Number(process.env['E2E_PORT'] ?? 3310);
const dataDir = join(tmpdir(), `cqo-e2e-${process.pid}`);
export const E2E_ADMIN = { email: 'admin@e2e.local', password: 'E2E-Admin-Password-1' };

export default defineConfig({
  testDir: './src',
  testMatch: '**/*.e2e.ts',
  outputDir: './test-output/results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['html', { outputFolder: './test-output/report', open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'desktop-1280', use: { viewport: { width: 1280, height: 800 } } },
    // The long filing workflow runs once, at desktop width; the phone project covers the other flows.
    {
      name: 'mobile-375',
      use: { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true },
      testIgnore: ['**/filing-workflow.e2e.ts'],
    },
  ],
  webServer: {
    command: 'node tools/scripts/start.mjs',
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      DATA_DIR: dataDir,
      ADMIN_EMAIL: E2E_ADMIN.email,
      ADMIN_PASSWORD: E2E_ADMIN.password,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      PUBLIC_URL: `http://127.0.0.1:${PORT}`,
    },
  },
});
