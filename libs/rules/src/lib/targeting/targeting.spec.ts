import fc from 'fast-check';
import { industryFits, inSegment, segmentChecks, segmentSql, type SegmentFacts } from './targeting';

const xiangzhouMaker: SegmentFacts = { size: 'small', industryCode: '3911', regionCode: '440402' };

describe('the targeting rule', () => {
  it.each([
    [{}, true],
    [{ sizes: [], industryPrefixes: [], regionPrefixes: [] }, true],
    [{ sizes: ['small', 'micro'] }, true],
    [{ sizes: ['large'] }, false],
    [{ industryPrefixes: ['C'] }, true],
    [{ industryPrefixes: ['c '] }, true],
    [{ industryPrefixes: ['39'] }, true],
    [{ industryPrefixes: ['3911'] }, true],
    [{ industryPrefixes: ['F', '40'] }, false],
    [{ regionPrefixes: ['4404'] }, true],
    [{ regionPrefixes: [' 440402 '] }, true],
    [{ regionPrefixes: ['4401'] }, false],
    [{ sizes: ['small'], industryPrefixes: ['C'], regionPrefixes: ['4401'] }, false],
  ] as const)('%j → %s', (criteria, expected) => {
    expect(inSegment({ ...criteria } as never, xiangzhouMaker)).toBe(expected);
  });

  it('reports each criterion named, and unknown facts as unknown (never in the segment)', () => {
    expect(
      segmentChecks(
        { sizes: ['small'], industryPrefixes: ['C'], regionPrefixes: ['44'] },
        { size: null, industryCode: '', regionCode: '440402' },
      ),
    ).toEqual([
      { criterion: 'sizes', outcome: 'unknown' },
      { criterion: 'industry', outcome: 'unknown' },
      { criterion: 'region', outcome: 'ok' },
    ]);
    expect(inSegment({ sizes: ['small'] }, { size: null, industryCode: null, regionCode: null })).toBe(false);
    expect(segmentChecks({ sizes: ['large'] }, xiangzhouMaker)).toEqual([
      { criterion: 'sizes', outcome: 'mismatch' },
    ]);
  });

  it('a section letter covers exactly the classes under it', () => {
    expect(industryFits('C', '3911')).toBe(true);
    expect(industryFits('B', '3911')).toBe(false);
    expect(industryFits('I', '6513')).toBe(true);
  });

  it('writes SQL with numbered parameters; section letters become their divisions', () => {
    const columns = { size: 'p.size', industry: 'p.industry', region: 'p.region' };
    expect(segmentSql({}, columns, 1)).toEqual({ sql: 'TRUE', params: [] });
    const q = segmentSql(
      { sizes: ['small'], industryPrefixes: ['b', '3911'], regionPrefixes: [' 4404'] },
      columns,
      3,
    );
    expect(q.sql).toBe(
      'p.size = ANY($3::text[]) AND ' +
        "EXISTS (SELECT 1 FROM unnest($4::text[]) x WHERE p.industry LIKE x || '%') AND " +
        "EXISTS (SELECT 1 FROM unnest($5::text[]) x WHERE p.region LIKE x || '%')",
    );
    expect(q.params).toEqual([['small'], ['06', '07', '08', '09', '10', '11', '12', '3911'], ['4404']]);
  });

  it('the yes-or-no answer is exactly "every criterion named is ok"', () => {
    const prefixes = fc.array(fc.constantFrom('C', 'B', 'I', '39', '3911', '13', '65', '6513'), {
      maxLength: 3,
    });
    fc.assert(
      fc.property(
        fc.record({
          sizes: fc.array(fc.constantFrom('large', 'medium', 'small', 'micro' as const), { maxLength: 3 }),
          industryPrefixes: prefixes,
          regionPrefixes: fc.array(fc.constantFrom('44', '4404', '440402', '4401'), { maxLength: 2 }),
        }),
        fc.record({
          size: fc.constantFrom('large', 'medium', 'small', 'micro', null),
          industryCode: fc.constantFrom('3911', '1311', '6513', '0610', null),
          regionCode: fc.constantFrom('440402', '440104', null),
        }),
        (criteria, facts) => {
          const checks = segmentChecks(criteria, facts as SegmentFacts);
          expect(inSegment(criteria, facts as SegmentFacts)).toBe(checks.every((c) => c.outcome === 'ok'));
        },
      ),
    );
  });
});
