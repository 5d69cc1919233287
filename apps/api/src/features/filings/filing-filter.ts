import { chinaDayStart, industryChildren, type EnterpriseSize } from '@cqo/rules';
import type { FilingStatus } from '@cqo/contracts';
import { containsPattern } from '../../platform/database/search';

/** What the review queue filters filings by; the dashboard counts with the same filter. */
export interface FilingFilter {
  status?: FilingStatus[];
  /** GB/T 2260 prefix. */
  region?: string;
  /** A section letter or a GB/T 4754 code prefix. */
  industry?: string;
  size?: EnterpriseSize[];
  eligibility?: string[];
  /** Days in Asia/Shanghai; `submittedTo` includes its whole day. */
  submittedFrom?: string;
  submittedTo?: string;
  q?: string;
}

/**
 * A filing's filter values as one array: status, size, eligibility, and every prefix of its
 * district and industry codes. Indexed (GIN, migration FilingFacets): written exactly as there,
 * or the planner cannot use the index.
 */
export const FILING_FACETS = `(ARRAY['s:' || status, 'z:' || enterprise_size, 'e:' || eligibility_outcome, 'r:' || left(region_code, 2), 'r:' || left(region_code, 3), 'r:' || left(region_code, 4), 'r:' || left(region_code, 5), 'r:' || region_code, 'i:' || left(industry_code, 1), 'i:' || left(industry_code, 2), 'i:' || left(industry_code, 3), 'i:' || industry_code])`;

/**
 * The conditions on `filings` (unaliased columns) for a filter, with their parameters added
 * through `param`: one rule for the review queue and for every figure that drills into it.
 * Status, district, industry, size and eligibility are asked of the filing's facets, so that a
 * rare combination is found through their index: every single value must be there (`@>`), and
 * one of each list (`&&`).
 */
export function filingFilterSql(f: FilingFilter, param: (value: unknown) => string): string[] {
  const where: string[] = [];
  const every: string[] = [];
  const oneOf = (prefix: string, values: readonly string[]) => {
    if (values.length === 1) every.push(prefix + values[0]);
    else where.push(`${FILING_FACETS} && ${param(values.map((v) => prefix + v))}::text[]`);
  };
  if (f.status?.length) oneOf('s:', f.status);
  if (f.region) every.push(`r:${f.region}`);
  if (f.industry) {
    const industry = f.industry.toUpperCase();
    // A section is one of its divisions.
    if (/^[A-T]$/.test(industry))
      oneOf(
        'i:',
        industryChildren(industry).map((d) => d.code),
      );
    else every.push(`i:${industry}`);
  }
  if (f.size?.length) oneOf('z:', f.size);
  if (f.eligibility?.length) oneOf('e:', f.eligibility);
  if (every.length) where.unshift(`${FILING_FACETS} @> ${param(every)}::text[]`);
  if (f.submittedFrom) where.push(`submitted_at >= ${param(chinaDayStart(f.submittedFrom))}`);
  if (f.submittedTo) {
    where.push(`submitted_at < ${param(new Date(chinaDayStart(f.submittedTo).getTime() + 86_400_000))}`);
  }
  if (f.q) where.push(`search_text LIKE ${param(containsPattern(f.q))}`);
  return where;
}
