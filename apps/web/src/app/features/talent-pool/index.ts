/** The talent-pool feature's face: its words (the app puts every feature's words together). */
export { talentPoolZhCN } from './talent-pool.i18n';
