/** The opportunity board's face: its API client (the home page's digest reads it). */
export { OpportunitiesApi } from './opportunities.api';
export { opportunitiesZhCN } from './opportunities.i18n';
