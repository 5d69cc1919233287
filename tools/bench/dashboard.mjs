#!/usr/bin/env node
// Issue 14 target, on a PostgreSQL server: 20,000 members, 50,000 filings, 200 announcements with
// read receipts — the dashboard summary p95 ≤ 100 ms at 20 users under any filter, with numbers
// never older than the last write that changed them.
// Usage: node tools/bench/dashboard.mjs [seconds]   (PostgreSQL on 127.0.0.1:5432, `npm run build` first)
import autocannon from 'autocannon';
import pg from 'pg';
import { loadAverage, loadTest, machine, startServer } from './lib.mjs';

const seconds = Number(process.argv[2] ?? 10);
const MEMBERS = 20_000;
const FILINGS = 50_000;
const ANNOUNCEMENTS = 200;
/** Writes a second during the last phase (`BENCH_WRITES_PER_SECOND`, default 10). */
const WRITES_PER_SECOND = Number(process.env.BENCH_WRITES_PER_SECOND ?? 10);
const PORT = 3915;
const base = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const db = `cqo_bench_dashboard_${Date.now()}`;
/** The filters a staff member moves between: none, a district, an industry, sizes, a quarter, all at once. */
const FILTERS = [
  '',
  '?region=440402',
  '?industry=C',
  '?industry=39',
  '?size=small,micro',
  '?from=2026-01-01&to=2026-03-31',
  '?region=4404&industry=C&size=medium&from=2025-07-01&to=2026-06-30',
];

const admin = new pg.Client({ connectionString: `${base}/postgres` });
await admin.connect();
await admin.query(`CREATE DATABASE ${db}`);
const url = `${base}/${db}`;
let server;
const report = [];
try {
  server = await startServer(PORT, { DATABASE_URL: url, JOBS_ENABLED: 'false' });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const t0 = Date.now();
  // 50,000 filings over two years: 20,000 approved (the members), the rest in every other state.
  await client.query(
    `INSERT INTO filings (id, status, is_current, enterprise, cqo, enterprise_name, credit_code, industry_code,
                          region_code, enterprise_size, cqo_name, submitted_at, decided_at, version)
     SELECT gen_random_uuid(),
            CASE WHEN g <= $2 THEN 'approved' ELSE (ARRAY['draft','submitted','returned','rejected','withdrawn'])[1 + g % 5] END,
            g <= $2, '{}'::jsonb,
            jsonb_build_object('education', (ARRAY['associate','bachelor','master','doctorate'])[1 + g % 4]),
            '珠海' || g || '号制造有限公司', 'X' || g,
            (ARRAY['3911','3971','2614','1311','3831','4710','6511','7010','3399','2929'])[1 + g % 10],
            (ARRAY['440402','440403','440404','440105','440304'])[1 + g % 5],
            (ARRAY['large','medium','small','micro'])[1 + g % 4], '质量' || g,
            CASE WHEN g % 5 = 1 AND g > $2 THEN NULL ELSE timestamptz '2024-12-01' + (g % 730) * interval '1 day' + (g % 1440) * interval '1 minute' END,
            CASE WHEN g <= $2 OR g % 5 IN (3, 4) THEN timestamptz '2024-12-01' + (g % 730) * interval '1 day' + (1 + g % 20) * interval '1 day' END,
            1
     FROM generate_series(1, $1) g`,
    [FILINGS, MEMBERS],
  );
  await client.query(
    `INSERT INTO users (email, display_name, password_hash, roles)
     SELECT 'm' || g || '@bench.local', '会员' || g, 'x', '{member}' FROM generate_series(1, $1) g`,
    [MEMBERS],
  );
  await client.query(
    `INSERT INTO member_profiles (user_id, name, enterprise_name, industry_code, region_code, enterprise_size,
                                  quality_years, topics, privacy, search_text, filing_id, listed)
     SELECT u.id, u.display_name, f.enterprise_name, f.industry_code, f.region_code, f.enterprise_size, u.n % 30,
            '{}', '{"phone":"staff","email":"members","position":"members","bio":"members","hidden":false}', '', f.id,
            u.n % 50 <> 0
     FROM (SELECT id, display_name, row_number() OVER (ORDER BY email) AS n FROM users WHERE roles = '{member}') u
     JOIN (SELECT id, enterprise_name, industry_code, region_code, enterprise_size,
                  row_number() OVER (ORDER BY id) AS n FROM filings WHERE status = 'approved') f ON f.n = u.n`,
  );
  // 200 announcements, each read by a share of the members.
  await client.query(
    `INSERT INTO announcements (kind, title, body, body_html, audience, status, published_at, author_id)
     SELECT 'notice', '公告' || g, '…', '<p>…</p>', '{"type":"members"}', 'published', now() - g * interval '1 day',
            (SELECT id FROM users LIMIT 1)
     FROM generate_series(1, $1) g`,
    [ANNOUNCEMENTS],
  );
  await client.query(
    `INSERT INTO announcement_reads (announcement_id, user_id)
     SELECT a.id, u.id FROM announcements a JOIN users u ON u.roles = '{member}'
      WHERE abs(hashtext(a.id::text || u.id::text)) % 10 < 3`,
  );
  await client.query('VACUUM ANALYZE');
  const generated = Date.now() - t0;
  const counts = (
    await client.query(
      `SELECT (SELECT count(*) FROM filings)::int AS filings, (SELECT count(*) FROM member_profiles)::int AS members,
              (SELECT count(*) FROM announcement_reads)::int AS reads`,
    )
  ).rows[0];
  report.push(
    `machine: ${await machine()}; PostgreSQL server; load average as measuring begins ${loadAverage()}`,
    `data: ${counts.members} members, ${counts.filings} filings, ${ANNOUNCEMENTS} announcements with ${counts.reads} read receipts (generated in ${generated} ms)`,
  );

  const login = await (
    await fetch(`http://127.0.0.1:${PORT}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@bench.local', password: 'Bench-Admin-Password-1' }),
    })
  ).json();
  const staff = { authorization: `Bearer ${login.accessToken}` };
  const target = `http://127.0.0.1:${PORT}`;
  await autocannon({
    url: target,
    connections: 20,
    duration: 3,
    requests: [{ method: 'GET', headers: staff, path: '/api/dashboard/summary' }],
  });

  // One filter at a time, 20 staff at once; then all filters mixed.
  for (const filter of [...FILTERS, 'mixed']) {
    let i = 0;
    const path = () => `/api/dashboard/summary${filter === 'mixed' ? FILTERS[i++ % FILTERS.length] : filter}`;
    const result = await loadTest(autocannon, {
      url: target,
      connections: 20,
      duration: filter === 'mixed' ? seconds : Math.max(3, Math.round(seconds / 3)),
      requests: [{ method: 'GET', headers: staff, setupRequest: (r) => ({ ...r, path: path() }) }],
    });
    if (result.non2xx || result.errors)
      throw new Error(`${filter}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    report.push(
      `summary ${filter || '(no filter)'}, 20 users: ${result.requests.average} req/s, p50 ${result.latency.p50} ms, p95 ${result.latency.p95} ms (target p95 ≤ 100 ms)`,
    );
  }
  // The same mix while a member's profile changes (every write makes the kept
  // answers recount: the figures are never older than the last write).
  let writes = 0;
  let writing = true;
  const writer = (async () => {
    while (writing) {
      await client.query(
        `UPDATE member_profiles SET quality_years = quality_years WHERE user_id = (SELECT user_id FROM member_profiles LIMIT 1)`,
      );
      writes++;
      await new Promise((r) => setTimeout(r, 1000 / WRITES_PER_SECOND));
    }
  })();
  let k = 0;
  const underWrites = await loadTest(autocannon, {
    url: target,
    connections: 20,
    duration: seconds,
    requests: [
      {
        method: 'GET',
        headers: staff,
        setupRequest: (r) => ({ ...r, path: `/api/dashboard/summary${FILTERS[k++ % FILTERS.length]}` }),
      },
    ],
  });
  writing = false;
  await writer;
  if (underWrites.non2xx || underWrites.errors) throw new Error('under writes: refusals');
  report.push(
    `summary mixed while ${writes} writes land (${WRITES_PER_SECOND} a second), 20 users: ${underWrites.requests.average} req/s, p50 ${underWrites.latency.p50} ms, p95 ${underWrites.latency.p95} ms`,
  );

  // One staff member alone, for the cost of one answer.
  const alone = await loadTest(autocannon, {
    url: target,
    connections: 1,
    duration: 3,
    requests: [{ method: 'GET', headers: staff, path: '/api/dashboard/summary' }],
  });
  report.push(`summary (no filter), 1 user: p50 ${alone.latency.p50} ms, p95 ${alone.latency.p95} ms`);
  await client.end();
} finally {
  await server?.stop();
  await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await admin.end();
}
console.log(report.join('\n'));
