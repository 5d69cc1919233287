import { randomUUID } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { searchIndexContract } from '../../testing/search-index-contract';
import { MeilisearchSearchIndex, termToken, visibilityFilter } from './meilisearch-search-index';

/**
 * The Meilisearch adapter. Its contract suite — the same as the PostgreSQL adapter's — needs a
 * Meilisearch server, which this machine cannot run: it runs when MEILI_URL is set (CI with the
 * compose stack, or `docker compose up meilisearch` and MEILI_URL=http://127.0.0.1:7700), and
 * says so in its name when it is skipped. What needs no server is tested always.
 */
const url = process.env['MEILI_URL'];
const apiKey = process.env['MEILI_MASTER_KEY'];

describe('Meilisearch adapter: what it sends', () => {
  it('turns a Chinese term into one Latin word of its own, and keeps Latin and pinyin as they are', () => {
    expect(termToken('良率')).toBe(termToken('~良率'));
    expect(termToken('良率')).toMatch(/^q[a-p]{10}$/);
    expect(termToken('良率')).not.toBe(termToken('率良'));
    expect(termToken('spc')).toBe('spc');
    expect(termToken('zhusu')).toBe('zhusu');
  });

  it('filters by the reader: tokens always, segments for staff, nobody, or a fitting enterprise', () => {
    expect(visibilityFilter({ tokens: ['public'] })).toBe('visibility IN ["public"] AND segmented = false');
    expect(visibilityFilter({ tokens: ['public', 'members', 'staff'] })).toBe(
      'visibility IN ["public", "members", "staff"]',
    );
    const member = visibilityFilter({
      tokens: ['public', 'members', 'user:u1'],
      enterprise: { size: 'small', industryCode: '3911', regionCode: '440402' },
    });
    expect(member).toContain('visibility IN ["public", "members", "user:u1"]');
    expect(member).toContain('(segmentSizes IS EMPTY OR segmentSizes IN ["small"])');
    expect(member).toContain('(segmentIndustries IS EMPTY OR segmentIndustries IN ["39", "391", "3911"])');
    expect(member).toContain('segmentRegions IN ["44", "440", "4404", "44040", "440402"]');
    // A fact the reader lacks fits only a segment that does not name it.
    expect(
      visibilityFilter({
        tokens: ['members'],
        enterprise: { size: null, industryCode: null, regionCode: null },
      }),
    ).toContain('segmentSizes IS EMPTY AND segmentIndustries IS EMPTY AND segmentRegions IS EMPTY');
  });
});

(url ? describe : describe.skip)(
  url
    ? `Meilisearch adapter contract (server at ${url})`
    : 'Meilisearch adapter contract — SKIPPED: MEILI_URL is not set (no Meilisearch server here)',
  () => {
    const client = url ? new Meilisearch({ host: url, apiKey }) : null;
    const made: string[] = [];
    afterAll(async () => {
      for (const uid of made) await client!.deleteIndex(uid).waitTask();
    });
    searchIndexContract(async () => {
      const uid = `cqo_contract_${randomUUID().replace(/-/g, '')}`;
      made.push(uid);
      return new MeilisearchSearchIndex({ url: url!, apiKey, index: uid });
    });
  },
);
