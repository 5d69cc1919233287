import { industryPath } from '../industry/industry';
import type { EnterpriseSize } from '../size/size-standard';

/** Structured eligibility of an opportunity. Absent or empty criteria do not restrict. */
export interface OpportunityCriteria {
  sizes?: EnterpriseSize[] | null;
  /** Section letters ("C") or GB/T 4754 code prefixes ("39", "3911"). */
  industryPrefixes?: string[] | null;
  /** GB/T 2260 region code prefixes ("44", "4404", "440402"). */
  regionPrefixes?: string[] | null;
  minQualityYears?: number | null;
  requiresApprovedFiling?: boolean | null;
  /** Conditions in words: never block a match, shown as "check yourself". */
  otherConditions?: string | null;
}

export interface EnterpriseProfile {
  size: EnterpriseSize | null;
  industryCode: string | null;
  regionCode: string | null;
  qualityYears: number | null;
  hasApprovedFiling: boolean;
}

export interface MatchReason {
  criterion: 'sizes' | 'industry' | 'region' | 'qualityYears' | 'approvedFiling' | 'otherConditions';
  ok: boolean;
  code: string;
}

function industryMatches(prefix: string, industryCode: string): boolean {
  const p = prefix.trim().toUpperCase();
  if (/^[A-T]$/.test(p)) return industryPath(industryCode)[0]?.code === p;
  return industryCode.startsWith(p);
}

/** Whether an enterprise fits an opportunity, with a reason for every criterion that applies. */
export function matchOpportunity(
  criteria: OpportunityCriteria,
  profile: EnterpriseProfile,
): { matches: boolean; reasons: MatchReason[] } {
  const reasons: MatchReason[] = [];
  if (criteria.sizes?.length) {
    if (!profile.size) reasons.push({ criterion: 'sizes', ok: false, code: 'MATCH_SIZE_UNKNOWN' });
    else
      reasons.push(
        criteria.sizes.includes(profile.size)
          ? { criterion: 'sizes', ok: true, code: 'MATCH_SIZE_OK' }
          : { criterion: 'sizes', ok: false, code: 'MATCH_SIZE_MISMATCH' },
      );
  }
  if (criteria.industryPrefixes?.length) {
    const code = profile.industryCode;
    if (!code) reasons.push({ criterion: 'industry', ok: false, code: 'MATCH_INDUSTRY_UNKNOWN' });
    else {
      const ok = criteria.industryPrefixes.some((p) => industryMatches(p, code));
      reasons.push({ criterion: 'industry', ok, code: ok ? 'MATCH_INDUSTRY_OK' : 'MATCH_INDUSTRY_MISMATCH' });
    }
  }
  if (criteria.regionPrefixes?.length) {
    const region = profile.regionCode;
    if (!region) reasons.push({ criterion: 'region', ok: false, code: 'MATCH_REGION_UNKNOWN' });
    else {
      const ok = criteria.regionPrefixes.some((p) => region.startsWith(p.trim()));
      reasons.push({ criterion: 'region', ok, code: ok ? 'MATCH_REGION_OK' : 'MATCH_REGION_MISMATCH' });
    }
  }
  if (typeof criteria.minQualityYears === 'number' && criteria.minQualityYears > 0) {
    const years = profile.qualityYears;
    if (years === null || years === undefined)
      reasons.push({ criterion: 'qualityYears', ok: false, code: 'MATCH_QUALITY_YEARS_UNKNOWN' });
    else {
      const ok = years >= criteria.minQualityYears;
      reasons.push({
        criterion: 'qualityYears',
        ok,
        code: ok ? 'MATCH_QUALITY_YEARS_OK' : 'MATCH_QUALITY_YEARS_SHORT',
      });
    }
  }
  if (criteria.requiresApprovedFiling) {
    const ok = profile.hasApprovedFiling;
    reasons.push({ criterion: 'approvedFiling', ok, code: ok ? 'MATCH_FILING_OK' : 'MATCH_FILING_MISSING' });
  }
  if (criteria.otherConditions?.trim())
    reasons.push({ criterion: 'otherConditions', ok: true, code: 'MATCH_CHECK_YOURSELF' });
  return { matches: reasons.every((r) => r.ok), reasons };
}
