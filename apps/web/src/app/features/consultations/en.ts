/** The feature's English words: imported only by translations.en.ts, so they load with the English chunk. */
export { consultationsEn } from './consultations.i18n.en';
