import { CASE_METHODS } from '@cqo/contracts';
import type { SearchDocument } from '../platform/search/search-index';

/**
 * A recall set for Chinese search, written for this product: 120 quality cases built from labelled
 * parts (method, process, measure, author), and 66 queries in eight kinds, each with the cases it
 * should find decided from the labels — never from the search being measured.
 */

/** The curated methods of the case library, each in several cases. */
const METHODS: readonly string[] = CASE_METHODS;
const PROCESSES = [
  '注塑车间',
  '锂电池产线',
  '印制电路板',
  '游艇装配',
  '医用敷料',
  '空调压缩机',
  '调味品灌装',
  '集成电路封装',
  '钢结构焊接',
  '软件交付',
];
const MEASURES = [
  '一次良率',
  '不良率',
  '客户投诉',
  '交付周期',
  '报废率',
  '返工率',
  '单位能耗',
  '设备综合效率',
];
/** Latin names some measures and methods go by. */
const LATIN: Record<string, string> = { 统计过程控制: 'SPC', 设备综合效率: 'OEE', QC小组: 'QC', '8D': '8D' };
const AUTHORS = ['张伟', '李娜', '王芳', '刘洋', '陈静', '杨磊', '赵敏', '黄强'];

export interface RecallCase {
  id: string;
  method: string;
  process: string;
  measure: string;
  author: string;
  traditional: boolean;
  document: SearchDocument;
}

const TRADITIONAL: Record<string, string> = {
  统: '統',
  计: '計',
  过: '過',
  程: '程',
  制: '制',
  锂: '鋰',
  电: '電',
  池: '池',
  检: '檢',
  验: '驗',
  测: '測',
  标: '標',
  准: '準',
  化: '化',
  质: '質',
  量: '量',
  产: '產',
  线: '線',
  装: '裝',
  配: '配',
  车: '車',
  间: '間',
  压: '壓',
  缩: '縮',
  机: '機',
  焊: '焊',
  接: '接',
  钢: '鋼',
  结: '結',
  构: '構',
  软: '軟',
  件: '件',
  交: '交',
  付: '付',
  调: '調',
  灌: '灌',
  品: '品',
  成: '成',
  本: '本',
  数: '數',
  字: '字',
  供: '供',
  应: '應',
  链: '鏈',
  卓: '卓',
  越: '越',
  绩: '績',
  效: '效',
  精: '精',
  益: '益',
  生: '生',
  六: '六',
  西: '西',
  格: '格',
  玛: '瑪',
  组: '組',
  零: '零',
  缺: '缺',
  陷: '陷',
  可: '可',
  靠: '靠',
  性: '性',
  牌: '牌',
  建: '建',
  设: '設',
  良: '良',
  率: '率',
  不: '不',
  客: '客',
  户: '戶',
  投: '投',
  诉: '訴',
  周: '週',
  期: '期',
  报: '報',
  废: '廢',
  返: '返',
  工: '工',
  单: '單',
  位: '位',
  能: '能',
  耗: '耗',
  备: '備',
  综: '綜',
  合: '合',
  通: '通',
  过程: '過程',
  从: '從',
  降: '降',
  低: '低',
  提: '提',
  升: '升',
  到: '到',
  的: '的',
  案: '案',
  例: '例',
  改: '改',
  进: '進',
  项: '項',
  目: '目',
  团: '團',
  队: '隊',
  年: '年',
  月: '月',
  个: '個',
  问: '問',
  题: '題',
  现: '現',
  场: '場',
  医: '醫',
  用: '用',
  敷: '敷',
  料: '料',
  游: '遊',
  艇: '艇',
  印: '印',
  路: '路',
  板: '板',
  集: '集',
  封: '封',
};
const toTraditional = (text: string) => [...text].map((c) => TRADITIONAL[c] ?? c).join('');

/** The cases: every method, process, measure and author appears in several. */
export function recallCases(): RecallCase[] {
  const cases: RecallCase[] = [];
  for (let i = 0; i < 120; i++) {
    const method = METHODS[i % METHODS.length];
    const process = PROCESSES[(i * 3 + Math.floor(i / 15)) % PROCESSES.length];
    const measure = MEASURES[(i * 7 + Math.floor(i / 10)) % MEASURES.length];
    const author = AUTHORS[(i * 5) % AUTHORS.length];
    const traditional = i % 10 === 9;
    // Some write the Latin name of a method or measure in full-width letters, as Chinese input methods do.
    const latin = (word: string) => {
      const name = LATIN[word];
      if (!name) return word;
      const shown =
        i % 4 === 0 ? name.replace(/[A-Z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) : name;
      return `${word}（${shown}）`;
    };
    const before = (80 + (i % 15)).toFixed(1);
    const after = (95 + (i % 5) / 2).toFixed(1);
    const title = `${process}${method === '8D' ? '8D 报告' : method}改进案例（${2016 + (i % 10)}）`;
    const summary = `${author}团队在${process}运用${latin(method)}，${latin(measure)}从 ${before} 改善到 ${after}。`;
    const body = [
      `项目背景：${process}现场问题集中，${measure}长期不达标。`,
      `做法：组建跨部门团队，按${method}的要求梳理流程，建立日常点检和月度复盘。`,
      `结果：${measure}改善明显，经验已在其他产线推广。`,
    ].join('\n');
    const write = traditional ? toTraditional : (t: string) => t;
    cases.push({
      id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      method,
      process,
      measure,
      author,
      traditional,
      document: {
        kind: 'case',
        id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
        title: write(title),
        summary: write(summary),
        body: write(body),
        names: [author],
        visibility: ['members'],
        methods: [method],
        industryCode: ['2929', '3841', '3982', '3731', '2770', '3441', '1469', '3973', '3311', '6513'][
          PROCESSES.indexOf(process)
        ],
        year: 2016 + (i % 10),
        publishedAt: new Date(Date.UTC(2026, 0, 1) - i * 86_400_000),
      },
    });
  }
  return cases;
}

export type QueryKind =
  | 'inside-compound'
  | 'long-term'
  | 'latin-full-width'
  | 'two-words'
  | 'question'
  | 'traditional'
  | 'pinyin'
  | 'nowhere';

export interface RecallQuery {
  kind: QueryKind;
  q: string;
  relevant: (c: RecallCase) => boolean;
}

const has =
  (field: keyof Pick<RecallCase, 'method' | 'process' | 'measure' | 'author'>, value: string) =>
  (c: RecallCase) =>
    c[field] === value;
const inTitle = (word: string) => (c: RecallCase) => c.process.includes(word) || c.method.includes(word);
const both = (a: (c: RecallCase) => boolean, b: (c: RecallCase) => boolean) => (c: RecallCase) =>
  a(c) && b(c);

export const RECALL_QUERIES: RecallQuery[] = [
  // A two-character word inside a longer one.
  { kind: 'inside-compound', q: '良率', relevant: has('measure', '一次良率') },
  { kind: 'inside-compound', q: '注塑', relevant: has('process', '注塑车间') },
  { kind: 'inside-compound', q: '焊接', relevant: has('process', '钢结构焊接') },
  { kind: 'inside-compound', q: '封装', relevant: has('process', '集成电路封装') },
  { kind: 'inside-compound', q: '电池', relevant: has('process', '锂电池产线') },
  { kind: 'inside-compound', q: '压缩', relevant: has('process', '空调压缩机') },
  { kind: 'inside-compound', q: '投诉', relevant: has('measure', '客户投诉') },
  { kind: 'inside-compound', q: '能耗', relevant: has('measure', '单位能耗') },
  { kind: 'inside-compound', q: '敷料', relevant: has('process', '医用敷料') },
  { kind: 'inside-compound', q: '灌装', relevant: has('process', '调味品灌装') },
  // Long terms.
  { kind: 'long-term', q: '统计过程控制', relevant: has('method', '统计过程控制') },
  { kind: 'long-term', q: '设备综合效率', relevant: has('measure', '设备综合效率') },
  { kind: 'long-term', q: '供应链质量', relevant: has('method', '供应链质量') },
  { kind: 'long-term', q: '卓越绩效', relevant: has('method', '卓越绩效') },
  { kind: 'long-term', q: '集成电路封装', relevant: has('process', '集成电路封装') },
  { kind: 'long-term', q: '锂电池产线', relevant: has('process', '锂电池产线') },
  { kind: 'long-term', q: '质量成本', relevant: has('method', '质量成本') },
  { kind: 'long-term', q: '空调压缩机', relevant: has('process', '空调压缩机') },
  { kind: 'long-term', q: '数字化质量', relevant: has('method', '数字化质量') },
  { kind: 'long-term', q: '六西格玛', relevant: has('method', '六西格玛') },
  // Latin, in either width and case.
  { kind: 'latin-full-width', q: 'SPC', relevant: has('method', '统计过程控制') },
  { kind: 'latin-full-width', q: 'ＳＰＣ', relevant: has('method', '统计过程控制') },
  { kind: 'latin-full-width', q: 'spc', relevant: has('method', '统计过程控制') },
  { kind: 'latin-full-width', q: 'OEE', relevant: has('measure', '设备综合效率') },
  { kind: 'latin-full-width', q: 'ｏｅｅ', relevant: has('measure', '设备综合效率') },
  { kind: 'latin-full-width', q: 'QC', relevant: has('method', 'QC小组') },
  { kind: 'latin-full-width', q: '8D', relevant: has('method', '8D') },
  { kind: 'latin-full-width', q: '８Ｄ', relevant: has('method', '8D') },
  // Two words.
  {
    kind: 'two-words',
    q: '注塑 良率',
    relevant: both(has('process', '注塑车间'), has('measure', '一次良率')),
  },
  {
    kind: 'two-words',
    q: '六西格玛 返工率',
    relevant: both(has('method', '六西格玛'), has('measure', '返工率')),
  },
  {
    kind: 'two-words',
    q: '精益生产 交付周期',
    relevant: both(has('method', '精益生产'), has('measure', '交付周期')),
  },
  {
    kind: 'two-words',
    q: '焊接 返工率',
    relevant: both(has('process', '钢结构焊接'), has('measure', '返工率')),
  },
  {
    kind: 'two-words',
    q: '标准化 客户投诉',
    relevant: both(has('method', '标准化'), has('measure', '客户投诉')),
  },
  {
    kind: 'two-words',
    q: '可靠性 压缩机',
    relevant: both(has('method', '可靠性'), has('process', '空调压缩机')),
  },
  { kind: 'two-words', q: '计量 焊接', relevant: both(has('method', '计量'), has('process', '钢结构焊接')) },
  {
    kind: 'two-words',
    q: '零缺陷 电路板',
    relevant: both(has('method', '零缺陷'), has('process', '印制电路板')),
  },
  {
    kind: 'two-words',
    q: '品牌建设 调味品',
    relevant: both(has('method', '品牌建设'), has('process', '调味品灌装')),
  },
  {
    kind: 'two-words',
    q: '检验检测 封装',
    relevant: both(has('method', '检验检测'), has('process', '集成电路封装')),
  },
  // Questions.
  {
    kind: 'question',
    q: '如何降低注塑车间的报废率？',
    relevant: both(has('process', '注塑车间'), has('measure', '报废率')),
  },
  {
    kind: 'question',
    q: '怎样用六西格玛提高一次良率',
    relevant: both(has('method', '六西格玛'), has('measure', '一次良率')),
  },
  {
    kind: 'question',
    q: '精益生产如何缩短交付周期？',
    relevant: both(has('method', '精益生产'), has('measure', '交付周期')),
  },
  {
    kind: 'question',
    q: '锂电池产线的不良率怎么降低',
    relevant: both(has('process', '锂电池产线'), has('measure', '不良率')),
  },
  { kind: 'question', q: '什么是质量成本？', relevant: has('method', '质量成本') },
  { kind: 'question', q: '有哪些统计过程控制的案例', relevant: has('method', '统计过程控制') },
  { kind: 'question', q: '如何减少客户投诉？', relevant: has('measure', '客户投诉') },
  {
    kind: 'question',
    q: '软件交付的返工率如何降低',
    relevant: both(has('process', '软件交付'), has('measure', '返工率')),
  },
  // Traditional characters.
  { kind: 'traditional', q: '統計過程控制', relevant: has('method', '统计过程控制') },
  { kind: 'traditional', q: '鋰電池', relevant: has('process', '锂电池产线') },
  { kind: 'traditional', q: '檢驗檢測', relevant: has('method', '检验检测') },
  { kind: 'traditional', q: '標準化', relevant: has('method', '标准化') },
  { kind: 'traditional', q: '質量成本', relevant: has('method', '质量成本') },
  { kind: 'traditional', q: '供應鏈質量', relevant: has('method', '供应链质量') },
  { kind: 'traditional', q: '設備綜合效率', relevant: has('measure', '设备综合效率') },
  { kind: 'traditional', q: '客戶投訴', relevant: has('measure', '客户投诉') },
  // Pinyin, in full and as initials, for titles and names.
  { kind: 'pinyin', q: 'zhusu', relevant: inTitle('注塑') },
  { kind: 'pinyin', q: 'hanjie', relevant: inTitle('焊接') },
  { kind: 'pinyin', q: 'jingyi', relevant: inTitle('精益') },
  { kind: 'pinyin', q: 'zhangwei', relevant: has('author', '张伟') },
  { kind: 'pinyin', q: 'zw', relevant: has('author', '张伟') },
  { kind: 'pinyin', q: 'lina', relevant: has('author', '李娜') },
  { kind: 'pinyin', q: 'wangfang', relevant: has('author', '王芳') },
  { kind: 'pinyin', q: 'liuxigema', relevant: inTitle('六西格玛') },
  // Topics found nowhere: the right answer is nothing.
  { kind: 'nowhere', q: '区块链', relevant: () => false },
  { kind: 'nowhere', q: '火箭发动机', relevant: () => false },
  { kind: 'nowhere', q: '量子计算', relevant: () => false },
  { kind: 'nowhere', q: 'NFT', relevant: () => false },
];
