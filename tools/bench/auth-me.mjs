#!/usr/bin/env node
// GET /api/auth/me (bearer token, the busiest authenticated path) on two builds side by side:
// this build and a baseline build, interleaved in rounds (A B A B …) so load changes fall on both.
// Any non-2xx response fails the run. Target (passport-jwt vs the hand-written guard): ≥ 0.95 ×.
// Usage: node tools/bench/auth-me.mjs <baseline main.js> [seconds per round] [rounds]
import autocannon from 'autocannon';
import { API_MAIN, loadTest, machine, startServer } from './lib.mjs';

const baseline = process.argv[2];
if (!baseline) throw new Error('usage: node tools/bench/auth-me.mjs <baseline main.js> [seconds] [rounds]');
const seconds = Number(process.argv[3] ?? 8);
const rounds = Number(process.argv[4] ?? 4);

async function tokenFor(port) {
  const email = 'reader@bench.local';
  const password = 'Bench-Reader-Password-1';
  const json = { 'content-type': 'application/json' };
  await fetch(`http://127.0.0.1:${port}/api/auth/register`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email, password, displayName: '读者' }),
  });
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in ${res.status}`);
  return (await res.json()).accessToken;
}

// Access tokens last 15 minutes by default: longer than a run.
const sides = [
  {
    name: 'this build',
    server: await startServer(3911, { ACCESS_TOKEN_TTL: '3600' }, { main: API_MAIN }),
    port: 3911,
  },
  {
    name: 'baseline',
    server: await startServer(3912, { ACCESS_TOKEN_TTL: '3600' }, { main: baseline }),
    port: 3912,
  },
];
for (const side of sides) {
  side.token = await tokenFor(side.port);
  side.rps = [];
  side.p95 = [];
}
const measure = async (side, duration) => {
  const result = await loadTest(autocannon, {
    url: `http://127.0.0.1:${side.port}/api/auth/me`,
    headers: { authorization: `Bearer ${side.token}` },
    connections: 20,
    duration,
  });
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad) throw new Error(`${side.name}: ${bad} failed responses`);
  return result;
};
for (const side of sides) await measure(side, 5); // warm-up (JIT, caches)
for (let round = 0; round < rounds; round++) {
  for (const side of round % 2 ? [...sides].reverse() : sides) {
    const r = await measure(side, seconds);
    side.rps.push(r.requests.average);
    side.p95.push(r.latency.p95);
  }
}
for (const side of sides) await side.server.stop();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`machine: ${await machine()}`);
for (const side of sides)
  console.log(
    `${side.name.padEnd(10)} req/s per round: ${side.rps.map(Math.round).join(', ')}; median ${Math.round(median(side.rps))}; p95 ms: ${side.p95.join(', ')}`,
  );
const ratio = median(sides[0].rps) / median(sides[1].rps);
console.log(
  `ratio (median req/s, this build / baseline): ${ratio.toFixed(3)} (target ≥ 0.95)  ${ratio >= 0.95 ? 'OK' : 'BELOW TARGET'}`,
);
