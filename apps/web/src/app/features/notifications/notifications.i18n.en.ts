import type { notificationsZhCN } from './notifications.i18n';

export const notificationsEn: typeof notificationsZhCN = {
  notifications: {
    preferences: 'How I am notified',
    inApp: 'In app',
    email: 'E-mail',
    mail: { instant: 'At once', daily: 'Daily digest', off: 'Off' },
    title: 'Notifications',
    bell: 'Notifications: {{count}} unread',
    all: 'All',
    unread: 'Unread',
    readAll: 'Mark all as read',
    empty: 'No notifications',
    kinds: {
      filing: 'Filing',
      announcement: 'Announcement',
      opportunity: 'Opportunity',
      case: 'Case',
      channel: 'Channels',
      consultation: 'Consultations',
      reminder: 'Reminder',
      system: 'System',
    },
  },
};
