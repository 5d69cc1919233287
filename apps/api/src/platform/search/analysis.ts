import type { Jieba } from '@node-rs/jieba';

/**
 * How text becomes search terms, the same for what is indexed and what is asked, in every adapter.
 *
 * Chinese has no spaces, and a word a reader types is often inside a longer word the writer used
 * (良率 in 一次良率): every run of Chinese characters is indexed as its words (jieba), its
 * overlapping two-character pairs and its single characters, so any word of two or more
 * characters is found as the sequence of its pairs, whatever the segmenter made of the compound.
 * Latin and digits are words of their own. Before that, text is folded: NFKC (ＳＰＣ → SPC), lower
 * case, Traditional → Simplified. Titles and names also carry their pinyin, in full and as
 * initials, so "zhusu" finds 注塑 and "zw" finds 张伟.
 */

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
/** Chinese runs, and Latin or digit words (a decimal kept whole: 98.6), in order. */
const PIECES = /\p{Script=Han}+|[\p{L}\p{N}]+(?:\.\p{N}+)?/gu;

/** Words that carry no topic: dropped from questions ("如何提高一次良率？"), kept in documents. */
const QUERY_STOPWORDS = new Set([
  '的',
  '了',
  '和',
  '与',
  '及',
  '在',
  '是',
  '有',
  '对',
  '把',
  '被',
  '为',
  '等',
  '吗',
  '呢',
  '吧',
  '啊',
  '如何',
  '怎么',
  '怎样',
  '什么',
  '哪些',
  '哪个',
  '为什么',
  '是否',
  '可以',
  '能否',
  '我们',
  '企业',
  '用',
  // Which way a measure should move says nothing of the topic (the cases say 改善, the reader 降低).
  '降低',
  '提高',
  '提升',
  '减少',
  '缩短',
  '改善',
  '改进',
  '案例',
  '经验',
  'the',
  'a',
  'an',
  'of',
  'and',
  'or',
  'in',
  'on',
  'for',
  'to',
  'how',
  'what',
  'is',
]);

/**
 * Marks a whole word as the segmenter cut it, apart from the pair with the same characters: 良率
 * the word (一次|良率) ranks above 良率 the pair inside 不良率, though both match.
 */
export const WORD_MARK = '~';

/**
 * The segmenter with its dictionary, the Traditional-to-Simplified tables and the pinyin
 * dictionary are loaded with the first text analysed, not at start-up: some 60 MB that a server
 * which has neither searched nor indexed yet does not hold. With `require`, because the functions
 * that use them are synchronous.
 */
function lazily<T>(id: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(id) as T;
}

let jieba: Jieba | undefined;
let toSimplified: ((text: string) => string) | undefined;
let pinyin: (typeof import('pinyin-pro'))['pinyin'] | undefined;

function newJieba(): Jieba {
  const { Jieba: Segmenter } = lazily<typeof import('@node-rs/jieba')>('@node-rs/jieba');
  return Segmenter.withDict(lazily<typeof import('@node-rs/jieba/dict')>('@node-rs/jieba/dict').dict);
}

/** NFKC, lower case, Traditional characters as Simplified. */
export function fold(text: string): string {
  const convert = (toSimplified ??= lazily<typeof import('opencc-js/t2cn')>('opencc-js/t2cn').Converter({
    from: 'tw',
    to: 'cn',
  }));
  return convert(text.normalize('NFKC').toLowerCase());
}

/**
 * Words in reading order: Chinese runs cut by jieba (its dictionary and HMM), Latin and digits as
 * they are written (a decimal such as 98.6 kept whole); punctuation and spaces dropped.
 */
export function words(folded: string): string[] {
  const found: string[] = [];
  for (const piece of folded.match(PIECES) ?? []) {
    if (HAN.test(piece)) found.push(...SEGMENTERS[segmenter](piece).filter((w) => HAN.test(w)));
    else found.push(piece);
  }
  return found;
}

/**
 * The two segmenters measured on the recall set (docs/search.md): jieba is the one in use; the
 * other stays selectable so that the measurement can be repeated.
 */
export const SEGMENTERS = {
  jieba: (run: string) => (jieba ??= newJieba()).cut(run, true),
  intl: (run: string) =>
    [...(intl ??= new Intl.Segmenter('zh', { granularity: 'word' })).segment(run)].map((s) => s.segment),
} as const;
export type SegmenterName = keyof typeof SEGMENTERS;
let segmenter: SegmenterName = 'jieba';
let intl: Intl.Segmenter | undefined;

/** For the measurement only: which segmenter cuts Chinese runs. */
export function useSegmenter(name: SegmenterName): void {
  segmenter = name;
}

/** The pairs of a run of Chinese characters ("一次良率" → 一次 次良 良率). */
export function bigrams(run: string): string[] {
  const chars = [...run];
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i] + chars[i + 1]);
  return pairs;
}

/** Pinyin of a Chinese word, in full and as initials: 注塑机 → ["zhusuji", "zsj"]. */
export function pinyinOf(word: string): string[] {
  pinyin ??= lazily<typeof import('pinyin-pro')>('pinyin-pro').pinyin;
  const syllables = pinyin(word, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' }).filter(
    Boolean,
  );
  if (!syllables.length) return [];
  const full = syllables.join('');
  const initials = syllables.map((s) => s[0]).join('');
  return full === initials ? [full] : [full, initials];
}

/**
 * The terms one field is indexed under. `withPinyin` for titles and names: the pinyin of each
 * word, and of the whole field when it is short (a person's or an enterprise's name).
 */
export function documentTerms(text: string | null | undefined, withPinyin = false): string[] {
  if (!text) return [];
  const folded = fold(text);
  const terms = new Set<string>();
  for (const word of words(folded)) {
    if (!HAN.test(word)) {
      terms.add(word);
      continue;
    }
    if ([...word].length > 1) terms.add(WORD_MARK + word);
    if (withPinyin) for (const p of pinyinOf(word)) terms.add(p);
  }
  for (const run of folded.match(HAN_RUN) ?? []) {
    for (const ch of run) terms.add(ch);
    for (const pair of bigrams(run)) terms.add(pair);
    if (withPinyin && [...run].length <= 8) for (const p of pinyinOf(run)) terms.add(p);
  }
  return [...terms];
}

/**
 * One thing the reader asked for, and how a document matches it: all of `all` (the pairs of a
 * Chinese word, or a Latin word), the last Latin word of a query as a prefix (typing goes on).
 */
export interface QueryPart {
  /** As typed (folded): what a snippet highlights. */
  text: string;
  all: string[];
  prefix: boolean;
}

/** The parts of a query: its words, stop words left out unless nothing else is left. */
export function queryParts(query: string): QueryPart[] {
  const folded = fold(query).trim();
  if (!folded) return [];
  const found = words(folded);
  const meaningful = found.filter((w) => !QUERY_STOPWORDS.has(w));
  const chosen = meaningful.length ? meaningful : found;
  const parts: QueryPart[] = [];
  const endsInLatin = /[\p{L}\p{N}]$/u.test(folded) && !HAN.test(folded.slice(-1));
  chosen.forEach((word, i) => {
    if (HAN.test(word)) {
      const chars = [...word];
      parts.push({ text: word, all: chars.length === 1 ? chars : bigrams(word), prefix: false });
    } else {
      const last = i === chosen.length - 1;
      parts.push({ text: word, all: [word], prefix: last && endsInLatin && word.length >= 2 });
    }
  });
  // A Chinese phrase split into single characters by the segmenter is one word to the reader.
  return mergeSingles(parts);
}

/** 良 + 率 (both single characters, next to each other in the query) → 良率. */
function mergeSingles(parts: QueryPart[]): QueryPart[] {
  const merged: QueryPart[] = [];
  for (const part of parts) {
    const previous = merged.at(-1);
    const single = (p: QueryPart) => HAN.test(p.text) && [...p.text].length === 1;
    if (
      previous &&
      single(part) &&
      HAN.test(previous.text) &&
      (single(previous) || previous.all.length === 1)
    ) {
      const text = previous.text + part.text;
      merged[merged.length - 1] = { text, all: bigrams(text), prefix: false };
    } else merged.push(part);
  }
  return merged;
}
