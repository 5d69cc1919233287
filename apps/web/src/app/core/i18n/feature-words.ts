import { Injectable, inject } from '@angular/core';
import type { CanMatchFn } from '@angular/router';
import { TranslocoService, type Translation } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import type { Lang } from './i18n';

/** A feature's words in each language, fetched when the feature is first opened. */
export type WordLoaders = Record<Lang, () => Promise<object>>;

/**
 * Words that load with their feature instead of with the app, so the first visit does not carry
 * every page's text. A route asks for them before it matches (`canMatch: [featureWords(...)]`),
 * and a language switch fetches those of the features already opened before the page changes
 * language, so no key ever shows in place of a word.
 */
@Injectable({ providedIn: 'root' })
export class FeatureWords {
  private readonly transloco = inject(TranslocoService);
  private readonly features = new Map<string, WordLoaders>();
  private readonly loaded = new Map<string, Promise<void>>();

  /** The words of `name` in `lang`, merged into that language's translation once. */
  ensure(name: string, loaders: WordLoaders, lang: Lang): Promise<void> {
    this.features.set(name, loaders);
    const key = `${name}:${lang}`;
    let done = this.loaded.get(key);
    if (!done) {
      done = (async () => {
        // The language itself first: merging into a language not loaded yet would stand in for it.
        await firstValueFrom(this.transloco.load(lang));
        const words = (await loaders[lang]()) as Translation;
        this.transloco.setTranslation(words, lang, { merge: true, emitChange: true });
      })();
      done.catch(() => this.loaded.delete(key));
      this.loaded.set(key, done);
    }
    return done;
  }

  /**
   * Before switching to `lang`: the words of every feature opened so far, or null when they are
   * all there already (the switch then happens at once).
   */
  switching(lang: Lang): Promise<unknown> | null {
    const missing = [...this.features].filter(([name]) => !this.loaded.has(`${name}:${lang}`));
    if (!missing.length) return null;
    return Promise.all(missing.map(([name, loaders]) => this.ensure(name, loaders, lang)));
  }
}

/** A route guard that loads a feature's words in the reader's language before its pages show. */
export function featureWords(name: string, loaders: WordLoaders): CanMatchFn {
  return async () => {
    const words = inject(FeatureWords);
    const lang = (inject(TranslocoService).getActiveLang() as Lang) || 'zh-CN';
    await words.ensure(name, loaders, lang);
    return true;
  };
}
