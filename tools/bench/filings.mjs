#!/usr/bin/env node
// Issue 4 targets with 20,000 generated filings on a PostgreSQL server:
//   staff queue (filtered, paged) and public talent pool p95 ≤ 50 ms at 20 concurrent users;
//   XLSX export of the whole pool ≤ 5 s with server memory growth < 150 MB.
// The queue is measured honestly (issue 16): filters drawn from 2,880 combinations (status, district,
// size, industry, words found in many rows and in none) and pages 1–3, so that the API's short-lived
// cache of totals answers few requests; interleaved in rounds with the same statements (page and
// total, built by the API's own filingFilterSql) sent straight through `pg` with the API's pool size.
// Usage: node tools/bench/filings.mjs [seconds] [rows]   (PostgreSQL on 127.0.0.1:5432, `npm run build` first)
import autocannon from 'autocannon';
import { createCipheriv, createHmac, hkdfSync, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import pg from 'pg';
import { API_MAIN, loadTest, machine, startServer } from './lib.mjs';

const seconds = Number(process.argv[2] ?? 10);
const N = Number(process.argv[3] ?? 20_000);
/** The API's pool size (DATABASE_POOL_SIZE's default): the baseline gets as many connections. */
const POOL = 20;
const ROUNDS = 3;
const TOTAL_CAP = 1000;
// The review queue's own filter builder, from the build, so that the baseline sends what the API sends.
const { filingFilterSql } = createRequire(import.meta.url)(
  `../../${API_MAIN.replace('main.js', 'features/filings/filing-filter.js')}`,
);

/** 5 × 6 × 4 × 6 × 4 = 2,880 filters, in a fixed shuffled order. */
function filterSpread() {
  const filters = [];
  for (const status of [[], ['submitted'], ['submitted', 'returned'], ['approved'], ['rejected']])
    for (const region of ['', '4404', '440402', '440403', '440404', '440105'])
      for (const size of [[], ['small', 'micro'], ['large'], ['medium', 'large']])
        for (const industry of ['', 'C', '39', '3911', 'I', '65'])
          for (const q of ['', '企业1', '质量', '无此企业'])
            filters.push({ status, region, size, industry, q });
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = filters.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [filters[i], filters[j]] = [filters[j], filters[i]];
  }
  return filters;
}
const FILTERS = filterSpread();
const queuePath = (f, page) => {
  const p = new URLSearchParams({ page: String(page), pageSize: '20' });
  if (f.status.length) p.set('status', f.status.join(','));
  if (f.region) p.set('region', f.region);
  if (f.size.length) p.set('size', f.size.join(','));
  if (f.industry) p.set('industry', f.industry);
  if (f.q) p.set('q', f.q);
  return `/api/filings?${p}`;
};
const pctOf = (times, q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
const PORT = 3905;
const ADMIN = { email: 'admin@bench.local', password: 'Bench-Admin-Password-1' };
const base = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const db = `cqo_bench_${Date.now()}`;
const key = randomBytes(32);

// Same sealing as the API's FieldCipher, so the export decrypts real ciphertexts.
const enc = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'cqo field encryption v1', 32));
const mac = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'cqo field lookup hash v1', 32));
const seal = (obj) => {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', enc, iv);
  const data = Buffer.concat([c.update(JSON.stringify(obj), 'utf8'), c.final()]);
  return [
    'v1',
    iv.toString('base64url'),
    c.getAuthTag().toString('base64url'),
    data.toString('base64url'),
  ].join('.');
};

const admin = new pg.Client({ connectionString: `${base}/postgres` });
await admin.connect();
await admin.query(`CREATE DATABASE ${db}`);
const url = `${base}/${db}`;
let server;
try {
  server = await startServer(
    PORT,
    {
      DATABASE_URL: url,
      DATA_ENCRYPTION_KEY: key.toString('base64'),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
    },
    { stdout: process.env.BENCH_SERVER_LOG ? 'inherit' : 'ignore' },
  );
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  const { rows } = await client.query(`SELECT id FROM users LIMIT 1`);
  const owner = rows[0].id;

  const industries = ['3911', '3971', '3831', '2929', '1311', '5111', '6511', '4710', '7010', '7221'];
  const regions = ['440402', '440403', '440404', '440105', '440304'];
  const sizes = ['large', 'medium', 'small', 'micro'];
  const statuses = [
    'approved',
    'approved',
    'approved',
    'submitted',
    'submitted',
    'returned',
    'draft',
    'rejected',
  ];
  const t0 = Date.now();
  for (let start = 0; start < N; start += 1000) {
    const values = [];
    const params = [];
    for (let i = start; i < Math.min(N, start + 1000); i++) {
      const status = statuses[i % statuses.length];
      const id = randomUUID();
      const idNumber = `44040219${String(60 + (i % 40)).padStart(2, '0')}0101${String(i % 1000).padStart(3, '0')}X`;
      const name = `企业${i}号精密制造有限公司`;
      const cqo = {
        name: `质量官${i}`,
        idType: 'resident',
        sex: i % 2 ? 'male' : 'female',
        birthDate: '1980-01-01',
        education: 'bachelor',
        qualityYears: 5 + (i % 20),
        position: '副总经理',
        otherPosts: '副总经理',
        email: `cqo${i}@example.cn`,
        address: '珠海市香洲区',
        appointedOn: '2024-01-02',
        trainingCertificateNo: `GD-${i}`,
        certificateIssuer: '广东省市场监督管理局',
      };
      const enterprise = {
        name,
        creditCode: `91440400MA${String(i).padStart(7, '0')}X`,
        industryCode: industries[i % industries.length],
        regionCode: regions[i % regions.length],
        nature: 'private',
        employees: 50 + (i % 500),
      };
      const p = params.length;
      params.push(
        id,
        // One open filing per applicant (uq_filings_open_per_owner): the open ones are ownerless here,
        // like paper filings; the queue and the pool do not look at the owner.
        ['draft', 'submitted', 'returned'].includes(status) ? null : owner,
        status,
        status === 'approved',
        JSON.stringify(enterprise),
        JSON.stringify(cqo),
        seal({ idNumber, mobile: `138${String(i).padStart(8, '0')}` }),
        createHmac('sha256', mac).update(idNumber).digest('hex'),
        `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`,
        '138****0000',
        name,
        enterprise.creditCode,
        enterprise.industryCode,
        enterprise.regionCode,
        sizes[i % 4],
        i % 7 ? 'eligible' : 'needs-review',
        cqo.name,
        '2024-01-02',
        status === 'draft' ? null : new Date(Date.now() - i * 60_000),
      );
      values.push(`(${Array.from({ length: 19 }, (_, k) => `$${p + k + 1}`).join(',')}, 1)`);
    }
    await client.query(
      `INSERT INTO filings (id, owner_id, status, is_current, enterprise, cqo, sealed, id_number_hash, id_number_masked, mobile_masked, enterprise_name, credit_code, industry_code, region_code, enterprise_size, eligibility_outcome, cqo_name, appointed_on, submitted_at, version) VALUES ${values.join(',')}`,
      params,
    );
  }
  // The steady state autovacuum keeps: statistics, and a visibility map for index-only scans.
  await client.query('VACUUM ANALYZE filings');
  const generated = Date.now() - t0;
  await client.end();

  const login = await fetch(`http://127.0.0.1:${PORT}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const { accessToken } = await login.json();
  const auth = { authorization: `Bearer ${accessToken}` };

  // Warm-up (JIT, connection pool, PostgreSQL's caches after the bulk load), not measured.
  await autocannon({
    url: `http://127.0.0.1:${PORT}`,
    connections: 20,
    duration: 3,
    requests: [{ method: 'GET', headers: auth, path: '/api/filings?status=submitted&page=1&pageSize=20' }],
  });
  // Rounds: the API, then the same filters through pg, then again (A B A B …).
  let drawn = 0;
  const next = () => {
    const k = drawn++;
    return { filter: FILTERS[k % FILTERS.length], page: (Math.floor(k / FILTERS.length) % 3) + 1 };
  };
  const apiTimes = [];
  const pgTimes = [];
  let apiRequests = 0;
  const pgPool = new pg.Pool({ connectionString: url, max: POOL });
  for (let round = 0; round < ROUNDS; round++) {
    const result = await loadTest(autocannon, {
      title: `queue round ${round + 1}`,
      url: `http://127.0.0.1:${PORT}`,
      connections: 20,
      duration: seconds,
      requests: [
        {
          method: 'GET',
          headers: auth,
          setupRequest: (r) => {
            const { filter, page } = next();
            return { ...r, path: queuePath(filter, page) };
          },
        },
      ],
    });
    apiTimes.push(...result.times);
    apiRequests += result.requests.total;
    // The same statements straight through pg: the page and its total, side by side as the API sends them.
    const until = Date.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        while (Date.now() < until) {
          const { filter, page } = next();
          const params = [];
          const where = filingFilterSql(filter, (v) => `$${params.push(v)}`);
          const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
          const s = performance.now();
          // As the API asks: the total (up to the cap), then the page — walking the queue order when
          // many match, gathering the few first otherwise.
          const { rows } = await pgPool.query(
            `SELECT count(*)::int AS n FROM (SELECT 1 FROM filings ${clause} LIMIT ${TOTAL_CAP + 1}) matches`,
            params,
          );
          const columns = `id, status, enterprise_name, credit_code, industry_code, region_code, enterprise_size,
                           eligibility_outcome, cqo_name, submitted_at, updated_at`;
          const order = `ORDER BY submitted_at DESC NULLS LAST, updated_at DESC, id LIMIT 20 OFFSET ${(page - 1) * 20}`;
          await pgPool.query(
            rows[0].n > TOTAL_CAP
              ? `SELECT ${columns} FROM filings ${clause} ${order}`
              : `WITH matches AS MATERIALIZED (SELECT ${columns} FROM filings ${clause}) SELECT * FROM matches ${order}`,
            params,
          );
          pgTimes.push(performance.now() - s);
        }
      }),
    );
  }
  await pgPool.end();
  apiTimes.sort((a, b) => a - b);
  pgTimes.sort((a, b) => a - b);
  let q = 0;
  const pool = await loadTest(autocannon, {
    url: `http://127.0.0.1:${PORT}`,
    connections: 20,
    duration: seconds,
    requests: [
      {
        method: 'GET',
        setupRequest: (r) => ({
          ...r,
          path:
            q++ % 2
              ? `/api/talent-pool?page=${(q % 50) + 1}`
              : `/api/talent-pool?q=${encodeURIComponent(`企业${q % 997}号`)}`,
        }),
      },
    ],
  });

  console.error(`pool: ${pool.errors} errors, ${pool.non2xx} non-2xx, ${pool.requests.total} requests`);
  // Export: time to the last byte, and the server's peak RSS growth while it runs.
  const rss = () =>
    Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))[1]) * 1024;
  const before = rss();
  let peak = before;
  const sampler = setInterval(() => {
    try {
      peak = Math.max(peak, rss());
    } catch {
      /* the server has exited */
    }
  }, 20);
  const e0 = Date.now();
  const res = await fetch(`http://127.0.0.1:${PORT}/api/talent-pool/export.xlsx`, { headers: auth });
  const bytes = (await res.arrayBuffer()).byteLength;
  const exportMs = Date.now() - e0;
  clearInterval(sampler);

  console.log(
    `machine: ${await machine()}; PostgreSQL ${await (async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const v = (await c.query('SHOW server_version')).rows[0].server_version;
      await c.end();
      return v;
    })()}`,
  );
  console.log(`generated ${N} filings in ${generated} ms (${(N * 3) / 8} approved and current)`);
  console.log(
    `staff queue, ${FILTERS.length} filters × pages 1–3, 20 users, ${ROUNDS} rounds of ${seconds} s interleaved with pg:`,
  );
  console.log(
    `  through the API: ${Math.round(apiRequests / (ROUNDS * seconds))} req/s, p50 ${Math.round(pctOf(apiTimes, 0.5))} ms, p95 ${Math.round(pctOf(apiTimes, 0.95))} ms (target p95 ≤ 50 ms)`,
  );
  console.log(
    `  the same page and total through pg (pool ${POOL}): ${Math.round(pgTimes.length / (ROUNDS * seconds))} /s, p50 ${pctOf(pgTimes, 0.5).toFixed(1)} ms, p95 ${pctOf(pgTimes, 0.95).toFixed(1)} ms`,
  );
  console.log(
    `  API p95 / pg p95: ${(pctOf(apiTimes, 0.95) / pctOf(pgTimes, 0.95)).toFixed(2)} × (target ≤ 1.5 ×)`,
  );
  console.log(
    `public talent pool, 20 users:         ${Math.round(pool.requests.average)} req/s, p50 ${pool.latency.p50} ms, p90 ${pool.latency.p90} ms, p95 ${pool.latency.p95} ms, p97.5 ${pool.latency.p97_5} ms (target p95 ≤ 50 ms), non-2xx ${pool.non2xx}`,
  );
  console.log(
    `XLSX export of the whole pool: ${exportMs} ms, ${(bytes / 1e6).toFixed(1)} MB, server RSS +${((peak - before) / 1e6).toFixed(0)} MB at peak (targets ≤ 5 s, < 150 MB)`,
  );
} catch (error) {
  console.error('benchmark failed:', error);
  process.exitCode = 1;
} finally {
  await server?.stop();
  if (process.env.BENCH_KEEP) console.error(`kept ${url} key ${key.toString('base64')}`);
  else await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await admin.end();
}
