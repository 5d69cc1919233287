import { inSegment, segmentSql } from '@cqo/rules';
import type { Audience } from '@cqo/contracts';
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
