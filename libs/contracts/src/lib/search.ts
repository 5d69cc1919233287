/** The kinds of document one search covers (channel messages and consultations as they land). */
export const SEARCH_KINDS = [
  'case',
  'announcement',
  'opportunity',
  'member',
  'message',
  'consultation',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One result of `GET /api/search`. */
export interface SearchHit {
  kind: SearchKind;
  id: string;
  /** Plain text. */
  title: string;
  /** HTML: every character of the document escaped, the words asked for in `<mark>`. */
  titleHighlighted: string;
  snippet: string;
  /** Where the web client shows it. */
  url: string;
  publishedAt: string;
}

/** Counts per value over what the reader may see of the query (kind, method, industry section, year). */
export interface SearchFacets {
  kind: Record<string, number>;
  method: Record<string, number>;
  industry: Record<string, number>;
  year: Record<string, number>;
}

export interface SearchPage {
  items: SearchHit[];
  /** Exact, or a lower bound when `totalCapped` ("2,000+"): a word found everywhere is not counted to the end. */
  total: number;
  totalCapped: boolean;
  facets: SearchFacets;
}

/** `GET /api/search/suggest`: titles as they are typed. */
export interface SearchSuggestions {
  items: { kind: SearchKind; id: string; title: string; url: string }[];
}

/** `GET /api/admin/search`: what the index holds, and what waits to be indexed. */
export interface SearchStatus {
  documents: Record<string, number>;
  waiting: number;
  oldestWaitingSince: string | null;
}
