import { Injectable, InjectionToken, inject, signal } from '@angular/core';
import { Translation, TranslocoService, type TranslocoLoader } from '@jsverse/transloco';
import { NzI18nService, en_US, zh_CN } from 'ng-zorro-antd/i18n';
import { from, of, take, type Observable } from 'rxjs';
import { FeatureWords } from './feature-words';

export type Lang = 'zh-CN' | 'en';
export const LANGS: Lang[] = ['zh-CN', 'en'];
const STORAGE_KEY = 'cqo.lang';

/**
 * Every word per language, put together by the app (core's words and each feature's): Chinese
 * bundled, English fetched when first used.
 */
export const TRANSLATIONS = new InjectionToken<{ 'zh-CN': object; en: () => Promise<object> }>(
  'translations',
);

/** Chinese is bundled (no extra request before first paint); English is a chunk of its own. */
@Injectable({ providedIn: 'root' })
export class BundledLoader implements TranslocoLoader {
  private readonly translations = inject(TRANSLATIONS);

  getTranslation(lang: string): Observable<Translation> {
    return lang === 'en'
      ? from(this.translations.en() as Promise<Translation>)
      : of(this.translations['zh-CN'] as Translation);
  }
}

/** Switches app strings (Transloco), NG-ZORRO's locale and <html lang> together, and remembers the choice. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly nzI18n = inject(NzI18nService);
  private readonly featureWords = inject(FeatureWords);
  readonly lang = signal<Lang>('zh-CN');

  init(): void {
    const saved = localStorage.getItem(STORAGE_KEY);
    this.use(saved === 'en' ? 'en' : 'zh-CN');
  }

  toggle(): void {
    this.use(this.lang() === 'zh-CN' ? 'en' : 'zh-CN');
  }

  /** Switches at once, or once the words of the features already opened are there in `lang`. */
  use(lang: Lang): void {
    const pending = this.featureWords.switching(lang);
    if (pending) {
      void pending.catch(() => undefined).then(() => this.apply(lang));
      return;
    }
    this.apply(lang);
  }

  private apply(lang: Lang): void {
    this.lang.set(lang);
    this.transloco.setActiveLang(lang);
    this.nzI18n.setLocale(lang === 'en' ? en_US : zh_CN);
    document.documentElement.lang = lang;
    // Pages without a heading of their own (home, sign-in) keep the product's name as their tab title.
    this.transloco
      .selectTranslate('app.name', {}, lang)
      .pipe(take(1))
      .subscribe((name) => (document.title = name));
    localStorage.setItem(STORAGE_KEY, lang);
  }
}
