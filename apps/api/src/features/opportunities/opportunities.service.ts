import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { createEvents, type EventAttributes } from 'ics';
import { In, MoreThan, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { chinaDayStart, matchOpportunity, type EnterpriseProfile } from '@cqo/rules';
import {
  ErrorCode,
  OPPORTUNITY_KIND_NAMES,
  TRACKING_STATES,
  type Funnel,
  type MatchedOpportunity,
  type Opportunity as OpportunityDto,
  type TrackingState,
} from '@cqo/contracts';
import type { RequestUser } from '../../platform/auth/request-user';
import { AppConfig } from '../../platform/config/app-config';
import { Clock } from '../../platform/clock/clock';
import { containsPattern } from '../../platform/database/search';
import { ApiException } from '../../platform/errors/api.exception';
import { JobsService } from '../../platform/jobs/jobs.service';
import type { NoPayload } from '../../platform/jobs/job-payloads';
import { renderMarkdown } from '../../platform/markdown/markdown';
import { MemberProfilesService, type MemberProfile } from '../directory';
import { NotificationsService } from '../notifications';
import type { OpportunityInputDto, OpportunityQuery } from './dto/opportunity.dto';
import { OpportunityReminder } from './entities/opportunity-reminder.entity';
import { OpportunityTracking } from './entities/opportunity-tracking.entity';
import { Opportunity } from './entities/opportunity.entity';
import { FilesService } from '../../platform/files/files.service';
import { OpportunitySearch } from './search-source';
import { OPPORTUNITY_FILES } from './opportunity-files';

export const REMINDER_JOB = 'opportunities.reminders';

declare module '../../platform/jobs/job-payloads' {
  interface JobPayloads {
    /** Deadline reminders due this hour (7 days and 1 day before). */
    'opportunities.reminders': NoPayload;
  }
}
const HOUR_MS = 3_600_000;
const OPEN_CACHE_MS = 5_000;
const DAY_MS = 24 * HOUR_MS;
/** Reminder windows before a deadline, the later one first. */
const WINDOWS = [
  { window: '1d' as const, before: DAY_MS },
  { window: '7d' as const, before: 7 * DAY_MS },
];
/** States still working towards the deadline. */
const ACTIVE: TrackingState[] = ['interested', 'preparing'];

const notFound = () => new ApiException(ErrorCode.OPPORTUNITY_NOT_FOUND, 'No such opportunity.');

/** "2026-12-31" is the end of that day in Beijing; a full date-time is taken as given. */
export function parseDeadline(value: string): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(chinaDayStart(value).getTime() + DAY_MS - 1000);
  return new Date(value);
}

export function enterpriseProfileOf(p: MemberProfile | null): EnterpriseProfile {
  return {
    size: p?.enterpriseSize ?? null,
    industryCode: p?.industryCode ?? null,
    regionCode: p?.regionCode ?? null,
    qualityYears: p?.qualityYears ?? null,
    hasApprovedFiling: !!p?.filingId,
  };
}

/**
 * The opportunity board: staff post subsidies, awards, trainings and visits with structured
 * eligibility; each member sees what fits their enterprise and why, tracks their progress, gets
 * reminders 7 days and 1 day before a deadline, and can take the deadlines into a calendar.
 */
@Injectable()
export class OpportunitiesService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(OpportunitiesService.name);
  private openCache?: { until: number; list: Promise<Opportunity[]> };

  constructor(
    @InjectRepository(Opportunity) private readonly opportunities: Repository<Opportunity>,
    @InjectRepository(OpportunityTracking) private readonly tracking: Repository<OpportunityTracking>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: MemberProfilesService,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobsService,
    private readonly files: FilesService,
    private readonly search: OpportunitySearch,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /**
   * Deletes these opportunities with what hangs on them (demo content is removed so); a job that
   * still names one finds nothing and does nothing.
   */
  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(OpportunityTracking, { opportunityId: In(ids) });
      await manager.delete(OpportunityReminder, { opportunityId: In(ids) });
      await manager.delete(Opportunity, { id: In(ids) });
      await this.files.removeAllFor(OPPORTUNITY_FILES, ids, manager);
      await this.search.changed(ids, manager);
    });
    this.search.soon();
  }

  /** Whether any opportunity exists, in any state. */
  async any(): Promise<boolean> {
    return (await this.opportunities.count()) > 0;
  }

  onModuleInit(): void {
    this.jobs.register(REMINDER_JOB, (_payload, manager) => this.sendReminders(manager));
  }

  async onApplicationBootstrap(): Promise<void> {
    // Scheduled even where this process runs no worker: another one may.
    await this.scheduleReminders(this.clock.now()).catch((error: unknown) =>
      this.logger.warn({ err: error }, 'Could not schedule deadline reminders'),
    );
  }

  async create(staff: RequestUser, input: OpportunityInputDto): Promise<Opportunity> {
    this.openCache = undefined;
    return this.saveAndIndex(this.opportunities.create({ ...this.fromInput(input), createdBy: staff.id }));
  }

  /** Saves a change and queues its search document in the same transaction. */
  private async saveAndIndex(o: Opportunity): Promise<Opportunity> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const row = await manager.getRepository(Opportunity).save(o);
      await this.search.changed([row.id], manager);
      return row;
    });
    this.search.soon();
    return saved;
  }

  async update(id: string, input: OpportunityInputDto): Promise<Opportunity> {
    const o = await this.find(id);
    this.openCache = undefined;
    Object.assign(o, this.fromInput(input));
    return this.saveAndIndex(o);
  }

  async list(
    reader: RequestUser | null,
    query: OpportunityQuery,
  ): Promise<{ items: OpportunityDto[]; total: number }> {
    const now = this.clock.now();
    const qb = this.opportunities.createQueryBuilder('o');
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.q) qb.andWhere('o.searchText LIKE :like', { like: containsPattern(query.q) });
    if (query.open === true) qb.andWhere('o.deadline > :now', { now });
    if (query.open === false) qb.andWhere('o.deadline <= :now', { now });
    // Open ones first, the nearest deadline first; then the closed, the latest first.
    qb.orderBy('o.deadline > :now', 'DESC')
      .addOrderBy('CASE WHEN o.deadline > :now THEN o.deadline END', 'ASC')
      .addOrderBy('o.deadline', 'DESC')
      .setParameter('now', now);
    const [rows, total] = await qb
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    const states = reader
      ? await this.statesOf(
          reader.id,
          rows.map((o) => o.id),
        )
      : undefined;
    return { items: rows.map((o) => this.toDto(o, states?.get(o.id) ?? (states ? null : undefined))), total };
  }

  async get(reader: RequestUser | null, id: string): Promise<OpportunityDto> {
    const o = await this.find(id);
    const state = reader ? ((await this.statesOf(reader.id, [id])).get(id) ?? null) : undefined;
    return this.toDto(o, state);
  }

  /** Every open opportunity for one member, the ones that fit first, each with its reasons. */
  async matched(member: RequestUser): Promise<MatchedOpportunity[]> {
    const [profile, open, states] = await Promise.all([
      this.profiles.findByUser(member.id).then(enterpriseProfileOf),
      this.openOpportunities(),
      this.tracking
        .find({ where: { userId: member.id } })
        .then((rows) => new Map(rows.map((r) => [r.opportunityId, r.state]))),
    ]);
    return open
      .map((o) => {
        const { matches, reasons } = matchOpportunity(o.criteria, profile);
        return {
          id: o.id,
          title: o.title,
          kind: o.kind,
          deadline: o.deadline.toISOString(),
          matches,
          reasons,
          tracking: states.get(o.id) ?? null,
        };
      })
      .sort((a, b) => Number(b.matches) - Number(a.matches));
  }

  /**
   * The open opportunities with their criteria, kept for a few seconds: every member's "matched
   * for you" reads the same list. A change through this process clears it at once.
   */
  private openOpportunities(): Promise<Opportunity[]> {
    const now = this.clock.now().getTime();
    if (!this.openCache || this.openCache.until < now) {
      const list = this.opportunities.find({
        where: { deadline: MoreThan(new Date(now)) },
        order: { deadline: 'ASC' },
        select: { id: true, title: true, kind: true, deadline: true, criteria: true },
      });
      this.openCache = { until: now + OPEN_CACHE_MS, list };
      list.catch(() => (this.openCache = undefined));
    }
    // A deadline may pass while the list is cached.
    return this.openCache.list.then((list) => list.filter((o) => o.deadline.getTime() > now));
  }

  async track(member: RequestUser, id: string, state: TrackingState): Promise<OpportunityDto> {
    const o = await this.find(id);
    // Before the deadline one can start; after it, only record the outcome.
    if (o.deadline <= this.clock.now() && ACTIVE.includes(state)) {
      throw new ApiException(ErrorCode.OPPORTUNITY_CLOSED, 'The deadline has passed.');
    }
    await this.tracking.upsert({ opportunityId: id, userId: member.id, state }, ['opportunityId', 'userId']);
    return this.toDto(o, state);
  }

  async funnel(id: string): Promise<Funnel> {
    await this.find(id);
    const rows: { state: TrackingState; n: number }[] = await this.tracking
      .createQueryBuilder('t')
      .select('t.state', 'state')
      .addSelect('count(*)::int', 'n')
      .where('t.opportunityId = :id', { id })
      .groupBy('t.state')
      .getRawMany();
    const funnel = Object.fromEntries(TRACKING_STATES.map((s) => [s, 0])) as Funnel;
    for (const r of rows) funnel[r.state] = r.n;
    return funnel;
  }

  /** The deadlines a member tracks or fits, as an iCalendar file. */
  async calendar(member: RequestUser): Promise<string> {
    const items = (await this.matched(member)).filter(
      (m) => m.matches || (m.tracking && !['awarded', 'not-awarded'].includes(m.tracking)),
    );
    const events: EventAttributes[] = items.map((m) => ({
      uid: `opportunity-${m.id}@cqo-alliance`,
      title: `【${OPPORTUNITY_KIND_NAMES['zh-CN'][m.kind]}】${m.title} 截止`,
      start: Date.parse(m.deadline) - HOUR_MS,
      startInputType: 'utc',
      startOutputType: 'utc',
      end: Date.parse(m.deadline),
      endInputType: 'utc',
      endOutputType: 'utc',
      url: `${this.config.PUBLIC_URL}/opportunities/${m.id}`,
      alarms: [{ action: 'display', description: m.title, trigger: { days: 1, before: true } }],
    }));
    if (!events.length) return emptyCalendar();
    const { error, value } = createEvents(events, {
      calName: '惠企机会截止日 · CQO Alliance',
      productId: 'cqo-alliance',
    });
    if (error || !value) throw error ?? new Error('calendar');
    return value;
  }

  /**
   * The hourly reminder run: each open opportunity whose 7-day or 1-day mark has passed gets one
   * reminder per mark (a row records it was sent) to the members tracking it and those who fit.
   */
  private async sendReminders(manager: EntityManager): Promise<() => void> {
    const now = this.clock.now();
    const due = await manager.getRepository(Opportunity).find({
      where: { deadline: MoreThan(now) },
      select: { id: true, title: true, kind: true, deadline: true, criteria: true },
    });
    const pushes: (() => void)[] = [];
    let members: MemberProfile[] | undefined;
    for (const o of due) {
      const left = o.deadline.getTime() - now.getTime();
      const crossed = WINDOWS.filter((w) => left <= w.before);
      if (!crossed.length) continue;
      // Mark every crossed window; remind only for the latest (no "7 days left" a day before).
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(OpportunityReminder)
        .values(crossed.map((w) => ({ opportunityId: o.id, window: w.window })))
        .orIgnore()
        .returning(['window'])
        .execute();
      const fresh = new Set((inserted.raw as { window: string }[]).map((r) => r.window));
      const window = crossed.find((w) => fresh.has(w.window));
      if (!window || window !== crossed[0]) continue;

      members ??= await this.profiles.allMembers(manager);
      const trackers = await manager
        .getRepository(OpportunityTracking)
        .find({ where: { opportunityId: o.id, state: In(ACTIVE) }, select: { userId: true } });
      const recipients = new Set(trackers.map((t) => t.userId));
      for (const p of members)
        if (matchOpportunity(o.criteria, enterpriseProfileOf(p)).matches) recipients.add(p.userId);
      pushes.push(
        await this.notifications.stage(
          [...recipients],
          {
            kind: 'reminder',
            message: {
              key: 'opportunity.deadline',
              params: { kind: o.kind, title: o.title, window: window.window },
            },
            link: `/opportunities/${o.id}`,
          },
          manager,
        ),
      );
    }
    await this.scheduleReminders(new Date(now.getTime() + 60_000), manager);
    return () => pushes.forEach((p) => p());
  }

  private scheduleReminders(after: Date, manager?: EntityManager): Promise<string | null> {
    const runAt = new Date(Math.ceil(after.getTime() / HOUR_MS) * HOUR_MS);
    return this.jobs.enqueue(
      REMINDER_JOB,
      {},
      { runAt, manager, dedupeKey: `${REMINDER_JOB}:${runAt.toISOString()}` },
    );
  }

  private fromInput(input: OpportunityInputDto): Partial<Opportunity> {
    return {
      kind: input.kind,
      title: input.title.trim(),
      body: input.body,
      bodyHtml: renderMarkdown(input.body),
      issuer: input.issuer,
      issuerName: input.issuerName?.trim() || null,
      benefit: input.benefit?.trim() || null,
      deadline: parseDeadline(input.deadline),
      howToApply: input.howToApply?.trim() || null,
      criteria: {
        sizes: input.criteria.sizes ?? [],
        industryPrefixes: (input.criteria.industryPrefixes ?? []).map((p) => p.trim().toUpperCase()),
        regionPrefixes: input.criteria.regionPrefixes ?? [],
        minQualityYears: input.criteria.minQualityYears ?? null,
        requiresApprovedFiling: input.criteria.requiresApprovedFiling ?? false,
        otherConditions: input.criteria.otherConditions?.trim() || null,
      },
    };
  }

  private async statesOf(userId: string, ids: string[]): Promise<Map<string, TrackingState>> {
    if (!ids.length) return new Map();
    const rows = await this.tracking.find({ where: { userId, opportunityId: In(ids) } });
    return new Map(rows.map((r) => [r.opportunityId, r.state]));
  }

  /** One opportunity, or OPPORTUNITY_NOT_FOUND (the board is public: no reader check). */
  async find(id: string): Promise<Opportunity> {
    const o = await this.opportunities.findOneBy({ id });
    if (!o) throw notFound();
    return o;
  }

  private toDto(o: Opportunity, tracking?: TrackingState | null): OpportunityDto {
    return {
      id: o.id,
      kind: o.kind,
      title: o.title,
      body: o.body,
      bodyHtml: o.bodyHtml,
      issuer: o.issuer,
      issuerName: o.issuerName,
      benefit: o.benefit,
      deadline: o.deadline.toISOString(),
      howToApply: o.howToApply,
      criteria: o.criteria,
      open: o.deadline.getTime() > this.clock.now().getTime(),
      createdAt: o.createdAt.toISOString(),
      ...(tracking === undefined ? {} : { tracking }),
    };
  }
}

function emptyCalendar(): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:cqo-alliance',
    'X-WR-CALNAME:惠企机会截止日 · CQO Alliance',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}
