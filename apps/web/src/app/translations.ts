import type { Lang } from './core/i18n/i18n';
import { EN } from './translations.en';
import { ZH_CN } from './translations.zh-CN';

/** Both languages at once, for tests (the app loads English only when a reader switches to it). */
export const TRANSLATIONS = { 'zh-CN': ZH_CN, en: EN } satisfies Record<Lang, object>;
