#!/usr/bin/env node
// `npm run db:<command>`: migrate | seed | reset | check — on the same config as the server.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const API_MAIN = 'dist/apps/api/apps/api/src/main.js';
const command = process.argv[2];
const build = spawnSync('npx', ['nx', 'run', 'api:build', '--outputStyle=static'], {
  stdio: existsSync(API_MAIN) ? 'ignore' : 'inherit',
  env: { ...process.env, NX_DAEMON: 'false' },
});
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(process.execPath, [API_MAIN, command, ...process.argv.slice(3)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
