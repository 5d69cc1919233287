import type { EnterpriseSize } from '@cqo/rules';
import { containsSql, industrySql } from '../../platform/database/search';

/** What the directory filters members by; the dashboard counts members with the same filter. */
export interface DirectoryFilter {
  q?: string;
  industry?: string;
  region?: string;
  size?: EnterpriseSize[];
  minYears?: number;
}

/**
 * The conditions on `member_profiles p` (joined to `users u` by MEMBER_JOIN) for a filter: one rule
 * for the directory and for every member figure that drills into it. Members who hide themselves
 * are in neither.
 */
export function directoryFilterSql(f: DirectoryFilter, param: (value: unknown) => string): string[] {
  return ['p.listed', ...memberConditionsSql(f, param)];
}

/** The filter's own conditions, without the directory's "listed": for counting hidden members too. */
export function memberConditionsSql(f: DirectoryFilter, param: (value: unknown) => string): string[] {
  const where: string[] = [];
  if (f.q) where.push(containsSql(f.q, { text: 'p.search_text', bigrams: 'p.search_bigrams' }, param));
  if (f.industry) where.push(industrySql(f.industry, 'p.industry_code', param));
  if (f.region) where.push(`p.region_code LIKE ${param(`${f.region}%`)}`);
  if (f.size?.length) where.push(`p.enterprise_size = ANY(${param(f.size)}::text[])`);
  if (f.minYears !== undefined) where.push(`p.quality_years >= ${param(f.minYears)}`);
  return where;
}
