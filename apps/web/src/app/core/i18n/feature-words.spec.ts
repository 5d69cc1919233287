import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { setUpWebTest } from '../../../testing/web-test-bed';
import { FeatureWords } from './feature-words';
import { LanguageService } from './i18n';

const loaders = {
  'zh-CN': () => Promise.resolve({ demoFeature: { title: '演示功能' } }),
  en: () => Promise.resolve({ demoFeature: { title: 'Demo feature' } }),
};

describe('feature words', () => {
  it('are merged into the language when the feature opens, beside the app’s own words', async () => {
    setUpWebTest();
    const transloco = TestBed.inject(TranslocoService);
    expect(transloco.translate('demoFeature.title')).toBe('demoFeature.title');
    await TestBed.inject(FeatureWords).ensure('demo', loaders, 'zh-CN');
    expect(transloco.translate('demoFeature.title')).toBe('演示功能');
    expect(transloco.translate('common.save')).toBe('保存');
  });

  it('come along on a language switch, which waits for them so that no key shows', async () => {
    setUpWebTest();
    const words = TestBed.inject(FeatureWords);
    const languages = TestBed.inject(LanguageService);
    const transloco = TestBed.inject(TranslocoService);
    await words.ensure('demo', loaders, 'zh-CN');
    expect(words.switching('zh-CN')).toBeNull();
    languages.use('en');
    // Not switched yet: the English words of the opened feature are still on their way.
    expect(languages.lang()).toBe('zh-CN');
    await words.switching('en');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(languages.lang()).toBe('en');
    expect(transloco.translate('demoFeature.title')).toBe('Demo feature');
    expect(words.switching('en')).toBeNull();
  });
});
