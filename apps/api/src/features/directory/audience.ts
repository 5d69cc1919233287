import { inSegment, segmentSql } from '@cqo/rules';
import type { Audience } from '@cqo/contracts';
import type { SearchSegment } from '../../platform/search/search-index';
import type { MemberProfile } from './entities/member-profile.entity';

type Segment = Pick<MemberProfile, 'industryCode' | 'regionCode' | 'enterpriseSize'>;

/**
 * Whether a member is in an audience. Public and all-members audiences include every member; a
 * segment is the targeting rule of libs/rules (every criterion it names must fit). Visitors (no
 * profile) are only in public audiences.
 */
export function inAudience(audience: Audience, member: Segment | null, isMember: boolean): boolean {
  if (audience.type === 'public') return true;
  if (!isMember) return false;
  if (audience.type === 'members') return true;
  if (!member) return false;
  return inSegment(audience, {
    size: member.enterpriseSize,
    industryCode: member.industryCode,
    regionCode: member.regionCode,
  });
}

/** The same test in SQL over `member_profiles p`, for choosing whom to notify among thousands. */
export function audienceSql(audience: Audience, firstParam: number): { sql: string; params: unknown[] } {
  if (audience.type !== 'segment') return { sql: 'TRUE', params: [] };
  return segmentSql(
    audience,
    { size: 'p.enterprise_size', industry: 'p.industry_code', region: 'p.region_code' },
    firstParam,
  );
}

/** A segment as staff wrote it, stored in one form: section letters upper-case, lists never absent. */
export function segmentOf<A extends Audience>(a: A): A {
  return {
    ...a,
    industryPrefixes: a.industryPrefixes?.map((p) => p.trim().toUpperCase()) ?? [],
    regionPrefixes: a.regionPrefixes ?? [],
    sizes: a.sizes ?? [],
  };
}

/** The segment of an audience as the search index narrows `members` by it (null: no segment). */
export function searchSegmentOf(a: Audience): SearchSegment | null {
  if (a.type !== 'segment') return null;
  return { sizes: a.sizes ?? [], industries: a.industryPrefixes ?? [], regions: a.regionPrefixes ?? [] };
}
