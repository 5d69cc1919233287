import { startTestApp, type TestApp } from '../../testing/test-app';
import { CANDIDATES } from './postgres-search-index';
import { SEARCH_KINDS, SearchIndex } from './search-index';
import { searchIndexContract } from '../../testing/search-index-contract';

/** The PostgreSQL adapter against the shared contract, on the real database (PGlite or the server). */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ JOBS_ENABLED: 'false' });
}, 120_000);
afterAll(() => t.close());

describe('PostgreSQL search index', () => {
  searchIndexContract(async () => {
    const index = t.app.get(SearchIndex);
    for (const kind of SEARCH_KINDS) await index.clear(kind);
    return index;
  });

  it('ranks the most recent matches of a word found everywhere, and says its total is at least that', async () => {
    const index = t.app.get(SearchIndex);
    await index.clear('opportunity');
    const docs = Array.from({ length: CANDIDATES + 50 }, (_, i) => ({
      kind: 'opportunity' as const,
      id: `00000000-0000-4000-a000-${String(i + 1).padStart(12, '0')}`,
      title: `质量月活动 ${i}`,
      visibility: ['public'],
      publishedAt: new Date(Date.UTC(2020, 0, 1) + i * 60_000),
    }));
    await index.upsert(docs);
    const broad = await index.search({ q: '质量月', page: 1, pageSize: 5 }, { tokens: ['public'] });
    expect(broad).toMatchObject({ total: CANDIDATES, totalCapped: true });
    expect(broad.items[0].id).toBe(docs.at(-1)!.id);
    const narrow = await index.search({ q: '质量月活动 7', page: 1, pageSize: 5 }, { tokens: ['public'] });
    expect(narrow.totalCapped).toBe(false);
    await index.clear('opportunity');
  }, 60_000);
});
