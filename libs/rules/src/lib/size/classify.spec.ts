import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allIndustries } from '../industry/industry';
import { formatMessage } from '../messages';
import { classifyEnterpriseSize, tierOf } from './classify';
import {
  ENTERPRISE_SIZES,
  SIZE_GROUPS,
  sizeGroupFor,
  type EnterpriseSize,
  type SizeIndicator,
} from './size-standard';

/** A representative class code in each group's scope. */
const SAMPLE: Record<string, string> = {
  agriculture: '0111',
  industry: '3911',
  construction: '4710',
  wholesale: '5111',
  retail: '5211',
  transport: '5411',
  warehousing: '5920',
  postal: '6010',
  accommodation: '6110',
  catering: '6210',
  'information-transmission': '6311',
  'software-it': '6511',
  'real-estate-development': '7010',
  'property-management': '7020',
  'leasing-business': '7111',
  other: '7310',
};

const RANK: Record<EnterpriseSize, number> = { large: 3, medium: 2, small: 1, micro: 0 };

describe('size group of a class (note 2 of the standard)', () => {
  it.each([
    ['0111', 'agriculture'],
    ['0511', 'agriculture'],
    ['0610', 'industry'],
    ['1311', 'industry'],
    ['4411', 'industry'],
    ['4710', 'construction'],
    ['5111', 'wholesale'],
    ['5211', 'retail'],
    ['5411', 'transport'],
    ['5810', 'transport'],
    ['5910', 'transport'],
    ['5920', 'warehousing'],
    ['5990', 'warehousing'],
    ['6010', 'postal'],
    ['6110', 'accommodation'],
    ['6210', 'catering'],
    ['6311', 'information-transmission'],
    ['6410', 'information-transmission'],
    ['6511', 'software-it'],
    ['7010', 'real-estate-development'],
    ['7020', 'property-management'],
    ['7030', 'other'],
    ['7090', 'other'],
    ['7111', 'leasing-business'],
    ['7211', 'leasing-business'],
    ['7310', 'other'],
    ['7610', 'other'],
    ['8010', 'other'],
    ['8511', 'other'],
    ['8610', 'other'],
  ])('%s → %s', (code, id) => {
    expect(sizeGroupFor(code)?.id).toBe(id);
  });

  it.each(['5311', '6610', '6811', '8310', '8411', '9100', '9221', '9700', '7040'])(
    '%s is not covered',
    (code) => {
      expect(sizeGroupFor(code)).toBeNull();
      const r = classifyEnterpriseSize({ industryCode: code, employees: 10, revenue: 10, totalAssets: 10 });
      expect(r).toMatchObject({ status: 'not-covered', size: null, group: null });
    },
  );

  it('every class of the table is either in a group or explicitly not covered', () => {
    for (const i of allIndustries().filter((x) => x.level === 'class'))
      expect(sizeGroupFor(i.code)).not.toBeUndefined();
  });
});

describe('classifyEnterpriseSize at and around every bound', () => {
  const cases: [string, SizeIndicator, number, EnterpriseSize][] = [];
  for (const group of SIZE_GROUPS) {
    for (const [indicator, bounds] of Object.entries(group.indicators) as [
      SizeIndicator,
      { large: number; medium: number; small: number },
    ][]) {
      for (const [tier, bound, below] of [
        ['large', bounds.large, 'medium'],
        ['medium', bounds.medium, 'small'],
        ['small', bounds.small, 'micro'],
      ] as const) {
        cases.push([group.id, indicator, bound, tier]);
        cases.push([group.id, indicator, bound - 0.01, below]);
        cases.push([group.id, indicator, bound + 1, tier]);
      }
    }
  }

  it.each(cases)('%s: %s = %d → %s', (groupId, indicator, value, expected) => {
    const group = SIZE_GROUPS.find((g) => g.id === groupId);
    // Other listed indicators far above the large bound, so this one decides.
    const input: Record<string, number> = { employees: 1e9, revenue: 1e9, totalAssets: 1e9 };
    input[indicator] = value;
    const r = classifyEnterpriseSize({ industryCode: SAMPLE[groupId], ...input });
    expect(r.group).toEqual({ id: groupId, name: group?.name });
    expect(r.status).toBe('classified');
    expect(r.size).toBe(expected);
  });

  it('a manufacturer needs both 300 employees and 2000 万元 for medium: the lower tier wins', () => {
    const r = classifyEnterpriseSize({ industryCode: '3911', employees: 500, revenue: 1500 });
    expect(r.size).toBe('small');
    expect(r.indicators).toEqual([
      { indicator: 'employees', value: 500, tier: 'medium', bounds: { large: 1000, medium: 300, small: 20 } },
      {
        indicator: 'revenue',
        value: 1500,
        tier: 'small',
        bounds: { large: 40000, medium: 2000, small: 300 },
      },
    ]);
    expect(r.explanation.map((e) => e.code)).toEqual([
      'SIZE_GROUP',
      'SIZE_INDICATOR_TIER',
      'SIZE_INDICATOR_TIER',
      'SIZE_RESULT_ALL_MET',
    ]);
    // Each language names the group in its own words (no Chinese in an English explanation).
    const group = r.explanation[0];
    expect(formatMessage('en', group.code, group.params)).toBe('Measured by the thresholds for “Industry”');
    expect(formatMessage('zh-CN', group.code, group.params)).toBe('按“工业”的划分标准测算');
  });

  it('one micro indicator is enough even when another is missing', () => {
    const r = classifyEnterpriseSize({ industryCode: '3911', employees: 8 });
    expect(r).toMatchObject({ size: 'micro', status: 'classified', missing: ['revenue'] });
  });

  it('a missing listed indicator otherwise leaves the size open', () => {
    const r = classifyEnterpriseSize({ industryCode: '3911', employees: 500, revenue: null });
    expect(r).toMatchObject({ size: null, status: 'missing-indicators', missing: ['revenue'] });
    expect(classifyEnterpriseSize({ industryCode: '7010' })).toMatchObject({
      status: 'missing-indicators',
      missing: ['revenue', 'totalAssets'],
    });
  });

  it('ignores indicators the group does not list', () => {
    const r = classifyEnterpriseSize({ industryCode: '0111', employees: 1, revenue: 25000, totalAssets: 1 });
    expect(r.size).toBe('large');
    expect(r.indicators.map((i) => i.indicator)).toEqual(['revenue']);
    expect(r.explanation.at(-1)?.code).toBe('SIZE_RESULT_SINGLE');
  });

  it.each([
    [{ industryCode: '3911', employees: -1, revenue: 10 }, 'SIZE_VALUE_INVALID'],
    [{ industryCode: '3911', employees: Number.NaN, revenue: 10 }, 'SIZE_VALUE_INVALID'],
    [{ industryCode: '3911', employees: Number.POSITIVE_INFINITY, revenue: 10 }, 'SIZE_VALUE_INVALID'],
    [{ industryCode: '3911', employees: '12' as unknown as number, revenue: 10 }, 'SIZE_VALUE_INVALID'],
    [{ industryCode: '391', employees: 10, revenue: 10 }, 'SIZE_INDUSTRY_NOT_CLASS'],
    [{ industryCode: 'C', employees: 10 }, 'SIZE_INDUSTRY_NOT_CLASS'],
    [{ industryCode: '9999', employees: 10 }, 'SIZE_INDUSTRY_UNKNOWN'],
    [{ industryCode: 42 as unknown as string }, 'SIZE_INDUSTRY_UNKNOWN'],
    [null as unknown as { industryCode: string }, 'SIZE_INDUSTRY_UNKNOWN'],
  ])('refuses %j as invalid input without throwing', (input, code) => {
    const r = classifyEnterpriseSize(input);
    expect(r).toMatchObject({ status: 'invalid-input', size: null });
    expect(r.explanation[0].code).toBe(code);
  });
});

describe('classifyEnterpriseSize properties', () => {
  const covered = allIndustries()
    .filter((i) => i.level === 'class' && sizeGroupFor(i.code))
    .map((i) => i.code);
  const value = fc.oneof(
    fc.integer({ min: 0, max: 300000 }),
    fc.double({ min: 0, max: 300000, noNaN: true }),
  );
  const input = fc.record({
    industryCode: fc.constantFrom(...covered),
    employees: value,
    revenue: value,
    totalAssets: value,
  });

  it('the size is the lowest tier over the listed indicators', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = classifyEnterpriseSize(i);
        const lowest = r.indicators.reduce<EnterpriseSize>(
          (low, x) => (RANK[x.tier as EnterpriseSize] < RANK[low] ? (x.tier as EnterpriseSize) : low),
          'large',
        );
        return r.status === 'classified' && r.size === lowest;
      }),
    );
  });

  it('raising an indicator never lowers the size', () => {
    fc.assert(
      fc.property(
        input,
        fc.constantFrom<SizeIndicator>('employees', 'revenue', 'totalAssets'),
        fc.integer({ min: 0, max: 100000 }),
        (i, indicator, extra) => {
          const before = classifyEnterpriseSize(i).size as EnterpriseSize;
          const after = classifyEnterpriseSize({ ...i, [indicator]: i[indicator] + extra })
            .size as EnterpriseSize;
          return RANK[after] >= RANK[before];
        },
      ),
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.record({
          industryCode: fc.string(),
          employees: fc.anything(),
          revenue: fc.anything(),
          totalAssets: fc.anything(),
        }),
        (i) => {
          const r = classifyEnterpriseSize(i as never);
          return ['classified', 'missing-indicators', 'not-covered', 'invalid-input'].includes(r.status);
        },
      ),
    );
  });

  it('tierOf covers the four sizes', () => {
    expect(
      ENTERPRISE_SIZES.map((s) =>
        tierOf({ large: 300, medium: 200, small: 100, micro: 0 }[s], { large: 300, medium: 200, small: 100 }),
      ),
    ).toEqual(['large', 'medium', 'small', 'micro']);
  });
});

const REFERENCE = join(__dirname, '../../../../../../shared/data/size-standard-2017.json');
const reference = existsSync(REFERENCE)
  ? (JSON.parse(readFileSync(REFERENCE, 'utf8')) as {
      group: string;
      indicators: Record<string, { large: number; medium: number; small: number }>;
    }[])
  : null;
(reference ? it : it.skip)('thresholds agree with ../shared/data/size-standard-2017.json', () => {
  const key: Record<string, SizeIndicator> = { X: 'employees', Y: 'revenue', Z: 'totalAssets' };
  const theirs = (reference ?? []).map((g) => ({
    name: g.group,
    indicators: Object.fromEntries(
      Object.entries(g.indicators).map(([k, v]) => [
        key[k],
        { large: v.large, medium: v.medium, small: v.small },
      ]),
    ),
  }));
  expect(SIZE_GROUPS.map((g) => ({ name: g.name, indicators: g.indicators }))).toEqual(theirs);
});
