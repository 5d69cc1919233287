#!/usr/bin/env node
// Server ready time (build present) and POST /api/auth/login latency at 20 concurrent users.
// Targets: ready ≤ 5 s; login p95 ≤ 150 ms.   Usage: node tools/bench/startup-login.mjs [seconds]
import autocannon from 'autocannon';
import { machine, startServer } from './lib.mjs';

const seconds = Number(process.argv[2] ?? 15);
const port = 3903;
const ready = [];
for (let i = 0; i < 3; i++) {
  const s = await startServer(port);
  ready.push(s.readyMs);
  if (i < 2) await s.stop();
  else globalThis.server = s;
}

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
const result = await autocannon({
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
  `ready after start (3 runs): ${ready.map((ms) => `${Math.round(ms)} ms`).join(', ')} (target ≤ 5000 ms)`,
);
console.log(
  `login: ${Math.round(result.requests.average)} req/s, non-2xx ${result.non2xx}, latency p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms (target p95 ≤ 150 ms)`,
);
