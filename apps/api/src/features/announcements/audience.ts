import { industryChildren, industryPath } from '@cqo/rules';
import type { Audience } from '@cqo/contracts';
import type { MemberProfile } from '../directory/entities/member-profile.entity';

type Segment = Pick<MemberProfile, 'industryCode' | 'regionCode' | 'enterpriseSize'>;

const some = (list?: string[] | null) => (list?.length ? list : null);

function industryFits(prefix: string, code: string): boolean {
  const p = prefix.trim().toUpperCase();
  return /^[A-T]$/.test(p) ? industryPath(code)[0]?.code === p : code.startsWith(p);
}

/**
 * Whether a member is in an audience. Public and all-members audiences include every member; a
 * segment needs every criterion it names to fit (an empty criterion does not restrict). Visitors
 * (no profile) are only in public audiences.
 */
export function inAudience(audience: Audience, member: Segment | null, isMember: boolean): boolean {
  if (audience.type === 'public') return true;
  if (!isMember) return false;
  if (audience.type === 'members') return true;
  if (!member) return false;
  const sizes = some(audience.sizes);
  const industries = some(audience.industryPrefixes);
  const regions = some(audience.regionPrefixes);
  if (sizes && !(member.enterpriseSize && sizes.includes(member.enterpriseSize))) return false;
  if (industries && !(member.industryCode && industries.some((p) => industryFits(p, member.industryCode!))))
    return false;
  if (regions && !(member.regionCode && regions.some((p) => member.regionCode!.startsWith(p.trim()))))
    return false;
  return true;
}

/**
 * The same test in SQL over `member_profiles p`, for choosing whom to notify among thousands.
 * Section letters become their two-digit divisions.
 */
export function audienceSql(audience: Audience, firstParam: number): { sql: string; params: unknown[] } {
  if (audience.type !== 'segment') return { sql: 'TRUE', params: [] };
  const parts: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${firstParam + params.length - 1}`;
  };
  const sizes = some(audience.sizes);
  if (sizes) parts.push(`p.enterprise_size = ANY(${param(sizes)}::text[])`);
  const industries = some(audience.industryPrefixes);
  if (industries) {
    const letters = industries.filter((p) => /^[A-Ta-t]$/.test(p.trim()));
    const divisions = letters.flatMap((l) => industryChildren(l.toUpperCase()).map((d) => d.code));
    const prefixes = [...industries.filter((p) => !/^[A-Ta-t]$/.test(p.trim())), ...divisions];
    parts.push(
      `EXISTS (SELECT 1 FROM unnest(${param(prefixes)}::text[]) x WHERE p.industry_code LIKE x || '%')`,
    );
  }
  const regions = some(audience.regionPrefixes);
  if (regions)
    parts.push(
      `EXISTS (SELECT 1 FROM unnest(${param(regions)}::text[]) x WHERE p.region_code LIKE x || '%')`,
    );
  return { sql: parts.length ? parts.join(' AND ') : 'TRUE', params };
}
