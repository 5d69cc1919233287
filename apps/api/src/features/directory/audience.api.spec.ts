import { getDataSourceToken } from '@nestjs/typeorm';
import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import type { Audience } from '@cqo/contracts';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { audienceSql, inAudience } from './audience';

/**
 * The targeting rule answered in memory (who sees an announcement) and in SQL (whom the fan-out
 * notifies) must agree, member by member: generated members and audiences, run on the real database.
 */
let t: TestApp;
let db: DataSource;
beforeAll(async () => {
  t = await startTestApp({ JOBS_ENABLED: 'false' });
  db = t.app.get<DataSource>(getDataSourceToken());
});
afterAll(() => t.close());

const INDUSTRIES = ['3911', '1311', '0610', '4411', '6513', '7240', '3821', '', null];
const REGIONS = ['440402', '440403', '440404', '440104', '440305', '', null];
const SIZES = ['large', 'medium', 'small', 'micro', null] as const;

const member = fc.record({
  industryCode: fc.constantFrom(...INDUSTRIES),
  regionCode: fc.constantFrom(...REGIONS),
  enterpriseSize: fc.constantFrom(...SIZES),
});
const audience: fc.Arbitrary<Audience> = fc.record({
  type: fc.constant('segment' as const),
  sizes: fc.array(fc.constantFrom('large', 'medium', 'small', 'micro' as const), { maxLength: 2 }),
  industryPrefixes: fc.array(fc.constantFrom('C', 'B', 'D', 'I', 'M', '39', '3911', '13', '44', '65'), {
    maxLength: 3,
  }),
  regionPrefixes: fc.array(fc.constantFrom('44', '4404', '440402', '4401', '4403'), { maxLength: 2 }),
});

describe('one targeting rule, in memory and in SQL', () => {
  it('selects the same members for generated audiences (seeded)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(member, { minLength: 1, maxLength: 30 }),
        audience,
        async (members, target) => {
          const where = audienceSql(target, members.length * 3 + 1);
          const rows = members.map(
            (_, i) => `($${i * 3 + 1}::text, $${i * 3 + 2}::text, $${i * 3 + 3}::text, ${i})`,
          );
          const values = members.flatMap((m) => [m.enterpriseSize, m.industryCode, m.regionCode]);
          const found: { n: number }[] = await db.query(
            `SELECT p.n FROM (VALUES ${rows.join(', ')}) AS p(enterprise_size, industry_code, region_code, n)
           WHERE ${where.sql} ORDER BY p.n`,
            [...values, ...where.params],
          );
          const expected = members.flatMap((m, i) => (inAudience(target, m as never, true) ? [i] : []));
          expect(found.map((r) => Number(r.n))).toEqual(expected);
        },
      ),
      { seed: 20261202, numRuns: 150 },
    );
  }, 120_000);
});
