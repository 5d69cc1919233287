import { industryPath } from '../industry/industry';

export type EnterpriseSize = 'large' | 'medium' | 'small' | 'micro';
export const ENTERPRISE_SIZES: readonly EnterpriseSize[] = ['large', 'medium', 'small', 'micro'];
export type SizeIndicator = 'employees' | 'revenue' | 'totalAssets';
export const SIZE_INDICATORS: readonly SizeIndicator[] = ['employees', 'revenue', 'totalAssets'];

/** Inclusive lower bounds: employees in 人, revenue and total assets in 万元. */
export interface SizeBounds {
  large: number;
  medium: number;
  small: number;
}

export interface SizeGroup {
  id: string;
  name: string;
  nameEn: string;
  /** The indicators the standard lists for this group, in the table's order (X, Y, Z). */
  indicators: Partial<Record<SizeIndicator, SizeBounds>>;
}

const b = (large: number, medium: number, small: number): SizeBounds => ({ large, medium, small });

/**
 * 统计上大中小微型企业划分办法（2017）附表: 16 industry groups and their lower bounds.
 * X = 从业人员 (employees), Y = 营业收入 (revenue), Z = 资产总额 (total assets).
 */
export const SIZE_GROUPS: readonly SizeGroup[] = [
  {
    id: 'agriculture',
    name: '农、林、牧、渔业',
    nameEn: 'Agriculture, forestry, animal husbandry and fishery',
    indicators: { revenue: b(20000, 500, 50) },
  },
  {
    id: 'industry',
    name: '工业',
    nameEn: 'Industry',
    indicators: { employees: b(1000, 300, 20), revenue: b(40000, 2000, 300) },
  },
  {
    id: 'construction',
    name: '建筑业',
    nameEn: 'Construction',
    indicators: { revenue: b(80000, 6000, 300), totalAssets: b(80000, 5000, 300) },
  },
  {
    id: 'wholesale',
    name: '批发业',
    nameEn: 'Wholesale',
    indicators: { employees: b(200, 20, 5), revenue: b(40000, 5000, 1000) },
  },
  {
    id: 'retail',
    name: '零售业',
    nameEn: 'Retail',
    indicators: { employees: b(300, 50, 10), revenue: b(20000, 500, 100) },
  },
  {
    id: 'transport',
    name: '交通运输业',
    nameEn: 'Transport',
    indicators: { employees: b(1000, 300, 20), revenue: b(30000, 3000, 200) },
  },
  {
    id: 'warehousing',
    name: '仓储业',
    nameEn: 'Warehousing',
    indicators: { employees: b(200, 100, 20), revenue: b(30000, 1000, 100) },
  },
  {
    id: 'postal',
    name: '邮政业',
    nameEn: 'Postal services',
    indicators: { employees: b(1000, 300, 20), revenue: b(30000, 2000, 100) },
  },
  {
    id: 'accommodation',
    name: '住宿业',
    nameEn: 'Accommodation',
    indicators: { employees: b(300, 100, 10), revenue: b(10000, 2000, 100) },
  },
  {
    id: 'catering',
    name: '餐饮业',
    nameEn: 'Catering',
    indicators: { employees: b(300, 100, 10), revenue: b(10000, 2000, 100) },
  },
  {
    id: 'information-transmission',
    name: '信息传输业',
    nameEn: 'Information transmission',
    indicators: { employees: b(2000, 100, 10), revenue: b(100000, 1000, 100) },
  },
  {
    id: 'software-it',
    name: '软件和信息技术服务业',
    nameEn: 'Software and IT services',
    indicators: { employees: b(300, 100, 10), revenue: b(10000, 1000, 50) },
  },
  {
    id: 'real-estate-development',
    name: '房地产开发经营',
    nameEn: 'Real estate development',
    indicators: { revenue: b(200000, 1000, 100), totalAssets: b(10000, 5000, 2000) },
  },
  {
    id: 'property-management',
    name: '物业管理',
    nameEn: 'Property management',
    indicators: { employees: b(1000, 300, 100), revenue: b(5000, 1000, 500) },
  },
  {
    id: 'leasing-business',
    name: '租赁和商务服务业',
    nameEn: 'Leasing and business services',
    indicators: { employees: b(300, 100, 10), totalAssets: b(120000, 8000, 100) },
  },
  {
    id: 'other',
    name: '其他未列明行业',
    nameEn: 'Other industries not listed',
    indicators: { employees: b(300, 100, 10) },
  },
];

const GROUPS = new Map(SIZE_GROUPS.map((g) => [g.id, g]));

/**
 * Scope of each group by the standard's note 2, as GB/T 4754-2017 code prefixes; the longest
 * matching prefix wins, so "591 → transport" beats "59 → warehousing". `null` marks industries the
 * standard does not cover: railway 53, finance J (own standard), education P, health 84, S, T and
 * 7040 房地产租赁经营 (the note excludes 自有房地产经营活动).
 */
const SCOPE: Record<string, string | null> = {
  A: 'agriculture',
  B: 'industry',
  C: 'industry',
  D: 'industry',
  E: 'construction',
  '51': 'wholesale',
  '52': 'retail',
  '53': null,
  '54': 'transport',
  '55': 'transport',
  '56': 'transport',
  '57': 'transport',
  '58': 'transport',
  '591': 'transport',
  '59': 'warehousing',
  '60': 'postal',
  '61': 'accommodation',
  '62': 'catering',
  '63': 'information-transmission',
  '64': 'information-transmission',
  '65': 'software-it',
  J: null,
  '7010': 'real-estate-development',
  '7020': 'property-management',
  '7030': 'other',
  '7040': null,
  '7090': 'other',
  L: 'leasing-business',
  M: 'other',
  N: 'other',
  O: 'other',
  P: null,
  '84': null,
  '85': 'other',
  R: 'other',
  S: null,
  T: null,
};

const cache = new Map<string, SizeGroup | null | undefined>();

/**
 * The size-standard group of a 4-digit class: the group, `null` when the standard does not cover
 * the industry, `undefined` when the code is not a GB/T 4754-2017 class.
 */
export function sizeGroupFor(classCode: string): SizeGroup | null | undefined {
  if (cache.has(classCode)) return cache.get(classCode);
  const path = industryPath(classCode);
  let result: SizeGroup | null | undefined;
  if (path.length === 4) {
    result = null;
    // From the most specific code to the section: the first scope entry found decides.
    for (const key of [path[3].code, path[2].code, path[1].code, path[0].code]) {
      if (key in SCOPE) {
        const id = SCOPE[key];
        result = id === null ? null : (GROUPS.get(id) ?? null);
        break;
      }
    }
  }
  cache.set(classCode, result);
  return result;
}

export function sizeGroupById(id: string): SizeGroup | undefined {
  return GROUPS.get(id);
}
