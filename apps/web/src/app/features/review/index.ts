/** The review feature's face: its words (the app puts every feature's words together). */
export { reviewZhCN } from './review.i18n';
