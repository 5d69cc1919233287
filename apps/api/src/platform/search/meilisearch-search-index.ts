import { Meilisearch, type Index, type Settings } from 'meilisearch';
import { industryCodePrefixes, industrySectionOf } from '@cqo/rules';
import { documentTerms, queryParts, WORD_MARK, type QueryPart } from './analysis';
import { highlight, snippet } from './highlight';
import {
  byCount,
  SearchIndex,
  type SearchDocument,
  type SearchKind,
  type SearchQuery,
  type SearchReader,
  type SearchResult,
  type Suggestion,
} from './search-index';

/** As many matches as one query counts, as the PostgreSQL adapter's candidates (docs/search.md). */
const MAX_TOTAL_HITS = 1000;
/** Documents per request when many are written at once (a reindex). */
const BATCH = 1000;
const WAIT = { timeout: 120_000, interval: 50 };

interface MeiliDocument {
  key: string;
  kind: SearchKind;
  id: string;
  title: string;
  summary: string | null;
  body: string | null;
  titleTerms: string;
  summaryTerms: string;
  bodyTerms: string;
  visibility: string[];
  segmented: boolean;
  segmentSizes: string[];
  segmentIndustries: string[];
  segmentRegions: string[];
  methods: string[];
  industrySection: string | null;
  year: number | null;
  publishedAt: number;
}

/**
 * A Chinese term as one Latin word: each character's code point in hex, the digits as letters
 * a–p, after a `q`. Meilisearch then matches exactly the words, pairs and characters analysis.ts
 * made (the same recall as the PostgreSQL adapter), never its own segmentation of them; Latin
 * words and pinyin stay as they are.
 */
export function termToken(term: string): string {
  const bare = term.startsWith(WORD_MARK) ? term.slice(WORD_MARK.length) : term;
  if (!/\p{Script=Han}/u.test(bare)) return bare;
  let out = 'q';
  for (const ch of bare) {
    for (const digit of ch.codePointAt(0)!.toString(16).padStart(5, '0')) {
      out += String.fromCharCode(97 + parseInt(digit, 16));
    }
  }
  return out;
}

const tokens = (terms: string[]) => [...new Set(terms.map(termToken))].join(' ');

/** A query as tokens: every pair of each Chinese word, each Latin word (the last one a prefix). */
function queryTokens(parts: QueryPart[]): string {
  return parts.flatMap((p) => p.all.map(termToken)).join(' ');
}

const quoted = (values: readonly (string | number)[]) =>
  `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
/** "440402" → 44, 440, 4404, 44040, 440402: the document's prefixes a code falls under. */
const prefixesOf = (code: string) => Array.from({ length: code.length - 1 }, (_, i) => code.slice(0, i + 2));

/** Searchable attributes in rank order: title and names, then summary, then body. */
const SETTINGS: Settings = {
  searchableAttributes: ['titleTerms', 'summaryTerms', 'bodyTerms'],
  filterableAttributes: [
    'kind',
    'methods',
    'industrySection',
    'year',
    'visibility',
    'segmented',
    'segmentSizes',
    'segmentIndustries',
    'segmentRegions',
  ],
  sortableAttributes: ['publishedAt'],
  displayedAttributes: ['kind', 'id', 'title', 'summary', 'body', 'publishedAt'],
  // Matches of more words, closer together, in a higher field first; the recent first when equal.
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'publishedAt:desc'],
  // Encoded terms are exact: a "typo" would be another character.
  typoTolerance: { disableOnAttributes: ['titleTerms', 'summaryTerms', 'bodyTerms'] },
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
  faceting: { maxValuesPerFacet: 200 },
};

/**
 * The Meilisearch adapter (`MEILI_URL`): one index for every kind, with the settings above applied
 * before first use. Terms come from the same analysis as the PostgreSQL adapter; the reader's
 * visibility and segment are a filter on every query, built here, never by the caller. Writes
 * wait for Meilisearch to apply them, so the outbox job that indexes a change finishes only once
 * the change can be found (and is retried when Meilisearch is down).
 */
export class MeilisearchSearchIndex extends SearchIndex {
  private readonly client: Meilisearch;
  private readonly index: Index<MeiliDocument>;
  private ready?: Promise<void>;

  constructor(options: { url: string; apiKey?: string; index: string }) {
    super();
    this.client = new Meilisearch({ host: options.url, apiKey: options.apiKey });
    this.index = this.client.index<MeiliDocument>(options.index);
  }

  /** Creates the index if needed and applies the settings, once per process. */
  private prepare(): Promise<void> {
    this.ready ??= (async () => {
      // An index that exists already answers with a failed task, which is fine.
      await this.client.createIndex(this.index.uid, { primaryKey: 'key' }).waitTask(WAIT);
      const task = await this.index.updateSettings(SETTINGS).waitTask(WAIT);
      if (task.status !== 'succeeded') {
        throw new Error(`Meilisearch settings were not applied: ${task.error?.message ?? task.status}`);
      }
    })().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return;
    await this.prepare();
    const unique = [...new Map(documents.map((d) => [key(d.kind, d.id), d])).values()];
    for (let at = 0; at < unique.length; at += BATCH) {
      await this.expect(this.index.addDocuments(unique.slice(at, at + BATCH).map(toMeili)).waitTask(WAIT));
    }
  }

  async remove(kind: SearchKind, ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.prepare();
    await this.expect(this.index.deleteDocuments(ids.map((id) => key(kind, id))).waitTask(WAIT));
  }

  async clear(kind: SearchKind): Promise<void> {
    await this.prepare();
    await this.expect(
      this.index.deleteDocuments({ filter: `kind = ${JSON.stringify(kind)}` }).waitTask(WAIT),
    );
  }

  /** Writes are applied before they return: nothing is left to settle. */
  async settle(): Promise<void> {
    await this.prepare();
  }

  async counts(): Promise<Record<string, number>> {
    await this.prepare();
    const all = await this.index.search('', { limit: 0, facets: ['kind'] });
    return { ...(all.facetDistribution?.['kind'] ?? {}) };
  }

  async search(query: SearchQuery, reader: SearchReader): Promise<SearchResult> {
    const parts = queryParts(query.q);
    const empty: SearchResult = {
      items: [],
      total: 0,
      totalCapped: false,
      facets: { kind: {}, method: {}, industry: {}, year: {} },
    };
    if (!parts.length) return empty;
    await this.prepare();
    const visible = visibilityFilter(reader);
    const filters = [visible];
    if (query.kind) filters.push(`kind = ${JSON.stringify(query.kind)}`);
    if (query.method) filters.push(`methods = ${JSON.stringify(query.method)}`);
    if (query.industry) filters.push(`industrySection = ${JSON.stringify(query.industry)}`);
    if (query.year) filters.push(`year = ${Number(query.year)}`);
    const q = queryTokens(parts);
    // Every part first; when nothing has them all, the most of them (as the PostgreSQL adapter).
    for (const matchingStrategy of ['all', 'frequency'] as const) {
      if (matchingStrategy === 'frequency' && parts.length === 1) break;
      const { results } = await this.client.multiSearch({
        queries: [
          {
            indexUid: this.index.uid,
            q,
            matchingStrategy,
            filter: filters.join(' AND '),
            page: query.page,
            hitsPerPage: query.pageSize,
          },
          // The facets count what the reader may see of the query, before its own filters.
          {
            indexUid: this.index.uid,
            q,
            matchingStrategy,
            filter: visible,
            limit: 0,
            facets: ['kind', 'methods', 'industrySection', 'year'],
          },
        ],
      });
      const [page, facets] = results as unknown as [
        { hits: MeiliDocument[]; totalHits: number },
        { estimatedTotalHits: number; facetDistribution?: Record<string, Record<string, number>> },
      ];
      if (!page.totalHits && !facets.estimatedTotalHits) continue;
      const needles = parts.map((p) => p.text);
      const distribution = facets.facetDistribution ?? {};
      return {
        total: page.totalHits,
        totalCapped: page.totalHits >= MAX_TOTAL_HITS,
        facets: {
          kind: byCount(distribution['kind']),
          method: byCount(distribution['methods']),
          industry: byCount(distribution['industrySection']),
          year: byCount(distribution['year']),
        },
        items: page.hits.map((h) => ({
          kind: h.kind,
          id: h.id,
          title: h.title,
          titleHighlighted: highlight(h.title, needles),
          snippet: snippet([h.summary, h.body], needles),
          publishedAt: new Date(h.publishedAt).toISOString(),
        })),
      };
    }
    return empty;
  }

  async suggest(q: string, reader: SearchReader, limit: number): Promise<Suggestion[]> {
    const parts = queryParts(q);
    if (!parts.length) return [];
    await this.prepare();
    // Titles and names only; Meilisearch takes the last word of a query as a prefix.
    const found = await this.index.search(queryTokens(parts), {
      attributesToSearchOn: ['titleTerms'],
      filter: visibilityFilter(reader),
      limit,
    });
    return found.hits.map((h) => ({ kind: h.kind, id: h.id, title: h.title }));
  }

  private async expect(task: Promise<{ status: string; error?: { message: string } | null }>): Promise<void> {
    const done = await task;
    if (done.status !== 'succeeded') {
      throw new Error(`Meilisearch did not apply a write: ${done.error?.message ?? done.status}`);
    }
  }
}

const key = (kind: SearchKind, id: string) => `${kind}-${id}`;

function toMeili(d: SearchDocument): MeiliDocument {
  return {
    key: key(d.kind, d.id),
    kind: d.kind,
    id: d.id,
    title: d.title,
    summary: d.summary ?? null,
    body: d.body ?? null,
    titleTerms: tokens([
      ...documentTerms(d.title, true),
      ...(d.names ?? []).flatMap((n) => documentTerms(n, true)),
    ]),
    summaryTerms: tokens(documentTerms(d.summary)),
    bodyTerms: tokens(documentTerms(d.body)),
    visibility: d.visibility,
    segmented: !!d.segment,
    segmentSizes: d.segment?.sizes ?? [],
    segmentIndustries: industryCodePrefixes(d.segment?.industries ?? []),
    segmentRegions: d.segment?.regions ?? [],
    methods: d.methods ?? [],
    industrySection: d.industryCode ? industrySectionOf(d.industryCode) : null,
    year: d.year ?? null,
    publishedAt: d.publishedAt.getTime(),
  };
}

/**
 * Who may see a document, as a filter: any token the reader holds; a segmented document only for
 * staff or an enterprise that fits every dimension it names (the one targeting rule, turned
 * around as in the PostgreSQL adapter: the reader's codes as the prefixes a document names).
 */
export function visibilityFilter(reader: SearchReader): string {
  const visible = `visibility IN ${quoted(reader.tokens)}`;
  if (reader.tokens.includes('staff')) return visible;
  const e = reader.enterprise;
  if (!e) return `${visible} AND segmented = false`;
  const dimension = (field: string, values: string[]) =>
    values.length ? `(${field} IS EMPTY OR ${field} IN ${quoted(values)})` : `${field} IS EMPTY`;
  const fits = [
    dimension('segmentSizes', e.size ? [e.size] : []),
    dimension('segmentIndustries', e.industryCode ? prefixesOf(e.industryCode) : []),
    dimension('segmentRegions', e.regionCode ? prefixesOf(e.regionCode) : []),
  ].join(' AND ');
  return `${visible} AND (segmented = false OR (${fits}))`;
}
