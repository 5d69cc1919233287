import { can, Permission } from '@cqo/contracts';
import type { RequestUser } from '../../platform/auth/request-user';
import { inAudience, type MemberProfile } from '../directory';
import type { Consultation } from './entities/consultation.entity';

/**
 * How a reader stands to a consultation: staff run it; a member of its audience takes part; a
 * reader (a visitor, or a member outside the audience) sees it only when staff allow public
 * reading. Nobody but staff sees a draft or a scheduled one.
 */
export type Standing = 'staff' | 'participant' | 'reader';

export function isStaff(reader: RequestUser | null): boolean {
  return !!reader && can(reader.roles, Permission.ContentPublish);
}

export function standingOf(
  reader: RequestUser | null,
  c: Consultation,
  profile: MemberProfile | null,
): Standing | null {
  if (isStaff(reader)) return 'staff';
  if (c.status === 'draft' || c.status === 'scheduled') return null;
  const member = !!reader && can(reader.roles, Permission.MemberOwn);
  if (member && inAudience(c.audience, profile, true)) return 'participant';
  return c.publicReading ? 'reader' : null;
}
