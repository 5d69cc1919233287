/** The channels' face: their words (English in a file of its own, loaded only with the English chunk). */
export { channelsZhCN } from './channels.i18n';
export { channelsEn } from './channels.i18n.en';
