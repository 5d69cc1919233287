#!/usr/bin/env node
// Issue 5 targets with 20,000 members and 2,000 opportunities on a PostgreSQL server:
//   directory search p95 ≤ 50 ms at 20 concurrent users, and ≤ 2 × the same query run through `pg`;
//   "matched for you" p95 ≤ 80 ms at 20 users;
//   an announcement to all 20,000 members fans out in ≤ 10 s while request p95 stays ≤ 100 ms.
// Usage: node tools/bench/member-area.mjs [seconds]   (PostgreSQL on 127.0.0.1:5432, `npm run build` first)
import autocannon from 'autocannon';
import pg from 'pg';
import { loadTest, machine, startServer } from './lib.mjs';

const seconds = Number(process.argv[2] ?? 10);
const MEMBERS = 20_000;
const OPPORTUNITIES = 2_000;
const PORT = 3907;
const base = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const db = `cqo_bench_members_${Date.now()}`;
const SEARCHES = ['精密', '电子', '质量', '李', '六西格玛', '科技有限', '王强', 'iso'];
const p = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

const admin = new pg.Client({ connectionString: `${base}/postgres` });
await admin.connect();
await admin.query(`CREATE DATABASE ${db}`);
const url = `${base}/${db}`;
let server;
try {
  server = await startServer(PORT, { DATABASE_URL: url, LOG_LEVEL: 'warn', JOBS_POLL_MS: '200' });
  const http = (path, init = {}) => fetch(`http://127.0.0.1:${PORT}${path}`, init);
  const json = { 'content-type': 'application/json' };

  // The reading member: a real account, made a member with a profile.
  const email = 'reader@bench.local';
  const password = 'Bench-Reader-Password-1';
  await http('/api/auth/register', {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email, password, displayName: '读者' }),
  });
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  const t0 = Date.now();
  // 20,000 members with varied enterprises, industries, regions, sizes and topics.
  await client.query(
    `INSERT INTO users (email, display_name, password_hash, roles)
     SELECT 'm' || g || '@bench.local', (ARRAY['李','王','张','陈','刘','黄'])[1 + g % 6] || '质量' || g, 'x', '{member}'
     FROM generate_series(1, $1) g`,
    [MEMBERS],
  );
  await client.query(
    `INSERT INTO member_profiles (user_id, name, enterprise_name, industry_code, region_code, enterprise_size,
                                  quality_years, position, phone, email, topics, privacy, listed, search_text, filing_id)
     SELECT u.id, u.display_name, '珠海' || (ARRAY['精密','电子','新材料','生物','智能'])[1 + n % 5] || n || '号科技有限公司',
            (ARRAY['3911','3971','2614','1311','3831','4710','6511','7010'])[1 + n % 8],
            (ARRAY['440402','440403','440404','440105','440304'])[1 + n % 5],
            (ARRAY['large','medium','small','micro'])[1 + n % 4], 3 + n % 25, '质量总监', '0756-' || n, 'm' || n || '@example.cn',
            CASE WHEN n % 7 = 0 THEN ARRAY['六西格玛','ISO 9001'] ELSE ARRAY['精益生产'] END,
            '{"phone":"staff","email":"members","position":"members","bio":"members","hidden":false}', TRUE, '', gen_random_uuid()
     FROM (SELECT id, display_name, row_number() OVER (ORDER BY email) AS n FROM users WHERE roles = '{member}') u`,
  );
  await client.query(
    `UPDATE member_profiles SET search_text = lower(name || ' ' || coalesce(enterprise_name, '') || ' ' || array_to_string(topics, ' '))`,
  );
  // 2,000 opportunities, a third of them still open, with varied criteria.
  await client.query(
    `INSERT INTO opportunities (kind, title, body, body_html, issuer, deadline, criteria, created_by, search_text)
     SELECT (ARRAY['subsidy','award','training','benchmarking'])[1 + g % 4], '机会' || g, '…', '<p>…</p>', 'city',
            now() + ((g % 3) - 2) * interval '30 days' + g * interval '1 minute',
            jsonb_build_object('sizes', CASE WHEN g % 2 = 0 THEN '["small","micro"]'::jsonb ELSE '[]'::jsonb END,
                               'industryPrefixes', CASE WHEN g % 3 = 0 THEN '["C"]'::jsonb ELSE '[]'::jsonb END,
                               'regionPrefixes', '["4404"]'::jsonb, 'minQualityYears', g % 10,
                               'requiresApprovedFiling', g % 5 = 0),
            (SELECT id FROM users LIMIT 1), '机会' || g
     FROM generate_series(1, $1) g`,
    [OPPORTUNITIES],
  );
  await client.query(`UPDATE users SET roles = '{member}' WHERE email = $1`, [email]);
  await client.query(
    `INSERT INTO member_profiles (user_id, name, enterprise_name, industry_code, region_code, enterprise_size, quality_years, topics, privacy, search_text, filing_id)
     SELECT id, '读者', '珠海读者电子有限公司', '3911', '440402', 'small', 8, '{}', '{"phone":"staff","email":"members","position":"members","bio":"members","hidden":false}', '读者 珠海读者电子有限公司', gen_random_uuid()
     FROM users WHERE email = $1`,
    [email],
  );
  await client.query('VACUUM ANALYZE');
  const generated = Date.now() - t0;

  const login = await (
    await http('/api/auth/login', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email, password }),
    })
  ).json();
  const auth = { authorization: `Bearer ${login.accessToken}` };

  // Warm-up (JIT, connection pool, PostgreSQL's caches after the bulk load), not measured.
  await autocannon({
    url: `http://127.0.0.1:${PORT}`,
    connections: 20,
    duration: 3,
    requests: [{ method: 'GET', headers: auth, path: '/api/directory?q=%E8%B4%A8%E9%87%8F' }],
  });

  // 1. Directory search through the API …
  let i = 0;
  const directoryPath = (n) => {
    const q = encodeURIComponent(SEARCHES[n % SEARCHES.length]);
    return n % 2
      ? `/api/directory?q=${q}&page=${(n % 5) + 1}`
      : `/api/directory?q=${q}&region=4404&size=small,micro`;
  };
  const directory = await loadTest(autocannon, {
    url: `http://127.0.0.1:${PORT}`,
    connections: 20,
    duration: seconds,
    requests: [{ method: 'GET', headers: auth, setupRequest: (r) => ({ ...r, path: directoryPath(i++) }) }],
  });

  // … and the same page queries straight through pg (the totals are cached by the API, so a
  // search sends the page query; the count runs once per filter every few seconds).
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  const direct = [];
  const until = Date.now() + seconds * 1000;
  let n = 0;
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (Date.now() < until) {
        const k = n++;
        const q = SEARCHES[k % SEARCHES.length].toLowerCase();
        // What the API sends (MemberProfilesService.search): a two-character search by its bigrams.
        const search =
          [...q].length === 2 ? 'p.search_bigrams @> ARRAY[$1]::text[]' : 'p.search_text LIKE $1';
        const filter =
          k % 2 ? '' : ` AND p.region_code LIKE '4404%' AND p.enterprise_size = ANY('{small,micro}'::text[])`;
        const s = performance.now();
        await pool.query(
          `SELECT p.* FROM (SELECT p.user_id FROM member_profiles p
             JOIN users u ON u.id = p.user_id AND u.disabled_at IS NULL AND 'member' = ANY(u.roles)
             WHERE p.listed AND ${search}${filter}
             ORDER BY p.name, p.user_id LIMIT 20 OFFSET ${k % 2 ? (k % 5) * 20 : 0}) page
           JOIN member_profiles p USING (user_id) ORDER BY p.name, p.user_id`,
          [[...q].length === 2 ? q : `%${q}%`],
        );
        direct.push(performance.now() - s);
      }
    }),
  );
  direct.sort((a, b) => a - b);

  // 2. Matched for you.
  const matched = await loadTest(autocannon, {
    url: `http://127.0.0.1:${PORT}`,
    connections: 20,
    duration: seconds,
    requests: [{ method: 'GET', headers: auth, path: '/api/opportunities/matched' }],
  });

  // 3. Fan-out to every member, while 20 users keep reading.
  const staffLogin = await (
    await http('/api/auth/login', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'admin@bench.local', password: 'Bench-Admin-Password-1' }),
    })
  ).json();
  const staff = { ...json, authorization: `Bearer ${staffLogin.accessToken}` };
  const created = await (
    await http('/api/announcements', {
      method: 'POST',
      headers: staff,
      body: JSON.stringify({
        kind: 'notice',
        title: '全体会员通知',
        body: '…',
        audience: { type: 'members' },
      }),
    })
  ).json();
  // The readers' load lasts exactly as long as the fan-out: it stops when the last notice is in.
  let fanOutDone;
  const fanOut = new Promise((resolve) => (fanOutDone = resolve));
  const load = loadTest(
    autocannon,
    {
      url: `http://127.0.0.1:${PORT}`,
      connections: 20,
      duration: 60,
      requests: [
        {
          method: 'GET',
          headers: auth,
          setupRequest: (r) => ({
            ...r,
            path: n++ % 2 ? '/api/announcements' : '/api/notifications?pageSize=20',
          }),
        },
      ],
    },
    { until: fanOut },
  );
  const f0 = Date.now();
  let within = [];
  await http(`/api/announcements/${created.id}/publish`, { method: 'POST', headers: staff, body: '{}' });
  let delivered = 0;
  while (Date.now() - f0 < 60_000) {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM notifications WHERE link = $1`, [
      `/announcements/${created.id}`,
    ]);
    delivered = rows[0].n;
    if (delivered >= MEMBERS + 1) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const fanOutMs = Date.now() - f0;
  fanOutDone();
  const during = await load;
  // Only the answers that ended while the fan-out ran.
  within = during.samples
    .filter((s) => s.at >= f0 && s.at <= f0 + fanOutMs)
    .map((s) => s.ms)
    .sort((a, b) => a - b);
  during.latency.p95 = within.length ? Math.round(within[Math.floor(0.95 * (within.length - 1))]) : NaN;
  during.requests.average = within.length / (fanOutMs / 1000);
  await client.end();
  await pool.end();

  const { rows: ver } = await admin.query('SHOW server_version');
  console.log(`machine: ${await machine()}; PostgreSQL ${ver[0].server_version}`);
  console.log(`generated ${MEMBERS} members and ${OPPORTUNITIES} opportunities in ${generated} ms`);
  const line = (name, r, target) =>
    console.log(
      `${name}: ${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p90 ${r.latency.p90} ms, p95 ${r.latency.p95} ms, p97.5 ${r.latency.p97_5} ms (${target}), non-2xx ${r.non2xx}`,
    );
  line('directory search via the API, 20 users', directory, 'target p95 ≤ 50 ms');
  console.log(
    `directory search via pg directly, 20 users: p50 ${p(direct, 0.5).toFixed(1)} ms, p95 ${p(direct, 0.95).toFixed(1)} ms, p97.5 ${p(direct, 0.975).toFixed(1)} ms (${direct.length} searches)`,
  );
  line('matched for you, 20 users', matched, 'target p95 ≤ 80 ms');
  console.log(
    `fan-out to ${MEMBERS + 1} members: ${delivered} notifications in ${fanOutMs} ms (target ≤ 10 s)`,
  );
  console.log(
    `requests answered during the fan-out, 20 users: ${within.length} in ${fanOutMs} ms (${Math.round(during.requests.average)} req/s), p50 ${within.length ? Math.round(within[Math.floor(0.5 * (within.length - 1))]) : NaN} ms, p95 ${during.latency.p95} ms (target p95 ≤ 100 ms), non-2xx ${during.non2xx}`,
  );
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await server?.stop();
  if (!process.env.BENCH_KEEP) await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  else console.log(`kept ${url}`);
  await admin.end();
}
