import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { chinaDayStart, industrySectionOf } from '@cqo/rules';
import {
  TRACKING_STATES,
  type Audience,
  type ConsultationTakeUp,
  type DashboardActivity,
  type DashboardFilter,
} from '@cqo/contracts';
import { MemberProfilesService, memberConditionsSql } from '../directory';

const DAY_MS = 86_400_000;
const LATEST = 20;

/**
 * What members do with what is published: announcements read, opportunities taken up, channels
 * written in, consultations answered, cases read. Bounded by the date range; consultation
 * participation, counted by the participants' enterprises, also takes the member filter.
 */
@Injectable()
export class ActivityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: MemberProfilesService,
  ) {}

  async activity(f: DashboardFilter): Promise<DashboardActivity> {
    const from = f.from ? chinaDayStart(f.from) : new Date(0);
    // Open ends: from the first day of the epoch to a day far beyond any data.
    const to = f.to ? new Date(chinaDayStart(f.to).getTime() + DAY_MS) : new Date('9999-12-31T00:00:00Z');
    const range = [from, to];
    const q = <T>(sql: string, params: unknown[] = range) =>
      this.dataSource.query(sql, params) as Promise<T[]>;
    const [announcements, funnel, perDay, active, consultations, cases, mostRead, consultationParticipation] =
      await Promise.all([
        q<{ id: string; title: string; audience: Audience; read: number }>(
          `SELECT a.id, a.title, a.audience, (SELECT count(*)::int FROM announcement_reads r WHERE r.announcement_id = a.id) AS read
           FROM announcements a WHERE a.status = 'published' AND a.published_at >= $1 AND a.published_at < $2
          ORDER BY a.published_at DESC LIMIT ${LATEST}`,
        ),
        q<{ kind: string; state: string; n: number }>(
          `SELECT o.kind, t.state, count(*)::int AS n FROM opportunity_tracking t JOIN opportunities o ON o.id = t.opportunity_id
          WHERE t.updated_at >= $1 AND t.updated_at < $2 GROUP BY 1, 2`,
        ),
        q<{ day: string; n: number }>(
          `SELECT to_char((created_at AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM-DD') AS day, count(*)::int AS n
           FROM channel_messages WHERE deleted_at IS NULL AND created_at >= $1 AND created_at < $2
          GROUP BY 1 ORDER BY 1 DESC LIMIT 60`,
        ),
        q<{ n: number }>(
          `SELECT count(DISTINCT author_id)::int AS n FROM channel_messages
          WHERE deleted_at IS NULL AND created_at >= $1 AND created_at < $2`,
        ),
        q<DashboardActivity['consultations'][number]>(
          `SELECT c.id, c.title, c.status,
                (SELECT count(*)::int FROM consultation_comments m WHERE m.consultation_id = c.id AND m.withdrawn_at IS NULL) AS comments,
                (SELECT count(*)::int FROM consultation_responses r WHERE r.consultation_id = c.id AND r.submitted_at IS NOT NULL) AS responses,
                (SELECT count(DISTINCT u)::int FROM (
                   SELECT author_id AS u FROM consultation_comments WHERE consultation_id = c.id AND withdrawn_at IS NULL
                   UNION SELECT user_id FROM consultation_responses WHERE consultation_id = c.id AND submitted_at IS NOT NULL) p) AS enterprises
           FROM consultations c WHERE c.status NOT IN ('draft', 'scheduled')
            AND c.opened_at >= $1 AND c.opened_at < $2
          ORDER BY c.opened_at DESC LIMIT 10`,
        ),
        q<{ submitted: number; published: number }>(
          `SELECT count(*) FILTER (WHERE submitted_at >= $1 AND submitted_at < $2)::int AS submitted,
                count(*) FILTER (WHERE published_at >= $1 AND published_at < $2)::int AS published FROM cases`,
        ),
        q<{ id: string; title: string; views: number }>(
          `SELECT c.id, c.title, count(m.*)::int AS views FROM cases c
           JOIN case_marks m ON m.case_id = c.id AND m.kind = 'view'
          WHERE c.published_at IS NOT NULL AND m.created_at >= $1 AND m.created_at < $2
          GROUP BY c.id, c.title ORDER BY views DESC, c.title LIMIT 5`,
        ),
        this.participation(f, range),
      ]);
    // Audience sizes: one count per distinct audience (most announcements go to all members).
    const sizes = new Map<string, number>();
    for (const a of announcements) {
      const key = JSON.stringify(a.audience.type === 'segment' ? a.audience : { type: 'members' });
      if (!sizes.has(key)) sizes.set(key, await this.profiles.audienceSize(a.audience));
    }
    const readByAudience: DashboardActivity['readByAudience'] = {};
    const list = announcements.map((a) => {
      const size = sizes.get(
        JSON.stringify(a.audience.type === 'segment' ? a.audience : { type: 'members' }),
      )!;
      const group = (readByAudience[a.audience.type] ??= { audience: 0, read: 0, rate: 0 });
      group.audience += size;
      group.read += Math.min(a.read, size);
      return {
        id: a.id,
        title: a.title,
        audience: a.audience.type,
        audienceSize: size,
        read: a.read,
        rate: rate(a.read, size),
      };
    });
    for (const g of Object.values(readByAudience)) g.rate = rate(g.read, g.audience);
    const opportunityFunnel: DashboardActivity['opportunityFunnel'] = {};
    for (const r of funnel) {
      opportunityFunnel[r.kind] ??= Object.fromEntries(TRACKING_STATES.map((s) => [s, 0])) as never;
      (opportunityFunnel[r.kind] as Record<string, number>)[r.state] = r.n;
    }
    return {
      announcements: list,
      readByAudience,
      opportunityFunnel,
      channels: {
        perDay: perDay.map((d) => ({ day: d.day, messages: d.n })).reverse(),
        activeMembers: active[0].n,
      },
      consultations,
      consultationParticipation,
      cases: { ...cases[0], mostRead },
    };
  }

  /**
   * Comments and submitted responses in the consultations opened in the range, per participant,
   * then summed by the participant's division (shown as sections), district and size. A member
   * counts under the enterprise their profile names now, like every member figure.
   */
  private async participation(
    f: DashboardFilter,
    range: Date[],
  ): Promise<DashboardActivity['consultationParticipation']> {
    const values: unknown[] = [...range];
    const where = memberConditionsSql(
      { industry: f.industry, region: f.region, size: f.size },
      (value) => `$${values.push(value)}`,
    );
    const rows: TakeUpRow[] = await this.dataSource.query(
      `SELECT division, region, size, GROUPING(division, region, size)::int AS set,
              sum(comments)::int AS comments, sum(responses)::int AS responses, count(*)::int AS enterprises
         FROM (SELECT left(p.industry_code, 2) AS division, p.region_code AS region, p.enterprise_size AS size,
                      x.comments, x.responses
                 FROM (SELECT user_id, sum(comments) AS comments, sum(responses) AS responses
                         FROM (SELECT m.author_id AS user_id, count(*) AS comments, 0 AS responses
                                 FROM consultation_comments m JOIN consultations c ON c.id = m.consultation_id
                                WHERE m.withdrawn_at IS NULL AND c.opened_at >= $1 AND c.opened_at < $2
                                GROUP BY 1
                               UNION ALL
                               SELECT r.user_id, 0, count(*)
                                 FROM consultation_responses r JOIN consultations c ON c.id = r.consultation_id
                                WHERE r.submitted_at IS NOT NULL AND c.opened_at >= $1 AND c.opened_at < $2
                                GROUP BY 1) y
                        GROUP BY 1) x
                 JOIN member_profiles p ON p.user_id = x.user_id
                ${where.length ? `WHERE ${where.join(' AND ')}` : ''}) t
        GROUP BY GROUPING SETS ((division), (region), (size))`,
      values,
    );
    // GROUPING(a, b, c): a bit per rolled-up column, a the highest.
    const by = (set: number, key: (r: TakeUpRow) => string) => {
      const into: Record<string, ConsultationTakeUp> = {};
      for (const r of rows.filter((row) => row.set === set)) {
        const k = key(r);
        const sum = (into[k] ??= { comments: 0, responses: 0, enterprises: 0 });
        sum.comments += r.comments;
        sum.responses += r.responses;
        sum.enterprises += r.enterprises;
      }
      return into;
    };
    return {
      bySection: by(0b011, (r) => (r.division && industrySectionOf(r.division)) || 'unknown'),
      byRegion: by(0b101, (r) => r.region || 'unknown'),
      bySize: by(0b110, (r) => r.size || 'unknown'),
    };
  }
}

type TakeUpRow = ConsultationTakeUp & {
  division: string | null;
  region: string | null;
  size: string | null;
  set: number;
};

/** A share as a fraction with three decimals (0.457), 0 when nobody was asked. */
function rate(part: number, whole: number): number {
  return whole ? Math.round((Math.min(part, whole) / whole) * 1000) / 1000 : 0;
}
