/** The account feature's face: its words (the app puts every feature's words together). */
export { accountEn, accountZhCN } from './account.i18n';
