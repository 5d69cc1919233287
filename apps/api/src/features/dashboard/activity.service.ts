import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { chinaDayStart } from '@cqo/rules';
import { TRACKING_STATES, type Audience, type DashboardActivity, type DashboardFilter } from '@cqo/contracts';
import { MemberProfilesService } from '../directory';

const DAY_MS = 86_400_000;
const LATEST = 20;

/**
 * What members do with what is published: announcements read, opportunities taken up, channels
 * written in, consultations answered, cases read. Bounded by the date range only (the member
 * figures take the industry, district and size filters).
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
    const [announcements, funnel, perDay, active, consultations, cases, mostRead] = await Promise.all([
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
      q<{
        id: string;
        title: string;
        status: string;
        comments: number;
        responses: number;
        enterprises: number;
      }>(
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
      cases: { ...cases[0], mostRead },
    };
  }
}

/** A share as a fraction with three decimals (0.457), 0 when nobody was asked. */
function rate(part: number, whole: number): number {
  return whole ? Math.round((Math.min(part, whole) / whole) * 1000) / 1000 : 0;
}
