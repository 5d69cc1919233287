/** The case library's face: its words and its API client (the home page shows featured cases). */
export { CasesApi } from './cases.api';
export { casesZhCN } from './cases.i18n';
