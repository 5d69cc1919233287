import { segmentChecks, type SegmentCriteria, type SegmentFacts } from '../targeting/targeting';

/** Structured eligibility of an opportunity: a segment, and more. Absent or empty criteria do not restrict. */
export interface OpportunityCriteria extends SegmentCriteria {
  minQualityYears?: number | null;
  requiresApprovedFiling?: boolean | null;
  /** Conditions in words: never block a match, shown as "check yourself". */
  otherConditions?: string | null;
}

export interface EnterpriseProfile extends SegmentFacts {
  qualityYears: number | null;
  hasApprovedFiling: boolean;
}

export interface MatchReason {
  criterion: 'sizes' | 'industry' | 'region' | 'qualityYears' | 'approvedFiling' | 'otherConditions';
  /** Does not stand in the way (a condition nobody could check does not either). */
  ok: boolean;
  /** False for what the platform cannot check (the issuer's other conditions): the member checks it. */
  checked: boolean;
  code: string;
}

const SEGMENT_CODES = {
  sizes: { ok: 'MATCH_SIZE_OK', mismatch: 'MATCH_SIZE_MISMATCH', unknown: 'MATCH_SIZE_UNKNOWN' },
  industry: {
    ok: 'MATCH_INDUSTRY_OK',
    mismatch: 'MATCH_INDUSTRY_MISMATCH',
    unknown: 'MATCH_INDUSTRY_UNKNOWN',
  },
  region: { ok: 'MATCH_REGION_OK', mismatch: 'MATCH_REGION_MISMATCH', unknown: 'MATCH_REGION_UNKNOWN' },
} as const;

/**
 * Whether an enterprise fits an opportunity, with a reason for every criterion that applies: the
 * targeting rule (sizes, industry, region) and what only opportunities ask (years, a filing).
 */
export function matchOpportunity(
  criteria: OpportunityCriteria,
  profile: EnterpriseProfile,
): { matches: boolean; reasons: MatchReason[] } {
  const reasons: MatchReason[] = segmentChecks(criteria, profile).map(({ criterion, outcome }) => ({
    criterion,
    ok: outcome === 'ok',
    checked: true,
    code: SEGMENT_CODES[criterion][outcome],
  }));
  if (typeof criteria.minQualityYears === 'number' && criteria.minQualityYears > 0) {
    const years = profile.qualityYears;
    if (years === null || years === undefined)
      reasons.push({
        criterion: 'qualityYears',
        ok: false,
        checked: true,
        code: 'MATCH_QUALITY_YEARS_UNKNOWN',
      });
    else {
      const ok = years >= criteria.minQualityYears;
      reasons.push({
        criterion: 'qualityYears',
        ok,
        checked: true,
        code: ok ? 'MATCH_QUALITY_YEARS_OK' : 'MATCH_QUALITY_YEARS_SHORT',
      });
    }
  }
  if (criteria.requiresApprovedFiling) {
    const ok = profile.hasApprovedFiling;
    reasons.push({
      criterion: 'approvedFiling',
      ok,
      checked: true,
      code: ok ? 'MATCH_FILING_OK' : 'MATCH_FILING_MISSING',
    });
  }
  if (criteria.otherConditions?.trim())
    reasons.push({ criterion: 'otherConditions', ok: true, checked: false, code: 'MATCH_CHECK_YOURSELF' });
  return { matches: reasons.every((r) => r.ok), reasons };
}
