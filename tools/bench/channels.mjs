#!/usr/bin/env node
// Issue 12 targets, on a PostgreSQL server (and Redis for the two-process run):
//   1,000 clients connected in one channel, 10 messages a second: send → receipt at every client p99 ≤ 100 ms;
//   the same through two API processes over Redis ≤ 1.5 × that;
//   50 concurrent senders sustain ≥ 1,000 stored messages a second;
//   a client that missed 10,000 messages catches up in ≤ 1 s;
//   reliability: forced reconnects and a kill -9 of an API process while sending: 0 acknowledged lost, 0 doubled.
// Usage: node tools/bench/channels.mjs [seconds] [clients]   (`npm run build` first; PostgreSQL and Redis running)
// This process is the load generator; the API runs in its own processes. Clients' tokens are signed
// here with the server's JWT secret (signing in 1,000 accounts would only time argon2).
import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { io } from 'socket.io-client';
import { loadAverage, machine, startServer } from './lib.mjs';

const seconds = Number(process.argv[2] ?? 30);
const CLIENTS = Number(process.argv[3] ?? 1000);
const RATE = 10;
const SENDERS = 50;
const MISSED = 10_000;
const [PORT_A, PORT_B] = [3921, 3922];
const base = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const redis = process.env.BENCH_REDIS ?? 'redis://127.0.0.1:6379';
const SECRET = 'bench-secret-bench-secret-bench-secret-0123456789';
const db = `cqo_bench_channels_${Date.now()}`;
const pct = (values, q) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Any answer but a success fails the run: a figure measured over refusals would flatter. */
async function ok(res) {
  if (res.status >= 200 && res.status < 300) return res;
  throw new Error(`${res.status} ${res.url}: ${await res.text()}`);
}
const token = (userId) => jwt.sign({ sub: userId, tv: 0 }, SECRET, { algorithm: 'HS256', expiresIn: 3600 });

const admin = new pg.Client({ connectionString: `${base}/postgres` });
await admin.connect();
await admin.query(`CREATE DATABASE ${db}`);
const url = `${base}/${db}`;
const env = (extra = {}) => ({
  DATABASE_URL: url,
  JWT_SECRET: SECRET,
  CHANNEL_MESSAGES_PER_MINUTE: '10000',
  ACCOUNT_REQUESTS_PER_IP: '1000000',
  LOG_LEVEL: 'warn',
  ...extra,
});
const servers = [];
const sockets = [];
const client = new pg.Client({ connectionString: url });
client.on('error', () => undefined);
try {
  servers.push(await startServer(PORT_A, env()));
  await client.connect();
  // Members (and one staff sender) straight into the tables: accounts, the channel, its members.
  const { rows: people } = await client.query(
    `INSERT INTO users (email, display_name, password_hash, roles)
     SELECT 'c' || g || '@bench.local', '会员' || g, 'x', CASE WHEN g = 0 THEN '{staff}'::text[] ELSE '{member}'::text[] END
     FROM generate_series(0, $1) g RETURNING id`,
    [Math.max(CLIENTS, SENDERS)],
  );
  const ids = people.map((p) => p.id);
  const [staffId, ...memberIds] = ids;
  const channelOf = async (name) => {
    const { rows } = await client.query(
      `INSERT INTO channels (name, kind, audience, created_by) VALUES ($1, 'topic', '{"type":"members"}', $2) RETURNING id`,
      [name, staffId],
    );
    await client.query(`INSERT INTO channel_members (channel_id, user_id) SELECT $1, unnest($2::uuid[])`, [
      rows[0].id,
      ids,
    ]);
    return rows[0].id;
  };
  const http = (port, path, userId, body) =>
    fetch(`http://127.0.0.1:${port}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { authorization: `Bearer ${token(userId)}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(5000),
    });

  /** Connects the clients (spread over `ports`), sends RATE messages a second, and times every receipt. */
  async function fanOut(label, ports, channelId) {
    const latencies = [];
    let expected = 0;
    const conns = await Promise.all(
      memberIds.slice(0, CLIENTS).map(
        (id, i) =>
          new Promise((resolve, reject) => {
            const s = io(`http://127.0.0.1:${ports[i % ports.length]}`, {
              path: '/socket.io',
              transports: ['websocket'],
              auth: { token: token(id) },
              reconnection: false,
            });
            s.on('message', (m) => {
              if (m.channelId === channelId) latencies.push(Date.now() - Number(m.body.split(' ')[1]));
            });
            s.once('connect', () => resolve(s));
            s.once('connect_error', reject);
          }),
      ),
    );
    sockets.push(...conns);
    const started = Date.now();
    const sends = [];
    for (let n = 0; Date.now() - started < seconds * 1000; n++) {
      const due = started + (n * 1000) / RATE;
      if (due > Date.now()) await sleep(due - Date.now());
      expected += CLIENTS;
      sends.push(
        http(ports[0], `/api/channels/${channelId}/messages`, staffId, {
          body: `t ${Date.now()}`,
          clientId: randomUUID(),
        }),
      );
    }
    await Promise.all((await Promise.all(sends)).map(ok));
    await sleep(1000);
    conns.forEach((s) => s.disconnect());
    const p99 = pct(latencies, 0.99);
    console.log(
      `${label}: ${CLIENTS} clients, ${RATE} msg/s for ${seconds} s: ${latencies.length}/${expected} receipts, ` +
        `p50 ${pct(latencies, 0.5)} ms, p99 ${p99} ms, max ${pct(latencies, 1)} ms`,
    );
    return p99;
  }

  console.log(`machine: ${await machine()}; load average ${loadAverage()}`);
  const single = await fanOut('one process', [PORT_A], await channelOf('扇出'));

  // 50 senders at once, each sending as fast as its answers come, into one channel (every send takes its lock).
  const busy = await channelOf('并发');
  let stored = 0;
  const until = Date.now() + Math.min(seconds, 10) * 1000;
  const t0 = Date.now();
  await Promise.all(
    memberIds.slice(0, SENDERS).map(async (id) => {
      while (Date.now() < until) {
        const res = await http(PORT_A, `/api/channels/${busy}/messages`, id, {
          body: '并发写入',
          clientId: randomUUID(),
        });
        await ok(res);
        stored += 1;
      }
    }),
  );
  const rate = Math.round((stored * 1000) / (Date.now() - t0));
  console.log(`senders: ${SENDERS} at once into one channel: ${stored} stored, ${rate} messages/s`);
  // The same 50 senders, each in a channel of their own (no shared lock).
  const own = await Promise.all(memberIds.slice(0, SENDERS).map((_, i) => channelOf(`并发 ${i}`)));
  let spread = 0;
  const until2 = Date.now() + Math.min(seconds, 10) * 1000;
  const t1 = Date.now();
  await Promise.all(
    memberIds.slice(0, SENDERS).map(async (id, i) => {
      while (Date.now() < until2) {
        const res = await http(PORT_A, `/api/channels/${own[i]}/messages`, id, {
          body: '并发写入',
          clientId: randomUUID(),
        });
        await ok(res);
        spread += 1;
      }
    }),
  );
  console.log(
    `senders: ${SENDERS} at once, one channel each: ${spread} stored, ${Math.round((spread * 1000) / (Date.now() - t1))} messages/s`,
  );

  // Catching up on 10,000 missed messages, page by page as the web client does.
  const missed = await channelOf('补齐');
  await client.query(
    `INSERT INTO channel_messages (channel_id, seq, author_id, client_id, body, body_html)
     SELECT $1, g, $2, 'seed-' || g, '第 ' || g || ' 条', '<p>第 ' || g || ' 条</p>' FROM generate_series(1, $3) g`,
    [missed, staffId, MISSED],
  );
  await client.query(`UPDATE channels SET last_seq = $2 WHERE id = $1`, [missed, MISSED]);
  const c0 = Date.now();
  let held = 0;
  for (let after = 0; ;) {
    const page = await (
      await ok(await http(PORT_A, `/api/channels/${missed}/messages?after=${after}&limit=200`, memberIds[0]))
    ).json();
    held += page.items.length;
    after = page.items.at(-1)?.seq ?? after;
    if (!page.more) break;
  }
  console.log(`catch-up: ${held} missed messages in ${Date.now() - c0} ms (pages of 200)`);

  // Two processes over Redis: the clients split between them, the sender on the first.
  await servers.pop().stop();
  servers.push(await startServer(PORT_A, env({ REDIS_URL: redis })));
  servers.push(await startServer(PORT_B, env({ REDIS_URL: redis })));
  const double = await fanOut('two processes + Redis', [PORT_A, PORT_B], await channelOf('扇出二'));
  console.log(`two processes / one: ${(double / single).toFixed(2)} × (target ≤ 1.5 ×)`);

  // Reliability: a sender that retries its own clientId on any failure, through whichever process
  // answers; process A is killed with SIGKILL mid-way; a reader reconnects 100 times meanwhile.
  const safe = await channelOf('可靠');
  const acked = new Set();
  let killed = false;
  let stopped = false;
  const sender = (async () => {
    for (let i = 0; i < 600; i++) {
      const clientId = `reliable-${String(i).padStart(4, '0')}`;
      for (let attempt = 0; !stopped; attempt++) {
        const port = killed || attempt % 2 ? PORT_B : PORT_A;
        // Only a lost connection (the killed process) is retried; any answer but a success fails the run.
        const res = await http(port, `/api/channels/${safe}/messages`, staffId, {
          body: `可靠 ${i}`,
          clientId,
        }).catch(() => null);
        if (res) {
          await ok(res);
          acked.add(clientId);
          break;
        }
        await sleep(20);
      }
      if (i === 300) {
        servers[0].child.kill('SIGKILL');
        killed = true;
      }
    }
  })();
  // The reader, as the web client: messages by number, live ones merged, and after every connect
  // everything after its last unbroken number.
  const heldByReader = new Map();
  let contiguous = 0;
  const unbroken = () => {
    while (heldByReader.has(contiguous + 1)) contiguous += 1;
    return contiguous;
  };
  const readerCatchUp = async () => {
    for (;;) {
      const res = await http(
        PORT_B,
        `/api/channels/${safe}/messages?after=${unbroken()}&limit=200`,
        memberIds[1],
      );
      const page = await (await ok(res)).json();
      page.items.forEach((m) => heldByReader.set(m.seq, m.clientId));
      if (!page.more) return;
    }
  };
  let reconnects = 0;
  while (reconnects < 100 && !stopped) {
    const s = io(`http://127.0.0.1:${PORT_B}`, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: { token: token(memberIds[1]) },
      reconnection: false,
    });
    s.on('message', (m) => m.channelId === safe && heldByReader.set(m.seq, m.clientId));
    const connected = await new Promise((r) => {
      s.once('connect', () => r(true));
      s.once('connect_error', () => r(false));
    });
    if (connected) await readerCatchUp();
    else await sleep(100);
    await sleep(30);
    s.disconnect();
    reconnects += 1;
  }
  // A run that stalls says so rather than hanging (seen once on this machine: under investigation).
  const finished = await Promise.race([sender.then(() => true), sleep(90_000).then(() => false)]);
  stopped = true;
  if (!finished)
    console.log(`reliability: the sender did not finish in 90 s (${acked.size} acknowledged so far)`);
  const { rows: kept } = await client.query(
    `SELECT client_id, count(*)::int AS n FROM channel_messages WHERE channel_id = $1 GROUP BY client_id`,
    [safe],
  );
  const inDb = new Map(kept.map((r) => [r.client_id, r.n]));
  const lost = [...acked].filter((c) => !inDb.has(c)).length;
  const doubled = kept.filter((r) => r.n > 1).length;
  await readerCatchUp();
  const readerSeqs = [...heldByReader.keys()].sort((x, y) => x - y);
  const readerWhole = readerSeqs.every((seq, i) => seq === i + 1) && readerSeqs.length === kept.length;
  console.log(
    `reliability: the reader holds ${readerSeqs.length} messages, numbers unbroken and each once: ${readerWhole}`,
  );
  const { rows: gaps } = await client.query(
    `SELECT count(*)::int AS n, max(seq) AS top FROM channel_messages WHERE channel_id = $1`,
    [safe],
  );
  console.log(
    `reliability: ${acked.size} acknowledged, ${lost} lost, ${doubled} doubled; numbers 1..${gaps[0].top} with ${gaps[0].n} messages; ` +
      `${reconnects} reader reconnects; process A killed with SIGKILL at message 300`,
  );
} finally {
  sockets.forEach((s) => s.disconnect());
  await client.end().catch(() => undefined);
  for (const s of servers) if (s.child.exitCode === null && s.child.signalCode === null) await s.stop();
  await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`).catch(() => undefined);
  await admin.end();
}
