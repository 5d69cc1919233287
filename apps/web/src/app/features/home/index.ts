/** The home feature's face: its words (the app puts every feature's words together). */
export { homeZhCN } from './home.i18n';
