import { industryChildren } from './industry';
import {
  INDUSTRY_DIVISIONS_EN,
  INDUSTRY_SECTIONS_EN,
  industryLabelIn,
  industrySectionOf,
} from './industry-en';

describe('industries in English', () => {
  it('names every section of the standard', () => {
    const sections = industryChildren(null).map((s) => s.code);
    expect(sections).toHaveLength(20);
    for (const s of sections) expect(INDUSTRY_SECTIONS_EN[s]).toMatch(/^[A-Z][A-Za-z ,]+$/);
  });

  it('names every one of the 97 divisions, and nothing that is not a division', () => {
    const divisions = industryChildren(null).flatMap((s) => industryChildren(s.code).map((d) => d.code));
    expect(divisions).toHaveLength(97);
    expect(Object.keys(INDUSTRY_DIVISIONS_EN).sort()).toEqual([...divisions].sort());
    for (const d of divisions) expect(INDUSTRY_DIVISIONS_EN[d]).toMatch(/^[A-Z][A-Za-z ,'-]+$/);
  });

  it('names a class by its division and code in English, by its own name in Chinese', () => {
    expect(industrySectionOf('3911')).toBe('C');
    expect(industryLabelIn('en', '3911')).toBe(
      'Manufacture of Computers, Communication and Other Electronic Equipment · 3911',
    );
    expect(industryLabelIn('en', '39')).toBe(
      'Manufacture of Computers, Communication and Other Electronic Equipment',
    );
    expect(industryLabelIn('en', 'C')).toBe('Manufacturing');
    expect(industryLabelIn('zh-CN', '3911')).toBe('计算机整机制造');
    expect(industryLabelIn('en', '9999')).toBe('9999');
  });
});
