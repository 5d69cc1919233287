import { findRegionByName, getRegion, regionName, regionPath, regionTree } from './region';

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
