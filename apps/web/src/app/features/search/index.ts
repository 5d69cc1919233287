/** The search feature's face: its words (the page is reached by its route). */
export { searchZhCN } from './search.i18n';
