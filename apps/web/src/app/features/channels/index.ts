/** The channels' face: their words (the pages load with their routes). */
export { channelsZhCN } from './channels.i18n';
