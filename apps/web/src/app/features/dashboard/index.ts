/** The staff dashboard's face: its words. */
export { dashboardZhCN } from './dashboard.i18n';
