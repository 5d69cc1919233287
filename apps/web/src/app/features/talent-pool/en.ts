/** The feature's English words: imported only by translations.en.ts, so they load with the English chunk. */
export { talentPoolEn } from './talent-pool.i18n.en';
