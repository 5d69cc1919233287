import { industryChildren } from '@cqo/rules';

/**
 * A `LIKE` pattern for "contains", against a lower-cased search column (see the trigram index in
 * FilingListIndexes): the text lower-cased, with LIKE's own wildcards escaped.
 */
export function containsPattern(text: string): string {
  return `%${text
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

/**
 * The SQL condition "the search text contains `text`", over a lower-cased search-text column and
 * its bigrams column (every two-character piece of each word of the search text, kept by
 * PostgreSQL with the SQL function `search_bigrams(text)` and indexed with GIN; migration
 * DirectorySearchBigrams). A two-character search, the length of most Chinese words and given
 * names, has no trigram, so it is asked of the bigrams instead: `bigrams @> ARRAY[q]` is exactly
 * "contains q" there, and the planner can find a rare one through the GIN index or a common one
 * along the page order. Other lengths are a `LIKE` (trigram index from three characters on).
 */
export function containsSql(
  text: string,
  columns: { text: string; bigrams: string },
  param: (value: unknown) => string,
): string {
  const needle = text.trim().toLowerCase();
  if (Array.from(needle).length === 2) return `${columns.bigrams} @> ARRAY[${param(needle)}]::text[]`;
  return `${columns.text} LIKE ${param(containsPattern(text))}`;
}

/**
 * The SQL condition "the industry code is in `filter`": a GB/T 4754 section letter ("C", the set of
 * its two-digit divisions) or a code prefix ("39", "391"). The list filters of the directory and
 * the staff queue take either.
 */
export function industrySql(filter: string, column: string, param: (value: unknown) => string): string {
  const industry = filter.toUpperCase();
  if (/^[A-T]$/.test(industry))
    return `left(${column}, 2) = ANY(${param(industryChildren(industry).map((d) => d.code))}::text[])`;
  return `${column} LIKE ${param(`${industry}%`)}`;
}
