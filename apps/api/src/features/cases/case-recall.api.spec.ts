import { JobsService } from '../../platform/jobs/jobs.service';
import { RECALL_QUERIES, recallCases, type QueryKind } from '../../testing/search-recall-set';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';

/**
 * The recall set end to end: its 120 cases written and published through the case library's
 * HTTP API, its 66 queries asked of GET /api/search by a member. Recall@10 per kind of query is
 * printed and held to 1 (the port-level measurement of both segmenters is search-recall.api.spec).
 */
let t: TestApp;
let staff: TestClient;
let member: TestClient;
/** The recall set's id of each case → the id the API gave it. */
const created = new Map<string, string>();

beforeAll(async () => {
  t = await startTestApp({ JOBS_ENABLED: 'false' });
  staff = await t.userWithRoles(['staff']);
  member = await t.userWithRoles(['member']);
  for (const c of recallCases()) {
    const d = c.document;
    const written = await staff.post('/api/cases', {
      title: d.title,
      summary: d.summary,
      body: d.body,
      industryCode: d.industryCode,
      methods: d.methods,
      // The author is a name of the case (found by pinyin), as in the set.
      tags: d.names,
      enterpriseName: '珠海市质量协会',
      year: d.year,
    });
    if (written.status !== 201) throw new Error(`case ${c.id}: ${written.text}`);
    const published = await staff.post(`/api/cases/${written.body.id}/publish`);
    if (published.status !== 200) throw new Error(`publish ${c.id}: ${published.text}`);
    created.set(c.id, written.body.id);
  }
  await t.app.get(JobsService).drain();
}, 180_000);
afterAll(() => t.close());

describe('Chinese search recall through HTTP', () => {
  it('a member finds what each kind of query asks for among published cases (recall@10)', async () => {
    const cases = recallCases();
    const sums = new Map<QueryKind, { total: number; n: number }>();
    const missed: string[] = [];
    for (const query of RECALL_QUERIES) {
      const relevant = new Set(cases.filter(query.relevant).map((c) => created.get(c.id)!));
      const found = await member.get(`/api/search?kind=case&pageSize=10&q=${encodeURIComponent(query.q)}`);
      expect(found.status).toBe(200);
      const top = (found.body.items as { id: string }[]).map((i) => i.id);
      const recall = relevant.size
        ? top.filter((id) => relevant.has(id)).length / Math.min(10, relevant.size)
        : found.body.total === 0
          ? 1
          : 0;
      if (recall < 1)
        missed.push(`${query.kind} “${query.q}”: ${recall.toFixed(2)} (${found.body.total} found)`);
      const sum = sums.get(query.kind) ?? { total: 0, n: 0 };
      sums.set(query.kind, { total: sum.total + recall, n: sum.n + 1 });
    }
    const table = Object.fromEntries(
      [...sums].map(([k, s]) => [k, Math.round((s.total / s.n) * 1000) / 1000]),
    );
    process.stdout.write(
      `\nrecall@10 through HTTP:\n${JSON.stringify(table, null, 2)}\nbelow 1:\n${missed.join('\n')}\n`,
    );
    for (const [kind, recall] of Object.entries(table)) expect([kind, recall]).toEqual([kind, 1]);
  }, 120_000);
});
