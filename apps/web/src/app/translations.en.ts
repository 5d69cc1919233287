// Its own entry: importing the rules library's index here would bundle its tables with the words.
import { loadRegionNamesEn } from '@cqo/rules/region-names-en';
import { en } from './core/i18n/en';
import { accountEn } from './features/account/en';
import { adminEn } from './features/admin/en';
import { announcementsEn } from './features/announcements/en';
import { casesEn } from './features/cases/en';
import { directoryEn } from './features/directory/en';
import { filingEn } from './features/filing/en';
import { homeEn } from './features/home/en';
import { notificationsEn } from './features/notifications/en';
import { opportunitiesEn } from './features/opportunities/en';
import { reviewEn } from './features/review/en';
import { searchEn } from './features/search/en';
import { sizeCalculatorEn } from './features/size-calculator/en';
import { talentPoolEn } from './features/talent-pool/en';
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

/** The English words, once the divisions' English names they show beside them have loaded too. */
export async function englishWords(): Promise<typeof EN> {
  await loadRegionNamesEn();
  return EN;
}
