import { GBT4754_2017 } from './gbt4754-2017.data';

export type IndustryLevel = 'section' | 'division' | 'group' | 'class';

export interface Industry {
  code: string;
  name: string;
  level: IndustryLevel;
  parent: string | null;
}

let byCode: Map<string, Industry> | undefined;
let all: Industry[] | undefined;
let children: Map<string | null, Industry[]> | undefined;

function levelOf(code: string): IndustryLevel {
  if (/^[A-T]$/.test(code)) return 'section';
  return code.length === 2 ? 'division' : code.length === 3 ? 'group' : 'class';
}

/** Parses the bundled table once, on first use. */
function load(): Map<string, Industry> {
  if (byCode) return byCode;
  byCode = new Map();
  all = [];
  children = new Map();
  let section: string | null = null;
  for (const line of GBT4754_2017.split('\n')) {
    if (!line) continue;
    const space = line.indexOf(' ');
    const code = line.slice(0, space);
    const level = levelOf(code);
    if (level === 'section') section = code;
    const parent = level === 'section' ? null : level === 'division' ? section : code.slice(0, -1);
    const industry: Industry = { code, name: line.slice(space + 1), level, parent };
    byCode.set(code, industry);
    all.push(industry);
    const siblings = children.get(parent) ?? [];
    siblings.push(industry);
    children.set(parent, siblings);
  }
  return byCode;
}

function normalise(code: string): string {
  return typeof code === 'string' ? code.trim().toUpperCase() : '';
}

/** One entry of GB/T 4754-2017 by its code (section letter, 2, 3 or 4 digits). */
export function getIndustry(code: string): Industry | undefined {
  return load().get(normalise(code));
}

/** Only 4-digit classes (小类) are valid industry codes for an enterprise. */
export function isIndustryClass(code: string): boolean {
  return getIndustry(code)?.level === 'class';
}

/** Section → division → group → class, ending with the code itself; empty for an unknown code. */
export function industryPath(code: string): Industry[] {
  const path: Industry[] = [];
  let current = getIndustry(code);
  while (current) {
    path.unshift(current);
    current = current.parent ? load().get(current.parent) : undefined;
  }
  return path;
}

/** The entries directly below `parent` (sections for null), in the standard's order. */
export function industryChildren(parent: string | null): Industry[] {
  load();
  return children?.get(parent === null ? null : normalise(parent)) ?? [];
}

/**
 * Search by code prefix ("39", "3911", "C") or any part of the name ("电子"). Exact code first,
 * then code prefixes, then name matches; classes before broader levels within each.
 */
export function searchIndustries(query: string, limit = 20): Industry[] {
  load();
  const q = typeof query === 'string' ? query.trim() : '';
  if (!q || !all) return [];
  const upper = q.toUpperCase();
  const isCode = /^[A-T]?\d*$/i.test(q);
  const exact: Industry[] = [];
  const prefix: Industry[] = [];
  const named: Industry[] = [];
  for (const industry of all) {
    if (industry.code === upper) exact.push(industry);
    else if (isCode && /^\d/.test(upper) && industry.code.startsWith(upper)) prefix.push(industry);
    else if (industry.name.includes(q)) named.push(industry);
  }
  const rank = (i: Industry) => (i.level === 'class' ? 0 : 1);
  return [
    ...exact,
    ...prefix.sort((a, b) => rank(a) - rank(b)),
    ...named.sort((a, b) => rank(a) - rank(b)),
  ].slice(0, Math.max(0, limit));
}

/** Every entry (for the reference comparison and for pickers). */
export function allIndustries(): readonly Industry[] {
  load();
  return all ?? [];
}
