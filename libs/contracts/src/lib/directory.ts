import type { EnterpriseSize } from '@cqo/rules';

/** Who may see one field of a member's profile. */
export const VISIBILITIES = ['members', 'staff', 'nobody'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** `PUT /api/me/privacy`: per field, and whether the member is listed at all. */
export interface PrivacySettings {
  phone: Visibility;
  email: Visibility;
  position: Visibility;
  bio: Visibility;
  hidden: boolean;
}

export const DEFAULT_PRIVACY: PrivacySettings = {
  phone: 'staff',
  email: 'members',
  position: 'members',
  bio: 'members',
  hidden: false,
};

/**
 * A member as the directory shows them to the reader. Fields the member keeps from this reader
 * are absent from the object, not empty. ID numbers never appear.
 */
export interface DirectoryEntry {
  userId: string;
  name: string;
  enterpriseName: string | null;
  industryCode: string | null;
  regionCode: string | null;
  enterpriseSize: EnterpriseSize | null;
  qualityYears: number | null;
  topics: string[];
  position?: string | null;
  phone?: string | null;
  email?: string | null;
  bio?: string | null;
}

/** `PUT /api/me/profile`: what a member writes about themselves. */
export interface ProfileUpdate {
  bio?: string | null;
  topics?: string[];
  phone?: string | null;
  email?: string | null;
  position?: string | null;
}

/** The member's own profile: every field, and their privacy settings. */
export interface MyProfile extends Required<Omit<DirectoryEntry, 'position' | 'phone' | 'email' | 'bio'>> {
  position: string | null;
  phone: string | null;
  email: string | null;
  bio: string | null;
  privacy: PrivacySettings;
}
