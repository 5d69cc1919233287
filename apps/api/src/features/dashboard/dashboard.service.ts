import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { chinaDate, chinaDayStart, ENTERPRISE_SIZES, industryPath } from '@cqo/rules';
import { FILING_STATUSES, type DashboardFilter, type DashboardSummary } from '@cqo/contracts';
import { Clock } from '../../platform/clock/clock';
import { MEMBER_JOIN, memberConditionsSql } from '../directory';
import { filingFilterSql } from '../filings';
import { SnapshotCache } from './figures-snapshot';

const YEARS = ['0-2', '3-5', '6-10', '11-20', '21+'] as const;
const REVIEW_DAYS = ['0-1', '2-3', '4-7', '8-14', '15-30', '31+'] as const;

/** Parameters for one statement, numbered as they are added. */
function params(): { values: unknown[]; param: (value: unknown) => string } {
  const values: unknown[] = [];
  return { values, param: (value) => `$${values.push(value)}` };
}

/** Runs the queries one after another (one connection, one snapshot), answers in order. */
async function inTurn(queries: (() => Promise<unknown>)[]): Promise<unknown[]> {
  const answers: unknown[] = [];
  for (const query of queries) answers.push(await query());
  return answers;
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * The staff dashboard's figures. Every member figure is counted with the directory's own filter
 * and every filing figure with the review queue's (`directoryFilterSql`, `filingFilterSql`), so a
 * bar and the list it opens always agree. Months and days are Beijing time (a fixed +8 hours:
 * China keeps no daylight saving), computed in SQL without relying on the server's time zones.
 */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    this.kept = new SnapshotCache(dataSource);
  }

  private readonly kept: SnapshotCache<DashboardSummary>;

  /**
   * The figures under a filter: read once, then kept until a write changes what they count
   * (SnapshotCache). The months are those of "now", so a kept answer is also dropped at a new day.
   */
  summary(filter: DashboardFilter): Promise<DashboardSummary> {
    const key = JSON.stringify([
      chinaDate(this.clock.now()),
      filter.from,
      filter.to,
      filter.industry,
      filter.region,
      filter.size,
    ]);
    return this.kept.get(key, async (manager) => {
      const [members, filings] = [await this.members(filter, manager), await this.filings(filter, manager)];
      return { generatedAt: this.clock.now().toISOString(), ...members, ...filings };
    });
  }

  private async members(f: DashboardFilter, manager: EntityManager) {
    const { values, param } = params();
    // One scan of the filter's members, listed or not: the directory's figures count the listed,
    // and the hidden ones are counted beside them.
    const where = memberConditionsSql({ industry: f.industry, region: f.region, size: f.size }, param);
    const rows: {
      division: string | null;
      region: string | null;
      size: string | null;
      education: string | null;
      years: string | null;
      set: number;
      n: number;
      hidden: number;
    }[] = await manager.query(
      `SELECT division, region, size, education, years,
              GROUPING(division, region, size, education, years)::int AS set,
              count(*) FILTER (WHERE listed)::int AS n, count(*) FILTER (WHERE NOT listed)::int AS hidden
         FROM (SELECT p.listed, left(p.industry_code, 2) AS division, p.region_code AS region,
                      p.enterprise_size AS size,
                      f.cqo->>'education' AS education,
                      CASE WHEN p.quality_years IS NULL THEN NULL WHEN p.quality_years <= 2 THEN '0-2'
                           WHEN p.quality_years <= 5 THEN '3-5' WHEN p.quality_years <= 10 THEN '6-10'
                           WHEN p.quality_years <= 20 THEN '11-20' ELSE '21+' END AS years
                 FROM member_profiles p
                 JOIN users u ON ${MEMBER_JOIN}
                 LEFT JOIN filings f ON f.id = p.filing_id
                ${where.length ? `WHERE ${where.join(' AND ')}` : ''}) m
        GROUP BY GROUPING SETS ((division), (region), (size), (education), (years), ())`,
      values,
    );
    // GROUPING(a, b, c, d, e): a bit per column, set when that column is rolled up (a is the highest).
    // A group of hidden members only is no bar of the directory's.
    const of = (bit: number) => rows.filter((r) => r.set === 31 - (1 << bit) && r.n > 0);
    const byIndustryDivision: Record<string, number> = {};
    const byIndustrySection: Record<string, number> = {};
    for (const r of of(4)) {
      if (!r.division) continue;
      byIndustryDivision[r.division] = r.n;
      const section = industryPath(r.division)[0]?.code ?? '?';
      byIndustrySection[section] = (byIndustrySection[section] ?? 0) + r.n;
    }
    const count = (bit: number, key: 'region' | 'size' | 'education' | 'years') =>
      Object.fromEntries(
        of(bit)
          .filter((r) => r[key] !== null)
          .map((r) => [r[key] as string, r.n]),
      );
    const all = rows.find((r) => r.set === 31);
    return {
      members: all?.n ?? 0,
      hiddenMembers: all?.hidden ?? 0,
      bySize: { ...zeros(ENTERPRISE_SIZES), ...count(2, 'size') },
      byIndustrySection,
      byIndustryDivision,
      byRegion: count(3, 'region'),
      byEducation: count(1, 'education'),
      byQualityYears: { ...zeros(YEARS), ...count(0, 'years') } as DashboardSummary['byQualityYears'],
    };
  }

  private async filings(f: DashboardFilter, manager: EntityManager) {
    const { values, param } = params();
    const where = filingFilterSql(
      { industry: f.industry, region: f.region, size: f.size, submittedFrom: f.from, submittedTo: f.to },
      param,
    );
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const and = where.length ? `${filter} AND` : 'WHERE';
    // This month in Beijing, for the approvals headline (not bounded by the date filter).
    const monthStart = chinaDayStart(`${chinaDate(this.clock.now()).slice(0, 7)}-01`);
    const { values: mv, param: mp } = params();
    const monthWhere = filingFilterSql({ industry: f.industry, region: f.region, size: f.size }, mp);
    // One connection holds the snapshot: its statements run one after another.
    const [byStatus, waiting, approvals, perMonth, review] = await inTurn([
      () => manager.query(`SELECT status, count(*)::int AS n FROM filings ${filter} GROUP BY status`, values),
      () =>
        manager.query(
          `SELECT count(*)::int AS n, min(submitted_at) AS oldest FROM filings ${and} status = 'submitted'`,
          values,
        ),
      () =>
        manager.query(
          `SELECT count(*)::int AS n FROM filings
          WHERE status = 'approved' AND decided_at >= ${mp(monthStart)}${monthWhere.map((w) => ` AND ${w}`).join('')}`,
          mv,
        ),
      () =>
        manager.query(
          `SELECT to_char((submitted_at AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM') AS month, status,
                count(*)::int AS n
           FROM filings ${and} submitted_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1`,
          values,
        ),
      () =>
        manager.query(
          `SELECT bucket, count(*)::int AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median
           FROM (SELECT extract(epoch FROM decided_at - submitted_at) / 86400 AS days,
                        width_bucket(extract(epoch FROM decided_at - submitted_at) / 86400,
                                     ARRAY[2, 4, 8, 15, 31]::float8[]) AS bucket
                   FROM filings ${and} decided_at IS NOT NULL AND submitted_at IS NOT NULL) d
          GROUP BY GROUPING SETS ((bucket), ())`,
          values,
        ),
    ]);
    const filings = zeros(FILING_STATUSES);
    for (const r of byStatus as { status: keyof typeof filings; n: number }[]) filings[r.status] = r.n;
    const months = new Map<string, DashboardSummary['filingsPerMonth'][number]>();
    for (const r of perMonth as { month: string; status: string; n: number }[]) {
      const m = months.get(r.month) ?? {
        month: r.month,
        submitted: 0,
        approved: 0,
        returned: 0,
        rejected: 0,
        other: 0,
      };
      const key = ['submitted', 'approved', 'returned', 'rejected'].includes(r.status)
        ? (r.status as 'submitted')
        : 'other';
      m[key] += r.n;
      months.set(r.month, m);
    }
    const reviewDays = zeros(REVIEW_DAYS);
    let median: number | null = null;
    for (const r of review as { bucket: number | null; n: number; median: number | null }[]) {
      if (r.bucket === null) median = r.median === null ? null : Math.round(Number(r.median) * 10) / 10;
      else reviewDays[REVIEW_DAYS[r.bucket]] = r.n;
    }
    const [{ n: waitingCount, oldest }] = waiting as { n: number; oldest: Date | null }[];
    return {
      filings,
      waiting: { count: waitingCount, oldestSubmittedAt: oldest ? new Date(oldest).toISOString() : null },
      approvalsThisMonth: (approvals as { n: number }[])[0].n,
      medianDaysToDecision: median,
      filingsPerMonth: [...months.values()],
      reviewDays,
    };
  }
}
