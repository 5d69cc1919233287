import type { EnterpriseSize } from '../size/size-standard';

export type EducationLevel =
  | 'below-high-school'
  | 'high-school'
  | 'vocational-secondary'
  | 'associate'
  | 'bachelor'
  | 'master'
  | 'doctorate';
export const EDUCATION_LEVELS: readonly EducationLevel[] = [
  'below-high-school',
  'high-school',
  'vocational-secondary',
  'associate',
  'bachelor',
  'master',
  'doctorate',
];

export const MIN_QUALITY_YEARS = 3;

export interface EligibilityIssue {
  code: string;
  severity: 'error' | 'warning';
}

/** What the eligibility check concludes: fit, for staff to decide (a relaxed condition), or not fit. */
export const ELIGIBILITY_OUTCOMES = ['eligible', 'needs-review', 'ineligible'] as const;
export type EligibilityOutcome = (typeof ELIGIBILITY_OUTCOMES)[number];

export interface EligibilityResult {
  outcome: EligibilityOutcome;
  issues: EligibilityIssue[];
}

/**
 * 任职条件 (附件1 二): associate degree (大专) or higher and 3+ years of quality-management work.
 * 中小微企业可结合实际，适当放宽: for medium, small and micro enterprises a shortfall is a warning
 * that staff decide on (`needs-review`); for large enterprises, and when the size is unknown, it is
 * an error (`ineligible`).
 */
export function checkCqoEligibility(input: {
  education: EducationLevel;
  qualityYears: number;
  enterpriseSize: EnterpriseSize | null;
}): EligibilityResult {
  const relaxed =
    input.enterpriseSize === 'medium' || input.enterpriseSize === 'small' || input.enterpriseSize === 'micro';
  const severity: EligibilityIssue['severity'] = relaxed ? 'warning' : 'error';
  const issues: EligibilityIssue[] = [];

  const level = EDUCATION_LEVELS.indexOf(input.education);
  if (level === -1) issues.push({ code: 'ELIGIBILITY_EDUCATION_UNKNOWN', severity: 'error' });
  else if (level < EDUCATION_LEVELS.indexOf('associate'))
    issues.push({ code: 'ELIGIBILITY_EDUCATION', severity });

  const years = input.qualityYears;
  if (typeof years !== 'number' || !Number.isFinite(years) || years < 0)
    issues.push({ code: 'ELIGIBILITY_QUALITY_YEARS_INVALID', severity: 'error' });
  else if (years < MIN_QUALITY_YEARS) issues.push({ code: 'ELIGIBILITY_QUALITY_YEARS', severity });

  if (issues.some((i) => i.severity === 'error')) return { outcome: 'ineligible', issues };
  if (issues.length)
    return {
      outcome: 'needs-review',
      issues: [...issues, { code: 'ELIGIBILITY_RELAXED_FOR_SME', severity: 'warning' }],
    };
  return { outcome: 'eligible', issues };
}
