import { DATE_PIPE_DEFAULT_OPTIONS } from '@angular/common';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
  type ApplicationConfig,
} from '@angular/core';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { provideTransloco } from '@jsverse/transloco';
import * as icons from '@ant-design/icons-angular/icons';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { routes } from './app.routes';
import { authInterceptor } from './core/auth/auth.interceptor';
import { AccountLanguage } from './core/auth/account-language';
import { AuthService } from './core/auth/auth.service';
import { BundledLoader, LanguageService, LANGS, TRANSLATIONS } from './core/i18n/i18n';
import { ZH_CN } from './translations.zh-CN';

/** The icons the shell draws (named one by one, so the bundle carries no others). */
const NAV_ICONS = [
  icons.AuditOutline,
  icons.BarChartOutline,
  icons.BellOutline,
  icons.BookOutline,
  icons.CalculatorOutline,
  icons.ContactsOutline,
  icons.FileSearchOutline,
  icons.FileTextOutline,
  icons.GlobalOutline,
  icons.HomeOutline,
  icons.LogoutOutline,
  icons.MailOutline,
  icons.MenuOutline,
  icons.MessageOutline,
  icons.NotificationOutline,
  icons.SafetyCertificateOutline,
  icons.SafetyOutline,
  icons.SearchOutline,
  icons.TeamOutline,
  icons.TrophyOutline,
  icons.UserOutline,
  icons.UserSwitchOutline,
];

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(
      routes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'top' }),
    ),
    provideHttpClient(withInterceptors([authInterceptor])),
    provideNzI18n(zh_CN),
    // Deadlines, schedules and receipts are Zhuhai's times, wherever the browser is.
    { provide: DATE_PIPE_DEFAULT_OPTIONS, useValue: { timezone: '+0800' } },
    provideNzIcons(NAV_ICONS),
    {
      provide: TRANSLATIONS,
      // English words come with the divisions' English names (neither is fetched for a reader in Chinese).
      useValue: { 'zh-CN': ZH_CN, en: () => import('./translations.en').then((m) => m.englishWords()) },
    },
    provideTransloco({
      config: {
        availableLangs: LANGS,
        defaultLang: 'zh-CN',
        fallbackLang: 'zh-CN',
        reRenderOnLangChange: true,
        prodMode: true,
      },
      loader: BundledLoader,
    }),
    // Language first, then quietly resume the session from the refresh cookie, before the first route renders.
    provideAppInitializer(() => {
      inject(LanguageService).init();
      inject(AccountLanguage);
      return inject(AuthService).restore();
    }),
  ],
};
