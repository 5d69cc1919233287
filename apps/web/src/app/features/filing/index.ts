/** The filing feature's face: the API client the staff review and the talent pool use. */
export { FilingApi } from './filing.api';
export { filingZhCN } from './filing.i18n';
