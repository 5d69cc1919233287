#!/usr/bin/env node
// POST /api/auth/password-reset/request for a known and an unknown address, alternated (which goes
// first swaps every pair), with the job worker off (the request alone) and on (in the same process).
// Target: the same time whichever address is asked about. Any non-2xx fails the run.
// Usage: node tools/bench/reset-request.mjs [pairs]
import { machine, startServer } from './lib.mjs';

const pairs = Number(process.argv[2] ?? 300);
const json = { 'content-type': 'application/json' };
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function measure(port, jobs) {
  const server = await startServer(port, {
    ACCOUNT_REQUESTS_PER_IP: '1000000',
    ACCOUNT_REQUESTS_PER_ADDRESS: '1000',
    JOBS_ENABLED: jobs,
  });
  const url = `http://127.0.0.1:${port}/api/auth`;
  await fetch(`${url}/register`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({
      email: 'known@bench.local',
      password: 'Bench-Reader-Password-1',
      displayName: '甲',
    }),
  });
  const time = async (email) => {
    const started = performance.now();
    const res = await fetch(`${url}/password-reset/request`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email }),
    });
    await res.text();
    if (res.status !== 202) throw new Error(`reset request answered ${res.status}`);
    return performance.now() - started;
  };
  for (let i = 0; i < 30; i++) await Promise.all([time('known@bench.local'), time(`warm${i}@bench.local`)]);
  const known = [];
  const unknown = [];
  for (let i = 0; i < pairs; i++) {
    const order = i % 2 ? ['known', 'unknown'] : ['unknown', 'known'];
    for (const which of order) {
      if (which === 'known') known.push(await time('known@bench.local'));
      else unknown.push(await time(`nobody${i}@bench.local`));
    }
  }
  await server.stop();
  return { known: median(known), unknown: median(unknown) };
}

const off = await measure(3951, 'false');
const on = await measure(3952, 'true');
console.log(`machine: ${await machine()}`);
console.log(`worker off: median ms known ${off.known.toFixed(2)}, unknown ${off.unknown.toFixed(2)}`);
console.log(`worker on:  median ms known ${on.known.toFixed(2)}, unknown ${on.unknown.toFixed(2)}`);
