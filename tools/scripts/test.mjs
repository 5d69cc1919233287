#!/usr/bin/env node
// `npm test`: every jest project (API tests on PGlite, or on the server named by DATABASE_URL),
// then the browser tests when a Chromium is available. Ends with one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const started = Date.now();
const out = 'tmp/test-results';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;
const env = {
  ...process.env,
  NODE_OPTIONS:
    `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings=ExperimentalWarning`.trim(),
};

// 1. Unit and API tests (jest).
const jest = spawnSync(
  'npx',
  [
    'jest',
    '-c',
    'jest.config.cjs',
    '--json',
    '--passWithNoTests',
    // A handle left open (a socket, a timer) must not keep the run from ending and printing its
    // closing line: CI would wait out its whole time and land nothing.
    '--forceExit',
    `--outputFile=${out}/jest.json`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env },
);
if (existsSync(`${out}/jest.json`)) {
  const r = JSON.parse(readFileSync(`${out}/jest.json`, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
  skipped += r.numPendingTests;
} else {
  failed += 1;
}
if (jest.status !== 0 && failed === 0) failed += 1;

// 2. Browser tests (Playwright on the system Chromium), against `npm start`.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (process.env.SKIP_E2E === '1') {
  console.log('\nBrowser tests skipped: SKIP_E2E=1.');
} else if (!existsSync(chromium)) {
  console.log(
    `\nBrowser tests SKIPPED: no Chromium at ${chromium} (apt-get install -y chromium, or set CHROMIUM_PATH).`,
  );
} else {
  const build = spawnSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', '--projects=api,web', '--outputStyle=static'],
    { stdio: 'inherit', env: { ...env, NX_DAEMON: 'false' } },
  );
  if (build.status !== 0) failed += 1;
  else {
    spawnSync(
      'npx',
      ['playwright', 'test', '-c', 'apps/web-e2e/playwright.config.ts', '--reporter=list,json'],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...env, NODE_OPTIONS: '', PLAYWRIGHT_JSON_OUTPUT_NAME: resolve(out, 'e2e.json') },
      },
    );
    if (existsSync(`${out}/e2e.json`)) {
      const s = JSON.parse(readFileSync(`${out}/e2e.json`, 'utf8')).stats;
      passed += s.expected;
      failed += s.unexpected + s.flaky;
      skipped += s.skipped;
    } else failed += 1;
  }
}

console.log(`\nnpm test took ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
