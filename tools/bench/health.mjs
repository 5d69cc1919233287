#!/usr/bin/env node
// GET /api/health through Nest on Fastify vs a bare Fastify hello-world, with autocannon, in
// interleaved rounds (A B A B …) so that a change in the machine's load falls on both.
// Target: Nest ≥ 0.75 × bare Fastify requests/second.   Usage: node tools/bench/health.mjs [rounds]
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { loadTest, machine, startServer } from './lib.mjs';

const ROUNDS = Number(process.argv[2] ?? 6);
const SECONDS = 3;
const BARE = 'http://127.0.0.1:3901/api/health';
const NEST = 'http://127.0.0.1:3902/api/health';
const run = (url, duration = SECONDS) =>
  loadTest(autocannon, { url, connections: 50, pipelining: 1, duration });

const bare = Fastify({ logger: false });
bare.get('/api/health', async () => ({ status: 'ok' }));
await bare.listen({ port: 3901, host: '127.0.0.1' });
const nest = await startServer(3902);

// Warm both (JIT), not counted.
await run(BARE, 2);
await run(NEST, 2);
const rounds = [];
for (let i = 0; i < ROUNDS; i += 1) {
  // Alternate which goes first, so neither always follows the other.
  const [first, second] = i % 2 ? [NEST, BARE] : [BARE, NEST];
  const results = { [first]: await run(first), [second]: await run(second) };
  rounds.push({ bare: results[BARE].requests.average, nest: results[NEST].requests.average });
}
await bare.close();
await nest.stop();

const sum = (k) => rounds.reduce((n, r) => n + r[k], 0);
const ratios = rounds.map((r) => r.nest / r.bare).sort((a, b) => a - b);
const ratio = sum('nest') / sum('bare');
console.log(`machine: ${await machine()}; ${ROUNDS} rounds of ${SECONDS} s each, interleaved`);
console.log(`bare Fastify hello-world: ${Math.round(sum('bare') / ROUNDS)} req/s on average`);
console.log(`Nest /api/health:         ${Math.round(sum('nest') / ROUNDS)} req/s on average`);
console.log(
  `ratio: ${ratio.toFixed(2)} × (rounds from ${ratios[0].toFixed(2)} to ${ratios.at(-1).toFixed(2)}; target ≥ 0.75)  ${ratio >= 0.75 ? 'OK' : 'BELOW TARGET'}`,
);
