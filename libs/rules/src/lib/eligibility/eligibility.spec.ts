import { checkCqoEligibility, type EducationLevel } from './eligibility';
import type { EnterpriseSize } from '../size/size-standard';

describe('checkCqoEligibility', () => {
  it.each([
    ['associate', 3, 'large', 'eligible', []],
    ['bachelor', 10, null, 'eligible', []],
    ['doctorate', 3.5, 'micro', 'eligible', []],
    ['high-school', 5, 'large', 'ineligible', ['ELIGIBILITY_EDUCATION']],
    ['bachelor', 2, 'large', 'ineligible', ['ELIGIBILITY_QUALITY_YEARS']],
    ['bachelor', 2, null, 'ineligible', ['ELIGIBILITY_QUALITY_YEARS']],
    [
      'vocational-secondary',
      1,
      'medium',
      'needs-review',
      ['ELIGIBILITY_EDUCATION', 'ELIGIBILITY_QUALITY_YEARS', 'ELIGIBILITY_RELAXED_FOR_SME'],
    ],
    ['high-school', 5, 'small', 'needs-review', ['ELIGIBILITY_EDUCATION', 'ELIGIBILITY_RELAXED_FOR_SME']],
    ['master', 0, 'micro', 'needs-review', ['ELIGIBILITY_QUALITY_YEARS', 'ELIGIBILITY_RELAXED_FOR_SME']],
    ['bachelor', -1, 'small', 'ineligible', ['ELIGIBILITY_QUALITY_YEARS_INVALID']],
    ['bachelor', Number.NaN, 'small', 'ineligible', ['ELIGIBILITY_QUALITY_YEARS_INVALID']],
    ['phd', 5, 'small', 'ineligible', ['ELIGIBILITY_EDUCATION_UNKNOWN']],
  ])('%s, %d years, %s → %s', (education, qualityYears, size, outcome, codes) => {
    const r = checkCqoEligibility({
      education: education as EducationLevel,
      qualityYears: qualityYears as number,
      enterpriseSize: size as EnterpriseSize | null,
    });
    expect(r.outcome).toBe(outcome);
    expect(r.issues.map((i) => i.code)).toEqual(codes);
  });

  it('a shortfall is an error for large and unknown size, a warning for SMEs', () => {
    const sev = (size: EnterpriseSize | null) =>
      checkCqoEligibility({ education: 'high-school', qualityYears: 5, enterpriseSize: size }).issues[0]
        .severity;
    expect([sev('large'), sev(null), sev('medium'), sev('small'), sev('micro')]).toEqual([
      'error',
      'error',
      'warning',
      'warning',
      'warning',
    ]);
  });
});
