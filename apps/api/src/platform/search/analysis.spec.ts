import { documentTerms, fold, pinyinOf, queryParts } from './analysis';

describe('search analysis', () => {
  it('folds full-width, case and Traditional characters before anything else', () => {
    expect(fold('ＳＰＣ 統計過程控制')).toBe('spc 统计过程控制');
  });

  it('indexes a compound under its words, pairs and characters, so a word inside it is found', () => {
    const terms = documentTerms('一次良率从 92.3% 提升到 98.6%');
    expect(terms).toEqual(
      expect.arrayContaining(['~一次', '一次', '次良', '良率', '良', '率', '92.3', '98.6']),
    );
    const asked = queryParts('良率');
    expect(asked).toEqual([{ text: '良率', all: ['良率'], prefix: false }]);
    for (const part of asked) for (const t of part.all) expect(terms).toContain(t);
  });

  it('gives titles and names their pinyin, in full and as initials', () => {
    expect(pinyinOf('注塑')).toEqual(['zhusu', 'zs']);
    expect(documentTerms('张伟', true)).toEqual(expect.arrayContaining(['zhangwei', 'zw']));
    expect(documentTerms('注塑车间的统计过程控制', true)).toEqual(expect.arrayContaining(['zhusu']));
    expect(documentTerms('注塑车间')).not.toContain('zhusu');
  });

  it('asks for the topic of a question, and for the last Latin word as a prefix', () => {
    expect(queryParts('如何提高一次良率？').map((p) => p.text)).toEqual(['一次', '良率']);
    // Only stop words: they are what was asked.
    expect(queryParts('如何提高').map((p) => p.text)).toEqual(['如何', '提高']);
    expect(queryParts('SPC 控制').map((p) => [p.text, p.prefix])).toEqual([
      ['spc', false],
      ['控制', false],
    ]);
    expect(queryParts('zhus')).toEqual([{ text: 'zhus', all: ['zhus'], prefix: true }]);
    expect(queryParts('   ')).toEqual([]);
  });
});
