import { getIndustry } from '../industry/industry';
import {
  SIZE_INDICATORS,
  sizeGroupFor,
  type EnterpriseSize,
  type SizeBounds,
  type SizeIndicator,
} from './size-standard';

export interface SizeInput {
  /** GB/T 4754-2017 4-digit class, e.g. "3911". */
  industryCode: string;
  /** 从业人员 X, persons. */
  employees?: number | null;
  /** 营业收入 Y, 万元. */
  revenue?: number | null;
  /** 资产总额 Z, 万元. */
  totalAssets?: number | null;
}

export interface Explanation {
  code: string;
  params?: Record<string, string | number>;
}

export interface IndicatorResult {
  indicator: SizeIndicator;
  value: number | null;
  tier: EnterpriseSize | null;
  bounds: SizeBounds;
}

export interface SizeResult {
  size: EnterpriseSize | null;
  status: 'classified' | 'missing-indicators' | 'not-covered' | 'invalid-input';
  group: { id: string; name: string } | null;
  indicators: IndicatorResult[];
  missing: SizeIndicator[];
  explanation: Explanation[];
}

const RANK: Record<EnterpriseSize, number> = { large: 3, medium: 2, small: 1, micro: 0 };

/** Tier of one value against inclusive lower bounds. */
export function tierOf(value: number, bounds: SizeBounds): EnterpriseSize {
  return value >= bounds.large
    ? 'large'
    : value >= bounds.medium
      ? 'medium'
      : value >= bounds.small
        ? 'small'
        : 'micro';
}

function invalid(explanation: Explanation[], group: SizeResult['group'] = null): SizeResult {
  return { size: null, status: 'invalid-input', group, indicators: [], missing: [], explanation };
}

/**
 * Enterprise size by 统计上大中小微型企业划分办法（2017）. Large, medium and small must meet the
 * lower bound of every listed indicator, otherwise the enterprise drops a tier (so the size is the
 * lowest tier over the indicators); micro needs only one indicator below the small bound, so a
 * single micro indicator decides even when another is missing. Never throws.
 */
export function classifyEnterpriseSize(input: SizeInput): SizeResult {
  const code = typeof input?.industryCode === 'string' ? input.industryCode.trim() : '';
  const industry = getIndustry(code);
  if (!industry)
    return invalid([
      { code: 'SIZE_INDUSTRY_UNKNOWN', params: { industryCode: String(input?.industryCode ?? '') } },
    ]);
  if (industry.level !== 'class')
    return invalid([{ code: 'SIZE_INDUSTRY_NOT_CLASS', params: { industryCode: industry.code } }]);

  const values: Record<SizeIndicator, number | null> = { employees: null, revenue: null, totalAssets: null };
  for (const indicator of SIZE_INDICATORS) {
    const raw = input[indicator];
    if (raw === null || raw === undefined) continue;
    if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0) {
      return invalid([{ code: 'SIZE_VALUE_INVALID', params: { indicator } }]);
    }
    values[indicator] = raw;
  }

  const group = sizeGroupFor(industry.code);
  if (!group) {
    return {
      size: null,
      status: 'not-covered',
      group: null,
      indicators: [],
      missing: [],
      explanation: [
        { code: 'SIZE_NOT_COVERED', params: { industryCode: industry.code, industryName: industry.name } },
      ],
    };
  }

  const indicators: IndicatorResult[] = [];
  const missing: SizeIndicator[] = [];
  // Both names: the message in each language takes its own.
  const explanation: Explanation[] = [
    { code: 'SIZE_GROUP', params: { group: group.name, groupEn: group.nameEn } },
  ];
  let lowest: EnterpriseSize | null = null;
  let anyMicro = false;
  for (const indicator of SIZE_INDICATORS) {
    const bounds = group.indicators[indicator];
    if (!bounds) continue;
    const value = values[indicator];
    if (value === null) {
      missing.push(indicator);
      indicators.push({ indicator, value: null, tier: null, bounds });
      explanation.push({ code: 'SIZE_INDICATOR_MISSING', params: { indicator } });
      continue;
    }
    const tier = tierOf(value, bounds);
    indicators.push({ indicator, value, tier, bounds });
    explanation.push({ code: 'SIZE_INDICATOR_TIER', params: { indicator, value, tier } });
    if (tier === 'micro') anyMicro = true;
    if (lowest === null || RANK[tier] < RANK[lowest]) lowest = tier;
  }
  const groupRef = { id: group.id, name: group.name };

  if (anyMicro) {
    explanation.push({ code: 'SIZE_RESULT_MICRO' });
    return { size: 'micro', status: 'classified', group: groupRef, indicators, missing, explanation };
  }
  if (missing.length) {
    explanation.push({ code: 'SIZE_RESULT_MISSING', params: { count: missing.length } });
    return { size: null, status: 'missing-indicators', group: groupRef, indicators, missing, explanation };
  }
  const size = lowest as EnterpriseSize;
  explanation.push({
    code: indicators.length > 1 ? 'SIZE_RESULT_ALL_MET' : 'SIZE_RESULT_SINGLE',
    params: { size },
  });
  return { size, status: 'classified', group: groupRef, indicators, missing, explanation };
}
