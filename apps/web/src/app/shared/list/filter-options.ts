import {
  getIndustry,
  getRegion,
  industryChildren,
  industryNameEn,
  regionFullNameIn,
  regionNameIn,
} from '@cqo/rules';
import type { Lang } from '../../core/i18n/i18n';

export interface FilterOption {
  value: string;
  label: string;
}

const ZHUHAI = '440400';
const GUANGDONG = '44';

/**
 * The list filters' district choices: all of Zhuhai (the code prefix 4404), then each of its
 * districts, from the GB/T 2260 table in the rules library, in the reader's language.
 */
export function zhuhaiDistrictOptions(lang: Lang = 'zh-CN'): FilterOption[] {
  return [
    { value: '4404', label: regionNameIn(lang, ZHUHAI) },
    ...(getRegion(ZHUHAI)?.children ?? []).map((d) => ({ value: d.code, label: regionNameIn(lang, d.code) })),
  ];
}

/**
 * A region code or prefix as a list shows it, Guangdong left out below it: "珠海市 香洲区",
 * "珠海市", "广东省"; in English "Xiangzhou District, Zhuhai", "Zhuhai", "Guangdong".
 */
export function regionLabel(code: string | null | undefined, lang: Lang = 'zh-CN'): string {
  if (!code) return '';
  const full = code.padEnd(6, '0');
  return getRegion(full) ? regionFullNameIn(lang, full, GUANGDONG) : code;
}

/** The name of a GB/T 4754 section or division in the reader's language (the Chinese one below them). */
function ownName(code: string, name: string, lang: Lang): string {
  return (lang === 'en' && industryNameEn(code)) || name;
}

/** A GB/T 4754 section letter or code prefix in words: "C 制造业", "39 Manufacture of Computers, …". */
export function industryLabel(prefix: string, lang: Lang = 'zh-CN'): string {
  const industry = getIndustry(prefix);
  return industry ? `${industry.code} ${ownName(industry.code, industry.name, lang)}` : prefix;
}

/**
 * The industry filter's choices, searchable by code or name: each GB/T 4754-2017 section
 * ("C 制造业") followed by its divisions ("39 计算机、通信和其他电子设备制造业"); the API takes either.
 */
export function industryFilterOptions(lang: Lang = 'zh-CN'): FilterOption[] {
  return industryChildren(null).flatMap((section) => [
    { value: section.code, label: industryLabel(section.code, lang) },
    ...industryChildren(section.code).map((d) => ({
      value: d.code,
      label: `　${industryLabel(d.code, lang)}`,
    })),
  ]);
}
