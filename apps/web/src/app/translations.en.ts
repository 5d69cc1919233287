import { en } from './core/i18n/en';
import { accountEn } from './features/account';
import { adminEn } from './features/admin';
import { announcementsEn } from './features/announcements';
import { casesEn } from './features/cases';
import { channelsEn } from './features/channels';
import { directoryEn } from './features/directory';
import { filingEn } from './features/filing';
import { homeEn } from './features/home';
import { notificationsEn } from './features/notifications';
import { opportunitiesEn } from './features/opportunities';
import { reviewEn } from './features/review';
import { searchEn } from './features/search';
import { sizeCalculatorEn } from './features/size-calculator';
import { talentPoolEn } from './features/talent-pool';
import type { ZH_CN } from './translations.zh-CN';

/**
 * Every word of the client in English, the second language: loaded when a reader switches to it
 * (a chunk of its own, so Chinese readers never download it). Typed by the Chinese words, so a
 * key missing in either language does not compile.
 */
export const EN: typeof ZH_CN = {
  ...en,
  ...accountEn,
  ...adminEn,
  ...announcementsEn,
  ...casesEn,
  ...channelsEn,
  ...directoryEn,
  ...filingEn,
  ...homeEn,
  ...notificationsEn,
  ...opportunitiesEn,
  ...reviewEn,
  ...searchEn,
  ...sizeCalculatorEn,
  ...talentPoolEn,
};
