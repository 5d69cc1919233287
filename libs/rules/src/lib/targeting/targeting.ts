import { industryChildren, industryPath } from '../industry/industry';
import type { EnterpriseSize } from '../size/size-standard';

/**
 * The one targeting rule: who an announcement, an opportunity, a channel or a consultation is
 * for, by the member's enterprise. Every criterion named must fit; an absent or empty one does not
 * restrict. It is written here once, and answered three ways: per criterion with its outcome (the
 * reasons a member sees), as a yes or no, and as SQL for choosing among thousands of members.
 */
export interface SegmentCriteria {
  sizes?: EnterpriseSize[] | null;
  /** Section letters ("C") or GB/T 4754 code prefixes ("39", "3911"). */
  industryPrefixes?: string[] | null;
  /** GB/T 2260 region code prefixes ("44", "4404", "440402"). */
  regionPrefixes?: string[] | null;
}

/** What the rule reads of a member's enterprise; null when unknown. */
export interface SegmentFacts {
  size: EnterpriseSize | null;
  industryCode: string | null;
  regionCode: string | null;
}

export type SegmentCriterion = 'sizes' | 'industry' | 'region';
export type SegmentOutcome = 'ok' | 'mismatch' | 'unknown';

const some = <T>(list?: T[] | null): T[] | null => (list?.length ? list : null);
const isSection = (prefix: string) => /^[A-Ta-t]$/.test(prefix.trim());

/** Whether an industry code falls under a section letter or a code prefix. */
export function industryFits(prefix: string, industryCode: string): boolean {
  const p = prefix.trim().toUpperCase();
  return isSection(p) ? industryPath(industryCode)[0]?.code === p : industryCode.startsWith(p);
}

/** Each criterion the segment names, with how the member's enterprise stands against it. */
export function segmentChecks(
  criteria: SegmentCriteria,
  facts: SegmentFacts,
): { criterion: SegmentCriterion; outcome: SegmentOutcome }[] {
  const checks: { criterion: SegmentCriterion; outcome: SegmentOutcome }[] = [];
  const judge = (known: unknown, fits: () => boolean): SegmentOutcome =>
    known === null || known === undefined || known === '' ? 'unknown' : fits() ? 'ok' : 'mismatch';
  const sizes = some(criteria.sizes);
  if (sizes)
    checks.push({ criterion: 'sizes', outcome: judge(facts.size, () => sizes.includes(facts.size!)) });
  const industries = some(criteria.industryPrefixes);
  if (industries)
    checks.push({
      criterion: 'industry',
      outcome: judge(facts.industryCode, () => industries.some((p) => industryFits(p, facts.industryCode!))),
    });
  const regions = some(criteria.regionPrefixes);
  if (regions)
    checks.push({
      criterion: 'region',
      outcome: judge(facts.regionCode, () => regions.some((p) => facts.regionCode!.startsWith(p.trim()))),
    });
  return checks;
}

/** Whether a member's enterprise is in the segment: every criterion named fits (unknown does not). */
export function inSegment(criteria: SegmentCriteria, facts: SegmentFacts): boolean {
  return segmentChecks(criteria, facts).every((c) => c.outcome === 'ok');
}

/** Columns (or SQL expressions) that hold the facts, for `segmentSql`. */
export interface SegmentColumns {
  size: string;
  industry: string;
  region: string;
}

/**
 * Industry criteria as code prefixes only: a section letter becomes its divisions ("C" → "13"…"43"),
 * so that every industry test of the rule is "the code starts with one of these" (in SQL too, and
 * in the search index, which keeps a segment's prefixes beside the document).
 */
export function industryCodePrefixes(prefixes: string[]): string[] {
  return prefixes.flatMap((p) =>
    isSection(p) ? industryChildren(p.trim().toUpperCase()).map((d) => d.code) : [p.trim().toUpperCase()],
  );
}

/**
 * The same rule as a SQL condition (PostgreSQL), with its parameters numbered from `firstParam`.
 * Section letters become their divisions, so every test is a prefix match an index can serve.
 */
export function segmentSql(
  criteria: SegmentCriteria,
  columns: SegmentColumns,
  firstParam: number,
): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => `$${firstParam + params.push(value) - 1}`;
  const anyPrefix = (column: string, prefixes: string[]) =>
    `EXISTS (SELECT 1 FROM unnest(${param(prefixes)}::text[]) x WHERE ${column} LIKE x || '%')`;
  const sizes = some(criteria.sizes);
  if (sizes) parts.push(`${columns.size} = ANY(${param(sizes)}::text[])`);
  const industries = some(criteria.industryPrefixes);
  if (industries) parts.push(anyPrefix(columns.industry, industryCodePrefixes(industries)));
  const regions = some(criteria.regionPrefixes);
  if (regions)
    parts.push(
      anyPrefix(
        columns.region,
        regions.map((p) => p.trim()),
      ),
    );
  return { sql: parts.length ? parts.join(' AND ') : 'TRUE', params };
}
