/** The directory feature's face: its words (the app puts every feature's words together). */
export { directoryZhCN } from './directory.i18n';
