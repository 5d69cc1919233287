/** The account feature's face: its words (the app puts every feature's words together). */
export { accountZhCN } from './account.i18n';
