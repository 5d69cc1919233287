#!/usr/bin/env node
// `npm start`: build what is missing (production builds), then run the one server process.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const API_MAIN = 'dist/apps/api/apps/api/src/main.js';
const WEB_INDEX = 'dist/apps/web/browser/index.html';

const missing = [];
if (!existsSync(API_MAIN)) missing.push('api');
if (!existsSync(WEB_INDEX)) missing.push('web');
if (missing.length) {
  console.log(`Building ${missing.join(' and ')} (first start only)…`);
  const built = spawnSync(
    'npx',
    [
      'nx',
      'run-many',
      '-t',
      'build',
      `--projects=${missing.join(',')}`,
      '--configuration=production',
      '--outputStyle=static',
    ],
    {
      stdio: 'inherit',
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    },
  );
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// Hand over to the server in this same process, so signals (SIGTERM) reach it directly.
process.argv = [process.argv[0], API_MAIN, ...process.argv.slice(2)];
await import(new URL(`../../${API_MAIN}`, import.meta.url).href);
