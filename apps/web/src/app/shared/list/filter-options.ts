import { getIndustry, getRegion, industryChildren, regionName } from '@cqo/rules';

export interface FilterOption {
  value: string;
  label: string;
}

const ZHUHAI = '440400';

/**
 * The list filters' district choices: all of Zhuhai (the code prefix 4404), then each of its
 * districts, from the GB/T 2260 table in the rules library.
 */
export function zhuhaiDistrictOptions(): FilterOption[] {
  const zhuhai = getRegion(ZHUHAI);
  return [
    { value: '4404', label: zhuhai?.name ?? '珠海市' },
    ...(zhuhai?.children ?? []).map((d) => ({ value: d.code, label: d.name })),
  ];
}

/** A region code or prefix as a list shows it: "珠海市 香洲区", "珠海市", "广东省" (the province left out below it). */
export function regionLabel(code: string | null | undefined): string {
  if (!code) return '';
  const full = code.padEnd(6, '0');
  const name = regionName(full);
  return name === full ? code : name.replace(/^广东省 /, '');
}

/** A GB/T 4754 section letter or code prefix in words: "C 制造业", "39 计算机、通信和其他电子设备制造业". */
export function industryLabel(prefix: string): string {
  const industry = getIndustry(prefix);
  return industry ? `${industry.code} ${industry.name}` : prefix;
}

/**
 * The industry filter's choices, searchable by code or name: each GB/T 4754-2017 section
 * ("C 制造业") followed by its divisions ("39 计算机、通信和其他电子设备制造业"); the API takes either.
 */
export function industryFilterOptions(): FilterOption[] {
  return industryChildren(null).flatMap((section) => [
    { value: section.code, label: `${section.code} ${section.name}` },
    ...industryChildren(section.code).map((d) => ({ value: d.code, label: `　${d.code} ${d.name}` })),
  ]);
}
