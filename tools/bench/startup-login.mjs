#!/usr/bin/env node
// Server ready time (build present) and POST /api/auth/login latency at 20 concurrent users.
// Targets: ready ≤ 5 s; login p95 ≤ 150 ms.   Usage: node tools/bench/startup-login.mjs [seconds]
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTest, machine, startServer } from './lib.mjs';

const seconds = Number(process.argv[2] ?? 15);
const port = 3903;
// The `npm start` script with the build present: a first start on an empty data folder (migrations, first
// admin), then two starts that reuse the data.
const dataDir = mkdtempSync(join(tmpdir(), 'cqo-bench-'));
const ready = [];
for (let i = 0; i < 3; i++) {
  const s = await startServer(port, { DATA_DIR: dataDir }, { viaStartScript: true });
  ready.push(s.readyMs);
  await s.stop();
}
rmSync(dataDir, { recursive: true, force: true });
globalThis.server = await startServer(port);

const users = [];
for (let i = 0; i < 20; i++) {
  const email = `bench${i}@example.com`;
  const password = `Bench-Password-${i}-xyz`;
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, displayName: `压测${i}` }),
  });
  if (res.status !== 201) throw new Error(`register ${res.status}`);
  users.push(JSON.stringify({ email, password }));
}

let next = 0;
const result = await loadTest(autocannon, {
  url: `http://127.0.0.1:${port}/api/auth/login`,
  connections: 20,
  duration: seconds,
  requests: [
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      setupRequest: (req) => ({ ...req, body: users[next++ % users.length] }),
    },
  ],
});
await globalThis.server.stop();

console.log(`machine: ${await machine()}`);
console.log(
  `start script → healthy: first start (empty data folder) ${Math.round(ready[0])} ms, then ${Math.round(ready[1])} ms and ${Math.round(ready[2])} ms reusing the data (target ≤ 5000 ms)`,
);
console.log(
  `login: ${Math.round(result.requests.average)} req/s, non-2xx ${result.non2xx}, latency p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p95 ${result.latency.p95} ms, p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms (target p95 ≤ 150 ms)`,
);
