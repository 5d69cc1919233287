/** The feature's English words: imported only by translations.en.ts, so they load with the English chunk. */
export { sizeCalculatorEn } from './size-calculator.i18n.en';
