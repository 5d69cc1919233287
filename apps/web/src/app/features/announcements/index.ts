/** The announcements feature's face: its API client (the home page's digest reads it). */
export { AnnouncementsApi } from './announcements.api';
export { announcementsZhCN } from './announcements.i18n';
