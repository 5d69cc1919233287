import { matchOpportunity, type EnterpriseProfile } from './matching';

const zhuhaiSmallMaker: EnterpriseProfile = {
  size: 'small',
  industryCode: '3911',
  regionCode: '440402',
  qualityYears: 5,
  hasApprovedFiling: true,
};
const subsidy = { sizes: ['small', 'micro'] as const, industryPrefixes: ['C'], regionPrefixes: ['4404'] };

describe('matchOpportunity', () => {
  it('a small manufacturer in Zhuhai matches a subsidy for small/micro industry in 4404', () => {
    const r = matchOpportunity({ ...subsidy, sizes: [...subsidy.sizes] }, zhuhaiSmallMaker);
    expect(r.matches).toBe(true);
    expect(r.reasons).toEqual([
      { criterion: 'sizes', ok: true, checked: true, code: 'MATCH_SIZE_OK' },
      { criterion: 'industry', ok: true, checked: true, code: 'MATCH_INDUSTRY_OK' },
      { criterion: 'region', ok: true, checked: true, code: 'MATCH_REGION_OK' },
    ]);
  });

  it('a large one does not, and the reason says size', () => {
    const r = matchOpportunity(
      { ...subsidy, sizes: [...subsidy.sizes] },
      { ...zhuhaiSmallMaker, size: 'large' },
    );
    expect(r.matches).toBe(false);
    expect(r.reasons.filter((x) => !x.ok)).toEqual([
      { criterion: 'sizes', ok: false, checked: true, code: 'MATCH_SIZE_MISMATCH' },
    ]);
  });

  it('industry prefixes are section letters or code prefixes', () => {
    expect(matchOpportunity({ industryPrefixes: ['39'] }, zhuhaiSmallMaker).matches).toBe(true);
    expect(matchOpportunity({ industryPrefixes: ['c'] }, zhuhaiSmallMaker).matches).toBe(true);
    expect(matchOpportunity({ industryPrefixes: ['F', '65'] }, zhuhaiSmallMaker).reasons[0].code).toBe(
      'MATCH_INDUSTRY_MISMATCH',
    );
  });

  it('reports every other criterion, and free-text conditions never block', () => {
    const r = matchOpportunity(
      {
        regionPrefixes: ['4403'],
        minQualityYears: 8,
        requiresApprovedFiling: true,
        otherConditions: '近三年无重大质量事故',
      },
      zhuhaiSmallMaker,
    );
    expect(r.reasons).toEqual([
      { criterion: 'region', ok: false, checked: true, code: 'MATCH_REGION_MISMATCH' },
      { criterion: 'qualityYears', ok: false, checked: true, code: 'MATCH_QUALITY_YEARS_SHORT' },
      { criterion: 'approvedFiling', ok: true, checked: true, code: 'MATCH_FILING_OK' },
      // Nobody checked it: no tick, the member reads the conditions.
      { criterion: 'otherConditions', ok: true, checked: false, code: 'MATCH_CHECK_YOURSELF' },
    ]);
    expect(matchOpportunity({ otherConditions: '自行核对' }, zhuhaiSmallMaker).matches).toBe(true);
  });

  it('unknown profile facts do not match a criterion that needs them', () => {
    const unknown: EnterpriseProfile = {
      size: null,
      industryCode: null,
      regionCode: null,
      qualityYears: null,
      hasApprovedFiling: false,
    };
    const r = matchOpportunity(
      {
        sizes: ['small'],
        industryPrefixes: ['C'],
        regionPrefixes: ['44'],
        minQualityYears: 3,
        requiresApprovedFiling: true,
      },
      unknown,
    );
    expect(r.matches).toBe(false);
    expect(r.reasons.map((x) => x.code)).toEqual([
      'MATCH_SIZE_UNKNOWN',
      'MATCH_INDUSTRY_UNKNOWN',
      'MATCH_REGION_UNKNOWN',
      'MATCH_QUALITY_YEARS_UNKNOWN',
      'MATCH_FILING_MISSING',
    ]);
  });

  it('no criteria: everyone matches', () => {
    expect(matchOpportunity({}, zhuhaiSmallMaker)).toEqual({ matches: true, reasons: [] });
  });
});
