import type { NotificationMessage } from './notification-messages';

/** What a notification is about; users choose per kind how they hear of it. */
export const NOTIFICATION_KINDS = [
  'filing',
  'announcement',
  'opportunity',
  'case',
  'channel',
  'consultation',
  'reminder',
  'system',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** One in-app notification; its message is worded in the reader's language (`renderNotification`). */
export interface AppNotification {
  id: string;
  kind: NotificationKind;
  message: NotificationMessage;
  /** Where in the web client the notification leads (a path such as /filing). */
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationPage {
  items: AppNotification[];
  total: number;
  unread: number;
}

/** `POST /api/notifications/read`: some by id, or all at once. */
export type MarkReadRequest = { ids: string[] } | { all: true };

/** How a user hears of one kind: in the app, and by e-mail at once, in a daily digest, or not. */
export interface KindPreference {
  inApp: boolean;
  email: 'off' | 'instant' | 'daily';
}
export type NotificationPreferences = Record<NotificationKind, KindPreference>;

export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferences = {
  filing: { inApp: true, email: 'instant' },
  announcement: { inApp: true, email: 'daily' },
  opportunity: { inApp: true, email: 'daily' },
  case: { inApp: true, email: 'daily' },
  channel: { inApp: true, email: 'daily' },
  consultation: { inApp: true, email: 'daily' },
  reminder: { inApp: true, email: 'instant' },
  system: { inApp: true, email: 'off' },
};
