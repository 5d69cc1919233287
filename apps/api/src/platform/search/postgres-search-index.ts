import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { industryCodePrefixes, industrySectionOf } from '@cqo/rules';
import { documentTerms, fold, queryParts, WORD_MARK, type QueryPart } from './analysis';
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

/** A lexeme as `tsquery` input reads it: quoted, quotes and backslashes escaped. */
const lexeme = (term: string) => `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
/** Lexemes longer than this (a pasted URL) are left out: PostgreSQL refuses very long ones. */
const MAX_TERM = 100;
const keep = (terms: string[]) => terms.filter((t) => t.length <= MAX_TERM);

/**
 * Terms as `tsvector` input, each with a position and its field's weight (A title and names, B
 * summary, C body): weights live on positions, so a vector without them could not rank by field.
 */
function weighted(terms: string[], weight: 'A' | 'B' | 'C', start: number): string {
  return terms.map((t, i) => `${lexeme(t)}:${Math.min(16383, start + i)}${weight}`).join(' ');
}

const UPSERT_BATCH = 200;
/**
 * How many of the most recent matches a query ranks, counts and draws facets from: beyond it the
 * total says "at least" (`totalCapped`), and the oldest matches of a very broad word wait for a
 * narrower query (docs/search.md).
 */
export const CANDIDATES = 1000;
/** The most recent documents searched in date order before the GIN index takes over the rest. */
const WINDOW = 2000;
const SUGGEST_CANDIDATES = 100;

/** What one search statement answers (facets as value → count, in no order). */
interface Answer {
  candidates: number;
  total: number;
  items: Row[];
  kinds: Record<string, number>;
  methods: Record<string, number>;
  industries: Record<string, number>;
  years: Record<string, number>;
}

/** A document as the 18 values of its row (terms analysed and weighted; titles' terms apart). */
function toRow(d: SearchDocument): unknown[] {
  const titleTerms = keep([
    ...documentTerms(d.title, true),
    ...(d.names ?? []).flatMap((n) => documentTerms(n, true)),
  ]);
  return [
    d.kind,
    d.id,
    d.title,
    fold([d.title, ...(d.names ?? [])].join(' ')),
    d.summary ?? null,
    d.body ?? null,
    fold(`${d.summary ?? ''} ${d.body ?? ''}`),
    [
      weighted(titleTerms, 'A', 1),
      weighted(keep(documentTerms(d.summary)), 'B', 2000),
      weighted(keep(documentTerms(d.body)), 'C', 4000),
      visibilityLexemes(d),
    ].join(' '),
    // Suggestions read titles and names only: a small vector without weights needs no recheck.
    [...titleTerms.map(lexeme), visibilityLexemes(d)].join(' '),
    d.visibility,
    !!d.segment,
    d.segment?.sizes ?? [],
    industryCodePrefixes(d.segment?.industries ?? []),
    d.segment?.regions ?? [],
    d.methods ?? [],
    d.industryCode ? industrySectionOf(d.industryCode) : null,
    d.year ?? null,
    d.publishedAt,
  ];
}

/**
 * Who may see a document, as lexemes of its vectors (`@public`, `@user:…`; `@seg:members` when a
 * segment narrows it): the GIN index then drops what a reader may not see together with what does
 * not match, instead of the rows being read to find out (a word found only in members' documents
 * cost a visitor 300 ms; now 1 ms). No analysed term starts with `@`.
 */
function visibilityLexemes(d: SearchDocument): string {
  return d.visibility.map((t) => lexeme(`${d.segment ? '@seg:' : '@'}${t}`)).join(' ');
}

/** The reader's tokens as a tsquery alternative: `('@public' | '@members')`, or their `@seg:` forms. */
const tokensTsquery = (tokens: string[], prefix: '@' | '@seg:') =>
  `(${tokens.map((t) => lexeme(prefix + t)).join(' | ')})`;

/** The parts as a tsquery: every part (AND) or any (OR); a part needs all its pairs. */
export function toTsquery(parts: QueryPart[], join: '&' | '|', weight = ''): string {
  return parts
    .map((p) => {
      const terms = p.all.map((t) => `${lexeme(t)}:${p.prefix ? '*' : ''}${weight}`.replace(/:$/, ''));
      return terms.length === 1 ? terms[0] : `(${terms.join(' & ')})`;
    })
    .join(` ${join} `);
}

/** For ranking only: the Chinese words asked for, as the segmenter's whole words (WORD_MARK). */
function wordsTsquery(parts: QueryPart[]): string | null {
  const words = parts
    .filter((p) => p.all.length > 1 || /\p{Script=Han}{2}/u.test(p.text))
    .map((p) => lexeme(WORD_MARK + p.text));
  return words.length ? words.join(' | ') : null;
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

interface Row {
  kind: SearchKind;
  ref_id: string;
  title: string;
  summary: string | null;
  body: string | null;
  /** A string when it comes back inside JSON. */
  published_at: Date | string;
}

/**
 * The default adapter: one table with a tsvector of analysed terms and GIN indexes, the same SQL on
 * embedded PGlite and on a PostgreSQL server. Terms and queries are built here from analysis.ts
 * (tsvector and tsquery input take them as they are: no text-search parser, which would drop
 * Chinese under some locales). Visibility and segments are part of every query's WHERE.
 */
@Injectable()
export class PostgresSearchIndex extends SearchIndex {
  /** PGlite in this process (no DATABASE_URL). */
  private readonly embedded: boolean;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    super();
    this.embedded = !config.DATABASE_URL;
  }

  async upsert(documents: SearchDocument[], manager?: EntityManager): Promise<void> {
    const db = manager ?? this.dataSource.manager;
    // One row per document (the last given wins): a statement may not update a row twice.
    documents = [...new Map(documents.map((d) => [`${d.kind}:${d.id}`, d])).values()];
    // Many rows per statement: a reindex of 100,000 documents is a few hundred round trips.
    for (let at = 0; at < documents.length; at += UPSERT_BATCH) {
      const rows = documents.slice(at, at + UPSERT_BATCH).map(toRow);
      const params: unknown[] = [];
      const values = rows.map((row) => {
        const n = params.push(...row) - row.length;
        const $ = (i: number) => `$${n + i + 1}`;
        return `(${row.map((_, i) => (i === 7 || i === 8 ? `${$(i)}::tsvector` : $(i))).join(', ')}, now())`;
      });
      await db.query(
        `INSERT INTO search_documents (kind, ref_id, title, folded_title, summary, body, folded_text, terms,
           title_terms, visibility, segmented, segment_sizes, segment_industries, segment_regions, methods,
           industry_section, year, published_at, indexed_at)
         VALUES ${values.join(', ')}
         ON CONFLICT (kind, ref_id) DO UPDATE SET title = EXCLUDED.title, folded_title = EXCLUDED.folded_title,
           summary = EXCLUDED.summary, body = EXCLUDED.body, folded_text = EXCLUDED.folded_text,
           terms = EXCLUDED.terms, title_terms = EXCLUDED.title_terms, visibility = EXCLUDED.visibility, segmented = EXCLUDED.segmented,
           segment_sizes = EXCLUDED.segment_sizes, segment_industries = EXCLUDED.segment_industries,
           segment_regions = EXCLUDED.segment_regions, methods = EXCLUDED.methods,
           industry_section = EXCLUDED.industry_section, year = EXCLUDED.year,
           published_at = EXCLUDED.published_at, indexed_at = now()`,
        params,
      );
    }
  }

  async remove(kind: SearchKind, ids: string[], manager?: EntityManager): Promise<void> {
    if (!ids.length) return;
    await (manager ?? this.dataSource.manager).query(
      'DELETE FROM search_documents WHERE kind = $1 AND ref_id = ANY($2::uuid[])',
      [kind, ids],
    );
  }

  async clear(kind: SearchKind): Promise<void> {
    await this.dataSource.query('DELETE FROM search_documents WHERE kind = $1', [kind]);
  }

  /**
   * After a bulk write: fresh planner statistics (with stale ones a broad word is planned as a rare
   * one, a bitmap over every match: 100 ms instead of 3) and the GIN pending lists merged.
   */
  async settle(): Promise<void> {
    // VACUUM too: it moves the GIN indexes' pending lists (fast inserts) into the index proper.
    // Left there, every query reads them through and rechecks their rows (a word found in 4,000
    // documents: 114 ms instead of 47).
    // Not on the embedded database: its one connection may be inside a job's transaction there,
    // where VACUUM cannot run, and its indexes are small.
    await this.dataSource.query(
      this.embedded ? 'ANALYZE search_documents' : 'VACUUM ANALYZE search_documents',
    );
  }

  async counts(): Promise<Record<string, number>> {
    const rows: { kind: string; n: number }[] = await this.dataSource.query(
      'SELECT kind, count(*)::int AS n FROM search_documents GROUP BY kind',
    );
    return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
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
    // Every part first; when nothing has them all, any part (ranked by how many it has).
    for (const join of ['&', '|'] as const) {
      if (join === '|' && parts.length === 1) break;
      const result = await this.run(query, reader, parts, toTsquery(parts, join), wordsTsquery(parts));
      // Documents of another kind with every part count too (the kind facet shows them): the
      // query is loosened only when nothing at all has every part.
      if (result.total || Object.keys(result.facets.kind).length) return result;
    }
    return empty;
  }

  async suggest(q: string, reader: SearchReader, limit: number): Promise<Suggestion[]> {
    const parts = queryParts(q);
    if (!parts.length) return [];
    // Titles and names only (their own vector), the last word as typed so far.
    const last = parts.at(-1)!;
    const typing = /[\p{L}\p{N}]$/u.test(q.trim())
      ? [...parts.slice(0, -1), { ...last, prefix: !/\p{Script=Han}/u.test(last.text) }]
      : parts;
    const visible = this.visibleSql('title_terms', toTsquery(typing, '&'), reader, 1);
    const rows: { kind: SearchKind; ref_id: string; title: string }[] = await this.dataSource.query(
      // Among the most recent matches (a prefix matches thousands), titles that begin so first.
      `SELECT kind, ref_id, title FROM (
         SELECT d.kind, d.ref_id, d.title, d.folded_title, d.published_at FROM search_documents d
          WHERE ${visible.sql}
          ORDER BY d.published_at DESC LIMIT ${SUGGEST_CANDIDATES}) d
        ORDER BY (d.folded_title LIKE $${visible.next} ESCAPE '\\') DESC, d.published_at DESC
        LIMIT $${visible.next + 1}`,
      [...visible.params, `${likeEscape(fold(q.trim()))}%`, limit],
    );
    return rows.map((r) => ({ kind: r.kind, id: r.ref_id, title: r.title }));
  }

  private async run(
    query: SearchQuery,
    reader: SearchReader,
    parts: QueryPart[],
    tsquery: string,
    words: string | null,
  ): Promise<SearchResult> {
    const visible = this.visibleSql('terms', tsquery, reader, 2);
    const params: unknown[] = [tsquery, ...visible.params];
    const at = (value: unknown) => `$${params.push(value)}`;
    const filters: string[] = ['TRUE'];
    if (query.kind) filters.push(`c.kind = ${at(query.kind)}`);
    if (query.method) filters.push(`${at(query.method)} = ANY(c.methods)`);
    if (query.industry) filters.push(`c.industry_section = ${at(query.industry)}`);
    if (query.year) filters.push(`c.year = ${at(query.year)}::int`);
    const phrase = at(`%${likeEscape(fold(query.q).replace(/\s+/g, ''))}%`);
    // Whole words count beside the pairs: a match of the word outranks one inside another word.
    const rankQuery = words ? `($1::tsquery || ${at(words)}::tsquery)` : '$1::tsquery';
    // One statement: the candidates (the most recent matches the reader may see, at most
    // CANDIDATES: a word found in every document costs no more than one found in a few thousand),
    // looked for first among the WINDOW most recent documents in date order, and only when those
    // hold too few, among the older ones through the GIN index (the planner, misled by words that
    // go together, would otherwise walk the whole date order for matches the reader may not see:
    // 290 ms for none); found by their row addresses alone and then scored (a word found in 4,000 documents scores
    // 1,000, not 4,000), the facets over them, the filtered count, and the page: only its rows are
    // read again, for their texts. The addresses are used within this one statement only.
    const [result] = (await this.dataSource.query(
      `WITH recent AS MATERIALIZED (
         SELECT d.tid, d.published_at FROM (
           SELECT s.ctid AS tid, s.* FROM search_documents s ORDER BY s.published_at DESC LIMIT ${WINDOW}) d
          WHERE ${visible.sql}
          LIMIT ${CANDIDATES}),
       ids AS MATERIALIZED (
         SELECT u.tid FROM (
           SELECT recent.tid FROM recent
           UNION ALL
           (SELECT d.ctid FROM search_documents d
             WHERE ${visible.sql} AND d.ctid <> ALL (ARRAY(SELECT recent.tid FROM recent))
             ORDER BY d.published_at + interval '0 seconds' DESC LIMIT ${CANDIDATES})) u
         LIMIT ${CANDIDATES}),
       c AS MATERIALIZED (
         SELECT d.kind, d.ref_id, d.methods, d.industry_section, d.year, d.published_at,
                ts_rank('{0.1, 0.2, 0.4, 1.0}', d.terms, ${rankQuery})
                  + CASE WHEN replace(d.folded_title, ' ', '') LIKE ${phrase} ESCAPE '\\' THEN 1 ELSE 0 END
                  + CASE WHEN replace(d.folded_text, ' ', '') LIKE ${phrase} ESCAPE '\\' THEN 0.3 ELSE 0 END AS score
           FROM ids JOIN search_documents d ON d.ctid = ids.tid),
       f AS (SELECT c.kind, c.ref_id, c.score, c.published_at FROM c WHERE ${filters.join(' AND ')}),
       top AS (SELECT f.kind, f.ref_id, f.score FROM f
                ORDER BY f.score DESC, f.published_at DESC, f.ref_id
                LIMIT ${at(query.pageSize)} OFFSET ${at((query.page - 1) * query.pageSize)}),
       page AS (
         SELECT d.kind, d.ref_id, d.title, d.summary, d.body, d.published_at, top.score
           FROM top JOIN search_documents d ON d.kind = top.kind AND d.ref_id = top.ref_id)
       SELECT (SELECT count(*) FROM c)::int AS candidates,
              (SELECT count(*) FROM f)::int AS total,
              (SELECT coalesce(json_agg(page ORDER BY page.score DESC, page.published_at DESC, page.ref_id), '[]') FROM page) AS items,
              (SELECT coalesce(json_object_agg(v, n), '{}') FROM (SELECT kind AS v, count(*) AS n FROM c GROUP BY 1) x) AS kinds,
              (SELECT coalesce(json_object_agg(v, n), '{}') FROM (SELECT unnest(methods) AS v, count(*) AS n FROM c GROUP BY 1) x) AS methods,
              (SELECT coalesce(json_object_agg(v, n), '{}') FROM (SELECT industry_section AS v, count(*) AS n FROM c WHERE industry_section IS NOT NULL GROUP BY 1) x) AS industries,
              (SELECT coalesce(json_object_agg(v, n), '{}') FROM (SELECT year AS v, count(*) AS n FROM c WHERE year IS NOT NULL GROUP BY 1) x) AS years`,
      params,
    )) as Answer[];
    const needles = parts.map((p) => p.text);
    return {
      total: result.total,
      totalCapped: result.candidates === CANDIDATES,
      facets: {
        kind: byCount(result.kinds),
        method: byCount(result.methods),
        industry: byCount(result.industries),
        year: byCount(result.years),
      },
      items: result.items.map((r) => ({
        kind: r.kind,
        id: r.ref_id,
        title: r.title,
        titleHighlighted: highlight(r.title, needles),
        snippet: snippet([r.summary, r.body], needles),
        publishedAt: new Date(r.published_at).toISOString(),
      })),
    };
  }

  /**
   * "Matches `tsquery` and the reader may see it", as SQL over `search_documents d` with its
   * parameters numbered from `from`. Visibility is in the tsquery itself (visibilityLexemes); a
   * segment is then the one targeting rule of libs/rules turned around (the criteria are the
   * document's, the facts the reader's): sizes by equality, industries and regions by prefix
   * (`industryCodePrefixes`), an unknown fact fitting nothing; staff see every segment.
   */
  private visibleSql(
    column: 'terms' | 'title_terms',
    tsquery: string,
    reader: SearchReader,
    from: number,
  ): { sql: string; params: unknown[]; next: number } {
    const plain = `(${tsquery}) & ${tokensTsquery(reader.tokens, '@')}`;
    const segmented = `(${tsquery}) & ${tokensTsquery(reader.tokens, '@seg:')}`;
    const p = (i: number) => `$${from + i}`;
    if (reader.tokens.includes('staff')) {
      return { sql: `d.${column} @@ ${p(0)}::tsquery`, params: [`${plain} | ${segmented}`], next: from + 1 };
    }
    const e = reader.enterprise;
    if (!e) return { sql: `d.${column} @@ ${p(0)}::tsquery`, params: [plain], next: from + 1 };
    const params = [plain, segmented, e.size ?? '', e.industryCode ?? '', e.regionCode ?? ''];
    const sql = `(d.${column} @@ ${p(0)}::tsquery OR (d.${column} @@ ${p(1)}::tsquery
      AND (cardinality(d.segment_sizes) = 0 OR ${p(2)}::text = ANY(d.segment_sizes))
      AND (cardinality(d.segment_industries) = 0 OR EXISTS (SELECT 1 FROM unnest(d.segment_industries) s
            WHERE ${p(3)}::text <> '' AND ${p(3)}::text LIKE s || '%'))
      AND (cardinality(d.segment_regions) = 0 OR EXISTS (SELECT 1 FROM unnest(d.segment_regions) s
            WHERE ${p(4)}::text <> '' AND ${p(4)}::text LIKE s || '%'))))`;
    return { sql, params, next: from + params.length };
  }
}
