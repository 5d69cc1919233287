#!/usr/bin/env node
// GET /api/health through Nest on Fastify vs a bare Fastify hello-world, side by side, with autocannon.
// Target: Nest ≥ 0.75 × bare Fastify requests/second.   Usage: node tools/bench/health.mjs [seconds]
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { machine, startServer } from './lib.mjs';

const seconds = Number(process.argv[2] ?? 10);
const run = (url) => autocannon({ url, connections: 50, pipelining: 1, duration: seconds });

const bare = Fastify({ logger: false });
bare.get('/api/health', async () => ({ status: 'ok' }));
await bare.listen({ port: 3901, host: '127.0.0.1' });
const nest = await startServer(3902);

// Warm both, then measure one after the other in the same run.
await autocannon({ url: 'http://127.0.0.1:3901/api/health', connections: 10, duration: 2 });
await autocannon({ url: 'http://127.0.0.1:3902/api/health', connections: 10, duration: 2 });
const a = await run('http://127.0.0.1:3901/api/health');
const b = await run('http://127.0.0.1:3902/api/health');
await bare.close();
await nest.stop();

const ratio = b.requests.average / a.requests.average;
console.log(`machine: ${await machine()}`);
console.log(`bare Fastify hello-world: ${Math.round(a.requests.average)} req/s (p99 ${a.latency.p99} ms)`);
console.log(`Nest /api/health:         ${Math.round(b.requests.average)} req/s (p99 ${b.latency.p99} ms)`);
console.log(`ratio: ${ratio.toFixed(2)} × (target ≥ 0.75)  ${ratio >= 0.75 ? 'OK' : 'BELOW TARGET'}`);
