import {
  findRegionByName,
  getRegion,
  regionFullNameIn,
  regionName,
  regionNameIn,
  regionPath,
  regionTree,
} from './region';
import { REGION_NAMES_EN } from './region-en.data';
import { loadRegionNamesEn } from './region-names-en.loader';

describe('GB/T 2260 regions', () => {
  it('puts Guangdong first and Zhuhai first within it', () => {
    const tree = regionTree();
    expect(tree[0]).toMatchObject({ code: '440000', name: '广东省' });
    expect(tree[0].children?.[0]).toMatchObject({ code: '440400', name: '珠海市' });
    expect(tree[0].children?.[0].children?.map((d) => d.name)).toEqual(
      expect.arrayContaining(['香洲区', '斗门区', '金湾区']),
    );
    expect(tree.length).toBeGreaterThanOrEqual(34);
  });

  it('names and paths a code', () => {
    expect(regionName('440402')).toBe('广东省 珠海市 香洲区');
    expect(regionName('440400')).toBe('广东省 珠海市');
    expect(regionName('999999')).toBe('999999');
    expect(regionName(null)).toBe('');
    expect(regionPath('440402')).toEqual(['440000', '440400', '440402']);
    expect(regionPath('110101')).toEqual(['110000', '110101']);
    expect(regionPath('000000')).toEqual([]);
    expect(getRegion('440401')).toBeUndefined();
  });

  it('names every division in English, in Hanyu Pinyin with its kind, smallest first', async () => {
    // Chinese until the English names are loaded (they come with the client's English words).
    expect(regionNameIn('en', '440402')).toBe('香洲区');
    await loadRegionNamesEn();
    const codes: string[] = [];
    const walk = (r: { code: string; children?: { code: string }[] }) => {
      codes.push(r.code);
      r.children?.forEach(walk);
    };
    regionTree().forEach(walk);
    for (const c of codes) expect(REGION_NAMES_EN[c]).toMatch(/^[A-Z][A-Za-zü' -]+$/);
    expect(regionNameIn('en', '440402')).toBe('Xiangzhou District');
    expect(regionNameIn('en', '440306')).toBe("Bao'an District");
    expect(regionNameIn('en', '441825')).toBe('Lianshan Zhuang and Yao Autonomous County');
    expect(regionNameIn('en', '610000')).toBe('Shaanxi');
    expect(regionFullNameIn('en', '440402')).toBe('Xiangzhou District, Zhuhai, Guangdong');
    expect(regionFullNameIn('en', '440402', '44')).toBe('Xiangzhou District, Zhuhai');
    expect(regionFullNameIn('zh-CN', '440402', '44')).toBe('珠海市 香洲区');
    expect(regionFullNameIn('en', '440000', '44')).toBe('Guangdong');
    expect(regionFullNameIn('en', '110101')).toBe('Dongcheng District, Beijing');
    expect(regionFullNameIn('en', '999999')).toBe('999999');
  });

  it('finds a region from the name people write', () => {
    expect(findRegionByName('广东省 珠海市 香洲区')?.code).toBe('440402');
    expect(findRegionByName('广东省珠海市香洲区')?.code).toBe('440402');
    expect(findRegionByName('珠海市香洲区')?.code).toBe('440402');
    expect(findRegionByName('香洲区')?.code).toBe('440402');
    expect(findRegionByName('440403')?.code).toBe('440403');
    expect(findRegionByName('珠海市')?.code).toBe('440400');
    // 朝阳区 exists in Beijing and Changchun, neither in Guangdong: ambiguous.
    expect(findRegionByName('朝阳区')).toBeUndefined();
    expect(findRegionByName('北京市朝阳区')?.code).toBe('110105');
    expect(findRegionByName('火星')).toBeUndefined();
    expect(findRegionByName('  ')).toBeUndefined();
    expect(findRegionByName(null)).toBeUndefined();
  });
});
