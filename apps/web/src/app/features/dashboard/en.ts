/** The feature's English words: imported only by the route's loader, so they load with the page. */
export { dashboardEn } from './dashboard.i18n.en';
