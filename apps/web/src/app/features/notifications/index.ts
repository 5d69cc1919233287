/** The notifications feature's face: its words (the app puts every feature's words together). */
export { notificationsZhCN } from './notifications.i18n';
