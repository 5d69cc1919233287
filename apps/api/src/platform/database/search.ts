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
