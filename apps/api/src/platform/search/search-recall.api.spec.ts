import { RECALL_QUERIES, recallCases, type QueryKind } from '../../testing/search-recall-set';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { SEGMENTERS, useSegmenter, type SegmenterName } from './analysis';
import { SearchIndex } from './search-index';

/**
 * Recall@10 per kind of query on the recall set, on the real database through the port, for each
 * segmenter: the figures are printed (docs/search.md keeps them) and the one in use is held to them.
 */
let t: TestApp;
let index: SearchIndex;
const cases = recallCases();
const member = { tokens: ['public', 'members'] };
/** Queries that found less than all: printed beside the figures. */
const missed: string[] = [];

beforeAll(async () => {
  t = await startTestApp({ JOBS_ENABLED: 'false' });
  index = t.app.get(SearchIndex);
}, 120_000);
afterAll(async () => {
  useSegmenter('jieba');
  await t.close();
});

async function measure(name: SegmenterName): Promise<Record<QueryKind, number>> {
  useSegmenter(name);
  await index.clear('case');
  await index.upsert(cases.map((c) => c.document));
  const sums = new Map<QueryKind, { total: number; n: number }>();
  for (const query of RECALL_QUERIES) {
    const relevant = new Set(cases.filter(query.relevant).map((c) => c.id));
    const found = await index.search({ q: query.q, page: 1, pageSize: 10 }, member);
    const top = found.items.map((i) => i.id);
    // Nothing to find: right only when nothing comes back. Else: the share of what fits in 10 that came.
    const recall = relevant.size
      ? top.filter((id) => relevant.has(id)).length / Math.min(10, relevant.size)
      : found.total === 0
        ? 1
        : 0;
    if (recall < 1)
      missed.push(`${name} ${query.kind} “${query.q}”: ${recall.toFixed(2)} (${found.total} found)`);
    const sum = sums.get(query.kind) ?? { total: 0, n: 0 };
    sums.set(query.kind, { total: sum.total + recall, n: sum.n + 1 });
  }
  return Object.fromEntries(
    [...sums].map(([k, s]) => [k, Math.round((s.total / s.n) * 1000) / 1000]),
  ) as Record<QueryKind, number>;
}

describe('Chinese search recall', () => {
  it('the recall set means something: every query but the nowhere ones has cases to find', () => {
    expect(cases).toHaveLength(120);
    expect(RECALL_QUERIES.length).toBeGreaterThanOrEqual(60);
    for (const q of RECALL_QUERIES.filter((q) => q.kind !== 'nowhere'))
      expect([q.q, cases.filter(q.relevant).length > 0]).toEqual([q.q, true]);
  });

  it('finds what each kind of query asks for (recall@10, printed per segmenter)', async () => {
    const table: Record<string, Record<QueryKind, number>> = {};
    for (const name of Object.keys(SEGMENTERS) as SegmenterName[]) table[name] = await measure(name);
    process.stdout.write(
      `\nrecall@10 by kind of query:\n${JSON.stringify(table, null, 2)}\nbelow 1:\n${missed.join('\n')}\n`,
    );
    // The segmenter in use finds every relevant case in the top ten for every kind.
    for (const [kind, recall] of Object.entries(table['jieba'])) expect([kind, recall]).toEqual([kind, 1]);
  }, 120_000);
});
