import fc from 'fast-check';
import { clauseDepth, renderDraft, splitDraft, type DraftClause, type SplitDraft } from './clauses';

/** A group standard drafted in GB/T 1.1-2020 form, with every trap the splitter must pass. */
const DRAFT = `ICS 03.120.10
CCS A 00
团体标准
T/ZHCQO 001—2026
企业首席质量官工作规范
（征求意见稿）

目  次
前言 ………………………… Ⅰ
1 范围 ……………………… 1
2 规范性引用文件 ……………… 1

前  言
本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。
本文件由珠海市首席质量官联盟提出。

引  言
为规范企业首席质量官的工作，制定本文件。

企业首席质量官工作规范
1 范围
本文件规定了企业首席质量官的任职条件、职责和评价。
2 家以上企业联合申报的，由牵头单位提交材料。
2 规范性引用文件
下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。
GB/T 19001 质量管理体系 要求
3 术语和定义
下列术语和定义适用于本文件。
3.1
首席质量官 chief quality officer
企业中全面负责质量管理的高级管理人员。
3.2
质量成本 quality cost
为确保满意的质量而发生的费用。
4 任职条件
4.1 基本要求
4.1.1 应具有大学专科及以上学历。
4.1.2 应从事质量管理工作 3 年以上，并具备以下能力：
a) 熟悉质量管理体系标准；
b) 掌握统计技术：
1) 控制图；
2) 过程能力分析。
注：小微企业可适当放宽。
4.2 培训
表1 培训学时要求
3 个月内完成岗前培训
4.2.1 每年参加培训不少于 24 学时。
图1 培训流程
5 职责
５．１ 组织制定企业质量战略。
附  录  A
（规范性）
首席质量官评价表
A.1 评价指标
A.1.1 评价指标包括质量绩效、体系运行和持续改进。
A.2 评价方法
附录B（资料性）典型案例
参考文献
[1] GB/T 19580 卓越绩效评价准则
`;

const numbers = (split: SplitDraft) => split.clauses.map((c) => c.number);

describe('splitting a draft by GB/T 1.1 numbering', () => {
  const split = splitDraft(DRAFT);

  it('finds every clause in document order, numbered as written', () => {
    expect(numbers(split)).toEqual([
      '前言',
      '引言',
      '1',
      '2',
      '3',
      '3.1',
      '3.2',
      '4',
      '4.1',
      '4.1.1',
      '4.1.2',
      '4.2',
      '4.2.1',
      '5',
      '5.1',
      '附录A',
      'A.1',
      'A.1.1',
      'A.2',
      '附录B',
      '参考文献',
    ]);
  });

  it('keeps titles, depths and the text of each clause', () => {
    const by = new Map(split.clauses.map((c) => [c.number, c]));
    expect(by.get('1')).toMatchObject({ title: '范围', depth: 1 });
    expect(by.get('3.1')).toMatchObject({ title: '首席质量官 chief quality officer', depth: 2 });
    expect(by.get('3.1')!.text).toBe('企业中全面负责质量管理的高级管理人员。');
    expect(by.get('4.1.1')).toMatchObject({ title: '', depth: 3, text: '应具有大学专科及以上学历。' });
    expect(by.get('附录A')).toMatchObject({ title: '（规范性）首席质量官评价表', depth: 1 });
    expect(by.get('A.1')).toMatchObject({ title: '评价指标', depth: 2 });
    expect(by.get('A.1.1')!.depth).toBe(3);
    expect(by.get('附录B')!.title).toBe('（资料性）典型案例');
    expect(by.get('参考文献')!.text).toBe('[1] GB/T 19580 卓越绩效评价准则');
    expect(by.get('前言')!.text).toContain('珠海市首席质量官联盟提出');
  });

  it('leaves list items, notes, table and figure titles, counts and the contents inside the text', () => {
    const by = new Map(split.clauses.map((c) => [c.number, c]));
    expect(by.get('1')!.text).toContain('2 家以上企业联合申报的');
    expect(by.get('4.1.2')!.text).toContain('a) 熟悉质量管理体系标准；');
    expect(by.get('4.1.2')!.text).toContain('2) 过程能力分析。');
    expect(by.get('4.1.2')!.text).toContain('注：小微企业可适当放宽。');
    expect(by.get('4.2')!.text).toBe('表1 培训学时要求\n3 个月内完成岗前培训');
    expect(by.get('4.2.1')!.text).toContain('图1 培训流程');
    expect(split.preamble).toContain('目  次');
    expect(split.preamble).toContain('T/ZHCQO 001—2026');
  });

  it('reads full-width numbering and keeps the number half-width', () => {
    expect(splitDraft('1 总则\n１．１ 应当建立制度。').clauses.map((c) => c.number)).toEqual(['1', '1.1']);
  });

  it('does not take a number that the outline cannot continue with, nor an untitled chapter', () => {
    const s = splitDraft('1 范围\n本文件适用于珠海。\n3 要求\n1.2 要求\n2 应当提交材料，并备案。\n2\n应当。');
    expect(numbers(s)).toEqual(['1']);
    expect(
      splitDraft('附录A给出了示例。\n附录A 检验方法\n附录C\n（规范性）').clauses.map((c) => c.number),
    ).toEqual(['附录A', '附录C']);
    expect(splitDraft('参考文献\n1 范围').clauses.map((c) => c.number)).toEqual(['参考文献']);
    expect(splitDraft('附录B\n附录A').clauses.map((c) => c.number)).toEqual(['附录B']);
  });

  it('gives an empty split for an empty draft, and a draft without clauses is all preamble', () => {
    expect(splitDraft('')).toEqual({ preamble: '', clauses: [] });
    expect(splitDraft('\r\n说明文字\r\n')).toEqual({ preamble: '说明文字', clauses: [] });
  });

  it("tells a clause's depth from its number, as the splitter counts it", () => {
    for (const c of split.clauses) expect([c.number, clauseDepth(c.number)]).toEqual([c.number, c.depth]);
    expect(clauseDepth('1.2.3.4.5.6.7')).toBe(6);
    expect(clauseDepth(' 附录C ')).toBe(1);
  });

  it('renders the example back to text that splits the same', () => {
    const again = splitDraft(renderDraft(split));
    expect(again.clauses).toEqual(split.clauses);
  });
});

// --- the property: numbering generated at random, rendered as text, is split back exactly --------

const TITLES = [
  '范围',
  '术语和定义',
  '基本要求',
  '标志、包装、运输和贮存',
  '检验规则',
  '人员',
  '图形符号',
  '表面处理',
];
const SENTENCES = [
  '应建立质量管理制度。',
  '企业应当每年评审一次，并形成记录。',
  '2 家以上企业联合申报的，由牵头单位提交。',
  'a) 一次合格率；',
  '注：本条适用于小型企业。',
  '表1 指标要求',
  '3 个月内完成整改',
];

const text = fc.array(fc.constantFrom(...SENTENCES), { maxLength: 3 }).map((l) => l.join('\n'));

type Node = { title: string | null; text: string; children: Node[] };
const node: fc.Memo<Node> = fc.memo((n) =>
  fc.record({
    title: fc.option(fc.constantFrom(...TITLES), { nil: null }),
    text,
    children: n > 1 ? fc.array(node(n - 1), { maxLength: 3 }) : fc.constant([]),
  }),
);

function flatten(nodes: Node[], prefix: string, depth: number, into: DraftClause[]): void {
  nodes.forEach((n, i) => {
    const number = `${prefix}${i + 1}`;
    // Chapters always have a title; an untitled clause's text begins with a sentence.
    const title = depth === 1 || n.title ? (n.title ?? TITLES[0]) : '';
    const own = title ? n.text : ['应符合本条规定。', n.text].filter(Boolean).join('\n');
    into.push({ number, title, text: own, depth });
    flatten(n.children, `${number}.`, depth + 1, into);
  });
}

const draft = fc
  .record({
    foreword: fc.boolean(),
    chapters: fc.array(node(4), { minLength: 1, maxLength: 5 }),
    annexes: fc.array(
      fc.tuple(fc.constantFrom('（规范性）', '（资料性）'), fc.array(node(3), { maxLength: 3 })),
      {
        maxLength: 3,
      },
    ),
    references: fc.boolean(),
  })
  .map(({ foreword, chapters, annexes, references }) => {
    const clauses: DraftClause[] = [];
    if (foreword) clauses.push({ number: '前言', title: '', text: '本文件由联盟提出。', depth: 1 });
    flatten(chapters, '', 1, clauses);
    annexes.forEach(([nature, nodes], i) => {
      const letter = 'ABC'[i];
      clauses.push({ number: `附录${letter}`, title: `${nature}评价方法`, text: '', depth: 1 });
      flatten(nodes, `${letter}.`, 2, clauses);
    });
    if (references) clauses.push({ number: '参考文献', title: '', text: '[1] GB/T 19001', depth: 1 });
    return { preamble: '企业首席质量官工作规范', clauses };
  });

describe('the split is the inverse of the rendering', () => {
  it('splits a rendered draft back into exactly its clauses', () => {
    fc.assert(
      fc.property(draft, (d) => {
        expect(splitDraft(renderDraft(d))).toEqual(d);
      }),
      { numRuns: 300 },
    );
  });
});
