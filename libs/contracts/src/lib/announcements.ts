import type { EnterpriseSize } from '@cqo/rules';

export const ANNOUNCEMENT_KINDS = ['policy', 'regulation', 'standard', 'notice', 'training'] as const;
export type AnnouncementKind = (typeof ANNOUNCEMENT_KINDS)[number];

export const ANNOUNCEMENT_STATUSES = ['draft', 'scheduled', 'published', 'unpublished'] as const;
export type AnnouncementStatus = (typeof ANNOUNCEMENT_STATUSES)[number];

/**
 * Who an announcement is for: everyone, all members, or members whose enterprise fits a segment
 * (the targeting rule of libs/rules: `SegmentCriteria`, `inSegment`, `segmentSql`).
 */
export interface Audience {
  type: 'public' | 'members' | 'segment';
  /** Section letters or code prefixes (GB/T 4754). */
  industryPrefixes?: string[];
  /** GB/T 2260 prefixes. */
  regionPrefixes?: string[];
  sizes?: EnterpriseSize[];
}

export interface AnnouncementInput {
  kind: AnnouncementKind;
  title: string;
  /** Markdown; the server renders and sanitises it. */
  body: string;
  audience: Audience;
  pinned?: boolean;
}

export interface Announcement extends AnnouncementInput {
  id: string;
  /** The body rendered to safe HTML. */
  bodyHtml: string;
  status: AnnouncementStatus;
  pinned: boolean;
  publishAt: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** For a signed-in member: whether they have read it. */
  read?: boolean;
}

export interface ReadReceipts {
  audience: number;
  read: number;
  readers: { userId: string; name: string; readAt: string }[];
}
