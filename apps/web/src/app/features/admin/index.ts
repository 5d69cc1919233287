/** The admin feature's face: its words (the app puts every feature's words together). */
export { adminZhCN } from './admin.i18n';
