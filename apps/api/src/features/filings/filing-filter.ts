import { chinaDayStart, type EnterpriseSize } from '@cqo/rules';
import type { FilingStatus } from '@cqo/contracts';
import { containsPattern, industrySql } from '../../platform/database/search';

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
 * The conditions on `filings` (unaliased columns) for a filter, with their parameters added
 * through `param`: one rule for the review queue and for every figure that drills into it.
 */
export function filingFilterSql(f: FilingFilter, param: (value: unknown) => string): string[] {
  const where: string[] = [];
  if (f.status?.length) where.push(`status = ANY(${param(f.status)}::text[])`);
  if (f.region) where.push(`region_code LIKE ${param(`${f.region}%`)}`);
  if (f.industry) where.push(industrySql(f.industry, 'industry_code', param));
  if (f.size?.length) where.push(`enterprise_size = ANY(${param(f.size)}::text[])`);
  if (f.eligibility?.length) where.push(`eligibility_outcome = ANY(${param(f.eligibility)}::text[])`);
  if (f.submittedFrom) where.push(`submitted_at >= ${param(chinaDayStart(f.submittedFrom))}`);
  if (f.submittedTo) {
    where.push(`submitted_at < ${param(new Date(chinaDayStart(f.submittedTo).getTime() + 86_400_000))}`);
  }
  if (f.q) where.push(`search_text LIKE ${param(containsPattern(f.q))}`);
  return where;
}
