/** Consultations on draft standards: their words and API client. */
export { ConsultationsApi } from './consultations.api';
export { consultationsZhCN } from './consultations.i18n';
