import { can, Permission, type DirectoryEntry, type Role, type Visibility } from '@cqo/contracts';
import type { MemberProfile } from './entities/member-profile.entity';

/** Whether a reader with these roles may see a field the member set to `visibility`. */
export function maySee(visibility: Visibility, readerRoles: readonly Role[]): boolean {
  if (visibility === 'members') return true;
  if (visibility === 'staff') return can(readerRoles, Permission.FilingsReview);
  return false;
}

/**
 * A profile as one reader may see it: a field kept from the reader is left out of the object
 * entirely, so it is not in the response at all.
 */
/** The fields of a profile the directory shows (a loaded entity or a plain row). */
export type ProfileFields = Pick<
  MemberProfile,
  | 'userId'
  | 'name'
  | 'enterpriseName'
  | 'industryCode'
  | 'regionCode'
  | 'enterpriseSize'
  | 'qualityYears'
  | 'position'
  | 'phone'
  | 'email'
  | 'bio'
  | 'topics'
  | 'privacy'
>;

export function toEntry(p: ProfileFields, readerRoles: readonly Role[], self = false): DirectoryEntry {
  const entry: DirectoryEntry = {
    userId: p.userId,
    name: p.name,
    enterpriseName: p.enterpriseName,
    industryCode: p.industryCode,
    regionCode: p.regionCode,
    enterpriseSize: p.enterpriseSize,
    qualityYears: p.qualityYears,
    topics: p.topics,
  };
  for (const field of ['position', 'phone', 'email', 'bio'] as const) {
    if (self || maySee(p.privacy[field], readerRoles)) entry[field] = p[field];
  }
  return entry;
}
