/** The size-calculator feature's face: its words (the app puts every feature's words together). */
export { sizeCalculatorZhCN } from './size-calculator.i18n';
