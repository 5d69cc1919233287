#!/usr/bin/env node
// Issue 13 targets, on a PostgreSQL server, for one consultation with 300 clauses, 5,000 comments
// and 2,000 survey responses:
//   the clause tree with counts p95 ≤ 50 ms at 20 users;  the results p95 ≤ 200 ms;
//   the 意见汇总处理表 as XLSX ≤ 3 s;  splitting a 100-page draft ≤ 1 s.
// Usage: node tools/bench/consultations.mjs [seconds]   (PostgreSQL on 127.0.0.1:5432, `npm run build` first)
import autocannon from 'autocannon';
import pg from 'pg';
import { loadAverage, loadTest, machine, startServer } from './lib.mjs';

const seconds = Number(process.argv[2] ?? 10);
const CLAUSES = 300;
const COMMENTS = 5_000;
const RESPONSES = 2_000;
const PORT = 3913;
const base = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const db = `cqo_bench_consultations_${Date.now()}`;
const json = { 'content-type': 'application/json' };

/**
 * A draft in GB/T 1.1 form: 前言, 引言, chapters of 9 clauses each (two titled clauses with three
 * untitled ones under each, with list items and notes), 参考文献. 33 chapters make 300 clauses.
 */
function draft(chapters, paragraphs = 2) {
  const lines = [
    '企业质量管理通用要求',
    '前  言',
    '本文件由珠海市首席质量官联盟提出。',
    '引  言',
    '为统一要求，制定本文件。',
  ];
  const sentence =
    '企业应当建立并保持文件化的程序，明确职责和权限，并保留实施的记录，2 家以上企业联合实施的，由牵头单位负责。';
  for (let c = 1; c <= chapters; c++) {
    lines.push(`${c} 第${c}章要求`);
    for (let s = 1; s <= 2; s++) {
      lines.push(`${c}.${s} 基本要求`);
      for (let u = 1; u <= 3; u++) {
        lines.push(`${c}.${s}.${u} ${sentence}`);
        for (let p = 0; p < paragraphs; p++) lines.push(`a) ${sentence}`, `注：${sentence}`);
      }
    }
  }
  lines.push('参考文献', '[1] GB/T 19001 质量管理体系 要求');
  return lines.join('\n');
}

const admin = new pg.Client({ connectionString: `${base}/postgres` });
await admin.connect();
await admin.query(`CREATE DATABASE ${db}`);
const url = `${base}/${db}`;
let server;
const report = [];
try {
  server = await startServer(PORT, { DATABASE_URL: url, JOBS_ENABLED: 'false' });
  const http = async (path, init = {}) => {
    const res = await fetch(`http://127.0.0.1:${PORT}${path}`, init);
    if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
    return res;
  };
  const signIn = async (email, password) =>
    (
      await (
        await http('/api/auth/login', {
          method: 'POST',
          headers: json,
          body: JSON.stringify({ email, password }),
        })
      ).json()
    ).accessToken;
  const staff = {
    authorization: `Bearer ${await signIn('admin@bench.local', 'Bench-Admin-Password-1')}`,
    ...json,
  };

  // The consultation: 300 clauses from a pasted draft, a six-question survey, opened.
  const text = draft(33, 1);
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const closes = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const c = await (
    await http('/api/consultations', {
      method: 'POST',
      headers: staff,
      body: JSON.stringify({
        title: '企业质量管理通用要求',
        standardCode: 'T/ZHCQO 900—2026',
        opensOn: today,
        closesOn: closes,
        audience: { type: 'members' },
        draftText: text,
      }),
    })
  ).json();
  const clauseCount = (await (await http(`/api/consultations/${c.id}/clauses`, { headers: staff })).json())
    .items.length;
  const survey = await (
    await http(`/api/consultations/${c.id}/survey`, {
      method: 'PUT',
      headers: staff,
      body: JSON.stringify({
        questions: [
          { type: 'single', title: '是否已任命首席质量官', options: ['是', '否', '计划中'], required: true },
          { type: 'multiple', title: '需要的支持', options: ['培训', '模板', '交流', '解读'] },
          { type: 'rating', title: '总体评价', required: true },
          { type: 'number', title: '质量人员数' },
          { type: 'text', title: '一句话建议' },
          { type: 'long-text', title: '其他意见' },
        ],
      }),
    })
  ).json();
  await http(`/api/consultations/${c.id}/open`, { method: 'POST', headers: staff, body: '{}' });

  // 2,000 members with enterprises; 5,000 comments over the clauses; 2,000 submitted responses.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const t0 = Date.now();
  await client.query(
    `INSERT INTO users (email, display_name, password_hash, roles)
     SELECT 'm' || g || '@bench.local', '会员' || g, 'x', '{member}' FROM generate_series(1, $1) g`,
    [RESPONSES],
  );
  await client.query(
    `INSERT INTO member_profiles (user_id, name, enterprise_name, industry_code, region_code, enterprise_size,
                                  quality_years, topics, privacy, search_text, filing_id)
     SELECT u.id, u.display_name, '珠海' || n || '号制造有限公司',
            (ARRAY['3911','3971','2614','1311','3831','4710'])[1 + n % 6],
            (ARRAY['440402','440403','440404'])[1 + n % 3], (ARRAY['large','medium','small','micro'])[1 + n % 4],
            5, '{}', '{"phone":"staff","email":"members","position":"members","bio":"members","hidden":false}', '', gen_random_uuid()
     FROM (SELECT id, display_name, row_number() OVER (ORDER BY email) AS n FROM users WHERE roles = '{member}') u`,
  );
  await client.query(
    `INSERT INTO consultation_comments (consultation_id, clause_id, author_id, enterprise_name, proposed_change, reason)
     SELECT $1, k.id, u.id, p.enterprise_name, '建议修改第 ' || k.number || ' 条的表述，第 ' || g || ' 条意见。', '便于执行'
     FROM generate_series(1, $2) g
     JOIN LATERAL (SELECT id, number FROM consultation_clauses WHERE consultation_id = $1
                   ORDER BY position OFFSET (g * 7919) % $3 LIMIT 1) k ON TRUE
     JOIN LATERAL (SELECT id FROM users WHERE roles = '{member}' ORDER BY email OFFSET (g * 31) % $4 LIMIT 1) u ON TRUE
     JOIN member_profiles p ON p.user_id = u.id`,
    [c.id, COMMENTS, clauseCount, RESPONSES],
  );
  const [q0, q1, q2, q3, q4, q5] = survey.questions;
  await client.query(
    `INSERT INTO consultation_responses (consultation_id, user_id, answers, submitted_at, enterprise_name)
     SELECT $1, u.id, jsonb_build_array(
              jsonb_build_object('questionId', $2::text, 'value', ($3::text[])[1 + n % 3]),
              jsonb_build_object('questionId', $4::text, 'value', to_jsonb(ARRAY[($5::text[])[1 + n % 4]])),
              jsonb_build_object('questionId', $6::text, 'value', 1 + n % 5),
              jsonb_build_object('questionId', $7::text, 'value', n % 40),
              jsonb_build_object('questionId', $8::text, 'value', '建议加强培训' || n),
              jsonb_build_object('questionId', $9::text, 'value', '其他意见' || n)),
            now(), p.enterprise_name
     FROM (SELECT id, row_number() OVER (ORDER BY email) AS n FROM users WHERE roles = '{member}') u
     JOIN member_profiles p ON p.user_id = u.id`,
    [
      c.id,
      q0.id,
      q0.options.map((o) => o.id),
      q1.id,
      q1.options.map((o) => o.id),
      q2.id,
      q3.id,
      q4.id,
      q5.id,
    ],
  );
  // The reading member: a real account whose profile puts them in the audience.
  await http('/api/auth/register', {
    method: 'POST',
    headers: json,
    body: JSON.stringify({
      email: 'reader@bench.local',
      password: 'Bench-Reader-Password-1',
      displayName: '读者',
    }),
  });
  await client.query(`UPDATE users SET roles = '{member}' WHERE email = 'reader@bench.local'`);
  await client.query(
    `INSERT INTO member_profiles (user_id, name, enterprise_name, industry_code, region_code, enterprise_size, quality_years, topics, privacy, search_text, filing_id)
     SELECT id, '读者', '珠海读者电子有限公司', '3911', '440402', 'small', 8, '{}', '{"phone":"staff","email":"members","position":"members","bio":"members","hidden":false}', '', gen_random_uuid()
     FROM users WHERE email = 'reader@bench.local'`,
  );
  await client.query('VACUUM ANALYZE');
  const generated = Date.now() - t0;
  const member = { authorization: `Bearer ${await signIn('reader@bench.local', 'Bench-Reader-Password-1')}` };
  const counts = await (await http(`/api/consultations/${c.id}`, { headers: staff })).json();
  report.push(
    `machine: ${await machine()}; PostgreSQL server; load average as measuring begins ${loadAverage()}`,
    `data: ${clauseCount} clauses, ${counts.comments} comments, ${counts.responses} responses, ${RESPONSES} members (generated in ${generated} ms)`,
  );
  if (clauseCount !== CLAUSES || counts.comments !== COMMENTS || counts.responses !== RESPONSES) {
    throw new Error('the data is not what the targets name');
  }

  const target = `http://127.0.0.1:${PORT}`;
  const checked = (result, what) => {
    if (result.non2xx || result.errors)
      throw new Error(`${what}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    return result;
  };
  // Warm-up (JIT, pool, PostgreSQL's caches after the bulk load), not measured.
  await autocannon({
    url: target,
    connections: 20,
    duration: 3,
    requests: [{ method: 'GET', headers: member, path: `/api/consultations/${c.id}/clauses` }],
  });

  // 1. The clause tree with counts, as members read it.
  const tree = checked(
    await loadTest(autocannon, {
      url: target,
      connections: 20,
      duration: seconds,
      requests: [{ method: 'GET', headers: member, path: `/api/consultations/${c.id}/clauses` }],
    }),
    'clause tree',
  );
  report.push(
    `clause tree (${clauseCount} clauses with counts), 20 users: ${tree.requests.average} req/s, p50 ${tree.latency.p50} ms, p95 ${tree.latency.p95} ms, p99 ${tree.latency.p99} ms (target p95 ≤ 50 ms)`,
  );

  // 2. The results, as staff open them: one at a time, and 20 at once.
  for (const connections of [1, 20]) {
    const results = checked(
      await loadTest(autocannon, {
        url: target,
        connections,
        duration: seconds,
        requests: [{ method: 'GET', headers: staff, path: `/api/consultations/${c.id}/results` }],
      }),
      'results',
    );
    report.push(
      `results (${RESPONSES} responses, 6 questions, participation), ${connections} user(s): ${results.requests.average} req/s, p50 ${results.latency.p50} ms, p95 ${results.latency.p95} ms (target p95 ≤ 200 ms)`,
    );
  }

  // … and added up afresh: a member's answer before each request clears the figures (one staff user).
  const fresh = [];
  for (let i = 0; i < 20; i++) {
    await http(`/api/consultations/${c.id}/response`, {
      method: 'PUT',
      headers: { ...member, ...json },
      body: JSON.stringify({ answers: [{ questionId: q2.id, value: 1 + (i % 5) }], draft: true }),
    });
    const t = performance.now();
    await (await http(`/api/consultations/${c.id}/results`, { headers: staff })).json();
    fresh.push(performance.now() - t);
  }
  fresh.sort((a, b) => a - b);
  report.push(
    `results added up afresh after each new answer, 1 user: p50 ${Math.round(fresh[10])} ms, p95 ${Math.round(fresh[19])} ms`,
  );

  // 3. The comment-handling table (after closing and disposing of every comment, as in life).
  await http(`/api/consultations/${c.id}/close`, { method: 'POST', headers: staff, body: '{}' });
  await client.query(
    `UPDATE consultation_comments SET decision = (ARRAY['adopted','partly-adopted','not-adopted'])[1 + abs(hashtext(id::text)) % 3],
            decision_reason = '已研究', decided_at = now() WHERE consultation_id = $1`,
    [c.id],
  );
  for (const format of ['xlsx', 'docx']) {
    const times = [];
    let bytes = 0;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      bytes = (
        await (
          await http(`/api/consultations/${c.id}/comment-table.${format}`, { headers: staff })
        ).arrayBuffer()
      ).byteLength;
      times.push(performance.now() - t);
    }
    report.push(
      `意见汇总处理表 .${format} (${COMMENTS} rows, ${Math.round(bytes / 1024)} KB): ${times.map((t) => Math.round(t)).join(' / ')} ms${format === 'xlsx' ? ' (target ≤ 3 s)' : ''}`,
    );
  }

  // 4. Splitting a 100-page draft (about 1,500 characters a page): in the rules library, and
  //    through the API (saving a draft's text splits it and stores the clauses).
  const { splitDraft } = await import('../../dist/apps/api/libs/rules/src/index.js');
  const long = draft(60, 3);
  const pages = long.length / 1500;
  const splitTimes = [];
  let clauses = 0;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    clauses = splitDraft(long).clauses.length;
    splitTimes.push(performance.now() - t);
  }
  const d = await (
    await http('/api/consultations', {
      method: 'POST',
      headers: staff,
      body: JSON.stringify({
        title: '长草案',
        standardCode: 'T/X 1—2026',
        opensOn: today,
        closesOn: closes,
        audience: { type: 'members' },
      }),
    })
  ).json();
  const apiTimes = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await http(`/api/consultations/${d.id}`, {
      method: 'PATCH',
      headers: staff,
      body: JSON.stringify({ draftText: long }),
    });
    apiTimes.push(performance.now() - t);
  }
  report.push(
    `split a ${Math.round(pages)}-page draft (${long.length} characters, ${clauses} clauses): ${splitTimes.map((t) => Math.round(t)).join(' / ')} ms in the library; saved and stored through the API ${apiTimes.map((t) => Math.round(t)).join(' / ')} ms (target ≤ 1 s)`,
  );
  await client.end();
} finally {
  await server?.stop();
  await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await admin.end();
}
console.log(report.join('\n'));
