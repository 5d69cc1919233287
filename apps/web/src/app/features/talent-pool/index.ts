/** The talent-pool feature's face: its words (the app puts every feature's words together). */
export { talentPoolEn, talentPoolZhCN } from './talent-pool.i18n';
