import { zhCN } from './core/i18n/zh-CN';
import { accountZhCN } from './features/account';
import { adminZhCN } from './features/admin';
import { announcementsZhCN } from './features/announcements';
import { casesZhCN } from './features/cases';
import { directoryZhCN } from './features/directory';
import { filingZhCN } from './features/filing';
import { homeZhCN } from './features/home';
import { notificationsZhCN } from './features/notifications';
import { opportunitiesZhCN } from './features/opportunities';
import { reviewZhCN } from './features/review';
import { searchZhCN } from './features/search';
import { sizeCalculatorZhCN } from './features/size-calculator';
import { talentPoolZhCN } from './features/talent-pool';

/**
 * Every word of the client in Chinese, the first language: the shell's and shared components'
 * own (core/i18n), then each feature's (features/<f>/<f>.i18n.ts, beside the pages that use
 * them). Bundled, so the first page paints without waiting for a translation file.
 */
export const ZH_CN = {
  ...zhCN,
  ...accountZhCN,
  ...adminZhCN,
  ...announcementsZhCN,
  ...casesZhCN,
  ...directoryZhCN,
  ...filingZhCN,
  ...homeZhCN,
  ...notificationsZhCN,
  ...opportunitiesZhCN,
  ...reviewZhCN,
  ...searchZhCN,
  ...sizeCalculatorZhCN,
  ...talentPoolZhCN,
};
