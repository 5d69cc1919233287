import type { Lang } from './core/i18n/i18n';
import { en } from './core/i18n/en';
import { zhCN } from './core/i18n/zh-CN';
import { accountEn, accountZhCN } from './features/account';
import { adminEn, adminZhCN } from './features/admin';
import { announcementsEn, announcementsZhCN } from './features/announcements';
import { directoryEn, directoryZhCN } from './features/directory';
import { filingEn, filingZhCN } from './features/filing';
import { homeEn, homeZhCN } from './features/home';
import { notificationsEn, notificationsZhCN } from './features/notifications';
import { opportunitiesEn, opportunitiesZhCN } from './features/opportunities';
import { reviewEn, reviewZhCN } from './features/review';
import { searchEn, searchZhCN } from './features/search';
import { sizeCalculatorEn, sizeCalculatorZhCN } from './features/size-calculator';
import { talentPoolEn, talentPoolZhCN } from './features/talent-pool';

/**
 * Every word of the client, per language: the shell's and shared components' own (core/i18n),
 * then each feature's (features/<f>/<f>.i18n.ts, beside the pages that use them). Bundled, so
 * the first page paints without waiting for a translation file.
 */
export const TRANSLATIONS = {
  'zh-CN': {
    ...zhCN,
    ...accountZhCN,
    ...adminZhCN,
    ...announcementsZhCN,
    ...directoryZhCN,
    ...filingZhCN,
    ...homeZhCN,
    ...notificationsZhCN,
    ...opportunitiesZhCN,
    ...reviewZhCN,
    ...searchZhCN,
    ...sizeCalculatorZhCN,
    ...talentPoolZhCN,
  },
  en: {
    ...en,
    ...accountEn,
    ...adminEn,
    ...announcementsEn,
    ...directoryEn,
    ...filingEn,
    ...homeEn,
    ...notificationsEn,
    ...opportunitiesEn,
    ...reviewEn,
    ...searchEn,
    ...sizeCalculatorEn,
    ...talentPoolEn,
  },
} satisfies Record<Lang, object>;
