import type { Audience, AnnouncementKind } from '@cqo/contracts';

/**
 * An announcement went out for the first time (now, or at its scheduled time). Subscribers:
 * the announcements feature's own fan-out of notices to the audience; the search index later.
 */
export interface AnnouncementPublished {
  announcementId: string;
  kind: AnnouncementKind;
  title: string;
  audience: Audience;
}

declare module '../../platform/events/domain-events' {
  interface DomainEvents {
    'announcement.published': AnnouncementPublished;
  }
}
