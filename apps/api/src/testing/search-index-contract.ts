import type { SearchDocument, SearchIndex, SearchReader } from '../platform/search/search-index';

/**
 * What every SearchIndex adapter must do, run against each (PostgreSQL always; Meilisearch when a
 * server is given). `open` answers an empty index.
 */
export function searchIndexContract(open: () => Promise<SearchIndex>): void {
  let index: SearchIndex;
  const visitor: SearchReader = { tokens: ['public'] };
  const member: SearchReader = { tokens: ['public', 'members', 'user:m1'] };
  const staff: SearchReader = { tokens: ['public', 'members', 'staff'] };
  const id = (n: number) => `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`;
  const doc = (n: number, over: Partial<SearchDocument>): SearchDocument => ({
    kind: 'case',
    id: id(n),
    title: `文档 ${n}`,
    visibility: ['public'],
    publishedAt: new Date(Date.UTC(2026, 0, n)),
    ...over,
  });
  const ids = async (q: string, reader: SearchReader, more: object = {}) =>
    (await index.search({ q, page: 1, pageSize: 20, ...more }, reader)).items.map((i) => i.id);

  beforeEach(async () => {
    index = await open();
  });

  it('ranks a match in the title above one in the summary above one in the body', async () => {
    await index.upsert([
      doc(1, { body: '注塑车间的点检' }),
      doc(2, { title: '注塑车间改进' }),
      doc(3, { summary: '注塑车间的经验' }),
    ]);
    expect(await ids('注塑', visitor)).toEqual([id(2), id(3), id(1)]);
  });

  it('puts the exact phrase above scattered words, and the recent above the old when equal', async () => {
    await index.upsert([
      doc(1, { summary: '质量 成本 分开写的两个词' }),
      doc(2, { summary: '质量成本的核算' }),
      doc(3, { summary: '质量成本的核算', publishedAt: new Date(Date.UTC(2026, 5, 1)) }),
    ]);
    expect(await ids('质量成本', visitor)).toEqual([id(3), id(2), id(1)]);
  });

  it('never shows a reader what they may not see, even asked for its exact words', async () => {
    await index.upsert([
      doc(1, { title: '会员内部交流纪要', visibility: ['members'] }),
      doc(2, { title: '个人私信内容', visibility: ['user:m2'] }),
      doc(3, { title: '审核备注仅工作人员', visibility: ['staff'] }),
      doc(4, {
        title: '小微企业补贴定向通知',
        visibility: ['members'],
        segment: { sizes: ['small', 'micro'], industries: ['C'], regions: ['4404'] },
      }),
    ]);
    expect(await ids('会员内部交流纪要', visitor)).toEqual([]);
    expect(await ids('会员内部交流纪要', member)).toEqual([id(1)]);
    expect(await ids('个人私信内容', member)).toEqual([]);
    expect(await ids('审核备注仅工作人员', member)).toEqual([]);
    expect(await ids('审核备注仅工作人员', staff)).toEqual([id(3)]);
    // A segment: only an enterprise that fits every dimension it names (staff see it all).
    const fits = { ...member, enterprise: { size: 'small', industryCode: '3911', regionCode: '440402' } };
    const large = { ...member, enterprise: { size: 'large', industryCode: '3911', regionCode: '440402' } };
    const elsewhere = {
      ...member,
      enterprise: { size: 'small', industryCode: '3911', regionCode: '440106' },
    };
    expect(await ids('小微企业补贴定向通知', fits)).toEqual([id(4)]);
    expect(await ids('小微企业补贴定向通知', large)).toEqual([]);
    expect(await ids('小微企业补贴定向通知', elsewhere)).toEqual([]);
    expect(await ids('小微企业补贴定向通知', member)).toEqual([]);
    expect(await ids('小微企业补贴定向通知', staff)).toEqual([id(4)]);
    expect(await index.suggest('会员内部', visitor, 5)).toEqual([]);
  });

  it('takes an update and a removal at once', async () => {
    await index.upsert([doc(1, { title: '旧标题可靠性' })]);
    await index.upsert([doc(1, { title: '新标题计量' })]);
    expect(await ids('可靠性', visitor)).toEqual([]);
    expect(await ids('计量', visitor)).toEqual([id(1)]);
    // The same document twice in one call: the last one given is kept.
    await index.upsert([doc(1, { title: '第一版检验检测' }), doc(1, { title: '第二版数字化质量' })]);
    expect(await ids('检验检测', visitor)).toEqual([]);
    expect(await ids('数字化质量', visitor)).toEqual([id(1)]);
    await index.remove('case', [id(1)]);
    expect(await ids('数字化质量', visitor)).toEqual([]);
    expect(await index.counts()).toEqual({});
  });

  it('escapes every character of a document in titles and snippets, marking only what was asked', async () => {
    await index.upsert([
      doc(1, {
        title: '<script>alert(1)</script> 注塑',
        summary: '<img src=x onerror=alert(1)> 注塑 & "引号"',
      }),
    ]);
    const [hit] = (await index.search({ q: '注塑', page: 1, pageSize: 5 }, visitor)).items;
    expect(hit.titleHighlighted).toBe('&lt;script&gt;alert(1)&lt;/script&gt; <mark>注塑</mark>');
    expect(hit.snippet).toBe('&lt;img src=x onerror=alert(1)&gt; <mark>注塑</mark> &amp; &quot;引号&quot;');
    expect(hit.title).toBe('<script>alert(1)</script> 注塑');
  });

  it('counts facets over what the reader may see, and filters by them', async () => {
    await index.upsert([
      doc(1, { title: '六西格玛 注塑', methods: ['六西格玛'], industryCode: '2929', year: 2024 }),
      doc(2, { title: '六西格玛 焊接', methods: ['六西格玛', '8D'], industryCode: '3311', year: 2025 }),
      doc(3, { title: '六西格玛 通知', kind: 'announcement' }),
      doc(4, { title: '六西格玛 内部', visibility: ['staff'], methods: ['8D'] }),
    ]);
    const all = await index.search({ q: '六西格玛', page: 1, pageSize: 10 }, visitor);
    expect(all.total).toBe(3);
    expect(all.facets.kind).toEqual({ case: 2, announcement: 1 });
    expect(all.facets.method).toEqual({ 六西格玛: 2, '8D': 1 });
    expect(all.facets.industry).toEqual({ C: 2 });
    expect(all.facets.year).toEqual({ '2024': 1, '2025': 1 });
    expect(await ids('六西格玛', visitor, { kind: 'announcement' })).toEqual([id(3)]);
    expect(await ids('六西格玛', visitor, { method: '8D' })).toEqual([id(2)]);
    expect(await ids('六西格玛', visitor, { year: 2024 })).toEqual([id(1)]);
    expect(await ids('六西格玛', visitor, { industry: 'C' })).toEqual(expect.arrayContaining([id(1), id(2)]));
  });

  it('suggests titles and names as they are typed, in characters or pinyin', async () => {
    await index.upsert([
      doc(1, { title: '注塑机稳定性改进' }),
      doc(2, { title: '质量月活动', names: ['张伟'] }),
    ]);
    expect((await index.suggest('注塑', visitor, 5)).map((s) => s.id)).toEqual([id(1)]);
    expect((await index.suggest('zhus', visitor, 5)).map((s) => s.id)).toEqual([id(1)]);
    expect((await index.suggest('zw', visitor, 5)).map((s) => s.id)).toEqual([id(2)]);
    expect(await index.suggest('', visitor, 5)).toEqual([]);
  });
}
