import type { EntityManager } from 'typeorm';
import type { SearchHit as ApiSearchHit, SearchFacets, SearchKind } from '@cqo/contracts';

export { SEARCH_KINDS, type SearchFacets, type SearchKind } from '@cqo/contracts';

/**
 * Who may see a document: any of these tokens held by the reader — `public` (everyone),
 * `members`, `staff`, `user:<id>`, `channel:<id>`. A segment narrows `members` further: a reader
 * must fit every dimension it names (empty = any), as announcements target enterprises.
 */
export interface SearchSegment {
  sizes: string[];
  /** GB/T 4754 prefixes: a section letter or a code prefix. */
  industries: string[];
  /** GB/T 2260 prefixes. */
  regions: string[];
}

export interface SearchDocument {
  kind: SearchKind;
  id: string;
  title: string;
  summary?: string | null;
  /** Plain text (Markdown already rendered and stripped). */
  body?: string | null;
  /** People's and enterprises' names: indexed with their pinyin like the title. */
  names?: string[];
  visibility: string[];
  segment?: SearchSegment | null;
  methods?: string[];
  /** A GB/T 4754 code; its section is the facet. */
  industryCode?: string | null;
  year?: number | null;
  /** Recency, for ranking equal matches and for the results' dates. */
  publishedAt: Date;
}

/** What the search knows of the reader: the visibility tokens they hold, and their enterprise. */
export interface SearchReader {
  tokens: string[];
  /** For segment-targeted documents; without it only unsegmented ones are seen. */
  enterprise?: { size: string | null; industryCode: string | null; regionCode: string | null } | null;
}

export interface SearchQuery {
  q: string;
  kind?: SearchKind;
  method?: string;
  /** A section letter. */
  industry?: string;
  year?: number;
  page: number;
  pageSize: number;
}

/** A result as the index answers it; the API adds where the web client shows it. */
export type SearchHit = Omit<ApiSearchHit, 'url'>;

export interface SearchResult {
  items: SearchHit[];
  total: number;
  /** The total is a lower bound: more documents match than one query ranks. */
  totalCapped: boolean;
  facets: SearchFacets;
}

export interface Suggestion {
  kind: SearchKind;
  id: string;
  title: string;
}

/**
 * The search port. Adapters (PostgreSQL, Meilisearch) keep documents and answer queries; the
 * reader's visibility is applied inside the adapter, never left to the caller.
 */
export abstract class SearchIndex {
  /** Adds or replaces documents (by kind and id). */
  abstract upsert(documents: SearchDocument[], manager?: EntityManager): Promise<void>;
  abstract remove(kind: SearchKind, ids: string[], manager?: EntityManager): Promise<void>;
  /** Removes every document of a kind (a reindex starts so). */
  abstract clear(kind: SearchKind): Promise<void>;
  abstract search(query: SearchQuery, reader: SearchReader): Promise<SearchResult>;
  abstract suggest(q: string, reader: SearchReader, limit: number): Promise<Suggestion[]>;
  /** After a rebuild: whatever the engine needs to answer well (PostgreSQL: fresh statistics). */
  abstract settle(): Promise<void>;
  /** Documents per kind. */
  abstract counts(): Promise<Record<string, number>>;
}

/** A facet's values, the most frequent first (then alphabetical); absent → none. */
export function byCount(facet: Record<string, number> | undefined): Record<string, number> {
  return Object.fromEntries(
    Object.entries(facet ?? {}).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)),
  );
}
