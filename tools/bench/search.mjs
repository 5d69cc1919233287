#!/usr/bin/env node
// Issue 11 targets on a PostgreSQL server, with 100,000 documents of mixed kinds:
//   search p95 ≤ 50 ms and suggestions p95 ≤ 30 ms at 20 concurrent users;
//   indexing ≥ 1,000 documents/s; a full reindex of 100,000 ≤ 2 minutes.
// The queries are drawn from 1,200 distinct ones (words found in many documents, in few, in none;
// Chinese, pinyin, Latin; with and without a kind), so no cache answers most of them. Any non-2xx
// answer or socket error fails the run. The load average is printed at start and end.
// Recall is measured by the test suite (search-recall.api.spec.ts, docs/search.md): speed is only
// reported beside it.
// Usage: node tools/bench/search.mjs [seconds] [documents]   (`npm run build` first)
import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { API_MAIN, loadAverage, loadTest, machine, startServer } from './lib.mjs';

const seconds = Number(process.argv[2] ?? 10);
const DOCUMENTS = Number(process.argv[3] ?? 100_000);
const PORT = 3908;
const base = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const db = `cqo_bench_search_${Date.now()}`;

const METHODS = [
  '卓越绩效',
  '精益生产',
  '六西格玛',
  'QC小组',
  '零缺陷',
  '标准化',
  '质量成本',
  '可靠性',
  '统计过程控制',
  '8D',
  '品牌建设',
  '供应链质量',
  '计量',
  '检验检测',
  '数字化质量',
];
const PROCESSES = [
  '注塑车间',
  '锂电池产线',
  '印制电路板',
  '游艇装配',
  '医用敷料',
  '空调压缩机',
  '调味品灌装',
  '集成电路封装',
  '钢结构焊接',
  '软件交付',
  '模具加工',
  '涂装线',
  '冲压车间',
  '仓储物流',
  '来料检验',
];
const MEASURES = [
  '一次良率',
  '不良率',
  '客户投诉',
  '交付周期',
  '报废率',
  '返工率',
  '单位能耗',
  '设备综合效率',
  '过程能力指数',
  '计量器具合格率',
];
const TOPICS = ['补贴', '培训', '标准', '质量奖', '政策', '通知', '交流', '申报', '认证', '评审'];

console.log(`search benchmark: ${DOCUMENTS} documents, ${seconds} s per run — ${await machine()}`);
console.log(`load average at start: ${loadAverage()}`);
const admin = new pg.Client({ connectionString: `${base}/postgres` });
await admin.connect();
await admin.query(`CREATE DATABASE ${db}`);
const url = `${base}/${db}`;
let server;
let failed = false;
try {
  // Migrate the empty database, then write the documents' sources straight into their tables.
  server = await startServer(PORT, { DATABASE_URL: url, JOBS_POLL_MS: '200' });
  await server.stop();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const author = (await client.query(`SELECT id FROM users LIMIT 1`)).rows[0].id;
  const announcements = Math.round(DOCUMENTS * 0.6);
  const opportunities = DOCUMENTS - announcements;
  const t0 = Date.now();
  const batch = 5000;
  for (let from = 0; from < announcements; from += batch) {
    const rows = [];
    for (let i = from; i < Math.min(announcements, from + batch); i++) {
      const m = METHODS[i % METHODS.length];
      const p = PROCESSES[(i * 7) % PROCESSES.length];
      const x = MEASURES[(i * 11) % MEASURES.length];
      const t = TOPICS[(i * 13) % TOPICS.length];
      rows.push([
        `关于${p}${m}${t}的通知（第 ${i} 号）`,
        `${p}运用${m}，${x}从 ${80 + (i % 15)}.0 改善到 ${95 + (i % 5)}.0。编号 N${i}。\n${t}事项请各单位按要求办理。`,
        ['policy', 'regulation', 'standard', 'notice', 'training'][i % 5],
        i % 3 === 0 ? '{"type":"members"}' : '{"type":"public"}',
      ]);
    }
    await client.query(
      `INSERT INTO announcements (kind, title, body, body_html, audience, status, pinned, published_at, author_id)
       SELECT r.kind, r.title, r.body, '', r.audience::jsonb, 'published', false, now(), $1
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS r(title, body, kind, audience)`,
      [author, rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3])],
    );
  }
  await client.query(
    `INSERT INTO opportunities (kind, title, body, body_html, issuer, issuer_name, deadline, criteria, created_by)
     SELECT (ARRAY['subsidy','award','training','benchmarking'])[1 + g % 4],
            (ARRAY['质量提升专项补贴','政府质量奖','首席质量官培训','标杆企业交流'])[1 + g % 4] || ' ' || g,
            '面向珠海企业的' || (ARRAY['注塑','电子','医药','船舶','软件'])[1 + g % 5] || '行业。',
            '', 'city', '珠海市市场监督管理局', now() + ((g % 400) || ' days')::interval, '{}', $1
     FROM generate_series(1, $2) g`,
    [author, opportunities],
  );
  console.log(
    `wrote ${announcements} announcements and ${opportunities} opportunities in ${Date.now() - t0} ms`,
  );
  await client.end();

  // The full reindex: the documented command.
  const r0 = Date.now();
  const reindex = spawnSync(process.execPath, [API_MAIN, 'search-reindex'], {
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn', DEMO_CONTENT: 'false' },
    encoding: 'utf8',
  });
  if (reindex.status !== 0) throw new Error(`reindex failed: ${reindex.stderr}`);
  const reindexMs = Date.now() - r0;
  console.log(reindex.stdout.trim());
  console.log(
    `full reindex: ${(reindexMs / 1000).toFixed(1)} s for ${DOCUMENTS} documents = ${Math.round(
      (DOCUMENTS / reindexMs) * 1000,
    )} documents/s (target ≤ 120 s, ≥ 1,000/s)`,
  );

  server = await startServer(PORT, { DATABASE_URL: url, JOBS_POLL_MS: '200' });
  const words = [
    ...METHODS,
    ...PROCESSES,
    ...MEASURES,
    ...TOPICS,
    '良率',
    '注塑',
    '焊接',
    '封装',
    'SPC',
    'OEE',
    'zhusu',
    'liuxigema',
    '統計過程控制',
    '區塊鏈',
    '火箭发动机',
    '量子计算',
    'N12345',
    'N777',
    '质量',
    '提升',
    '如何降低注塑车间的不良率',
  ];
  const queries = [];
  for (let i = 0; queries.length < 1200; i++) {
    const a = words[i % words.length];
    const b = words[(i * 7 + 3) % words.length];
    const kind = ['', '&kind=announcement', '&kind=opportunity'][i % 3];
    const q = i % 4 === 0 ? `${a} ${b}` : i % 4 === 1 ? `${a}${i % 50}` : a;
    queries.push(`/api/search?q=${encodeURIComponent(q)}${kind}&page=${1 + (i % 3)}`);
  }
  const unique = [...new Set(queries)];
  const run = async (title, paths) => {
    let i = 0;
    const result = await loadTest(autocannon, {
      url: `http://127.0.0.1:${PORT}`,
      connections: 20,
      duration: seconds,
      requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }],
    });
    const bad = result.non2xx + result.errors + result.timeouts;
    console.log(
      `${title}: ${result.requests.average} req/s, p50 ${result.latency.p50} ms, p95 ${result.latency.p95} ms, p99 ${result.latency.p99} ms, non-2xx/errors ${bad}`,
    );
    if (bad) failed = true;
    return result;
  };
  console.log(`${unique.length} distinct searches`);
  await run('search (20 users)', unique);
  const prefixes = [];
  for (const w of words) for (let n = 1; n <= [...w].length; n++) prefixes.push([...w].slice(0, n).join(''));
  for (const w of ['zhu', 'zhus', 'zhusu', 'liu', 'liux', 'jing', 'jingyi', 'zw', 'sp', 'spc', 'oe'])
    prefixes.push(w);
  await run(
    'suggest (20 users)',
    prefixes.map((p) => `/api/search/suggest?q=${encodeURIComponent(p)}`),
  );
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await server?.stop().catch(() => undefined);
  // BENCH_KEEP=1 keeps the database for EXPLAIN ANALYZE (its name is printed).
  if (process.env.BENCH_KEEP === '1') console.log(`kept database ${db}`);
  else await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`).catch(() => undefined);
  await admin.end();
}
if (failed) {
  console.error('FAILED: a request was refused or errored, or the run stopped');
  process.exit(1);
}
