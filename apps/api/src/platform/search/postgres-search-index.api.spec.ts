import { startTestApp, type TestApp } from '../../testing/test-app';
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
});
