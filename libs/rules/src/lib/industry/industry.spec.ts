import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  allIndustries,
  getIndustry,
  industryChildren,
  industryPath,
  isIndustryClass,
  searchIndustries,
} from './industry';

const REFERENCE = join(__dirname, '../../../../../../shared/data/gbt4754-2017.json');

describe('GB/T 4754-2017 table', () => {
  it('has 20 sections, 97 divisions, 473 groups and 1381 classes', () => {
    const count = (level: string) => allIndustries().filter((i) => i.level === level).length;
    expect([count('section'), count('division'), count('group'), count('class')]).toEqual([
      20, 97, 473, 1381,
    ]);
  });

  it.each([
    ['0111', '稻谷种植'],
    ['1311', '稻谷加工'],
    ['3911', '计算机整机制造'],
    ['5111', '谷物、豆及薯类批发'],
    ['6511', '基础软件开发'],
    ['6519', '其他软件开发'],
    ['7010', '房地产开发经营'],
    ['7020', '物业管理'],
  ])('knows %s %s', (code, name) => {
    expect(getIndustry(code)).toMatchObject({ code, name, level: 'class' });
    expect(isIndustryClass(code)).toBe(true);
  });

  it('gives the path section → division → group → class', () => {
    expect(industryPath('3911').map((i) => i.code)).toEqual(['C', '39', '391', '3911']);
    expect(industryPath(' c ').map((i) => i.code)).toEqual(['C']);
    expect(industryPath('9999')).toEqual([]);
  });

  it('only 4-digit classes are enterprise industry codes', () => {
    expect(isIndustryClass('39')).toBe(false);
    expect(isIndustryClass('C')).toBe(false);
    expect(isIndustryClass('391')).toBe(false);
    expect(isIndustryClass('39110')).toBe(false);
    expect(getIndustry(undefined as unknown as string)).toBeUndefined();
  });

  it('lists children for a four-level picker', () => {
    expect(industryChildren(null)).toHaveLength(20);
    expect(industryChildren('K').map((i) => i.code)).toEqual(['70']);
    expect(industryChildren('70').map((i) => i.code)).toEqual(['701', '702', '703', '704', '709']);
    expect(industryChildren('3911')).toEqual([]);
  });

  it('searches by code prefix and by any part of the name', () => {
    expect(searchIndustries('3911')[0]).toMatchObject({ code: '3911' });
    expect(searchIndustries('391').map((i) => i.code)).toEqual(
      expect.arrayContaining(['391', '3911', '3912']),
    );
    expect(searchIndustries('391')[0].code).toBe('391');
    expect(searchIndustries('软件开发').map((i) => i.code)).toEqual(
      expect.arrayContaining(['6511', '6512', '6513', '6519']),
    );
    expect(searchIndustries('c')[0]).toMatchObject({ code: 'C', name: '制造业' });
    expect(searchIndustries('制造', 5)).toHaveLength(5);
    expect(searchIndustries('  ')).toEqual([]);
    expect(searchIndustries('不存在的行业名称')).toEqual([]);
  });

  const reference = existsSync(REFERENCE)
    ? (JSON.parse(readFileSync(REFERENCE, 'utf8')) as {
        code: string;
        name: string;
        level: string;
        parent: string | null;
      }[])
    : null;
  (reference ? it : it.skip)(
    'matches the reference data entry by entry (../shared/data/gbt4754-2017.json)',
    () => {
      const ours = allIndustries().map((i) => ({
        code: i.code,
        name: i.name,
        level: i.level,
        parent: i.parent,
      }));
      expect(ours).toHaveLength(reference?.length ?? 0);
      expect(ours).toEqual(reference);
    },
  );
  if (!reference) console.warn(`Reference comparison skipped: ${REFERENCE} is not there.`);
});
