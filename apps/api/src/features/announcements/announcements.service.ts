import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { can, ErrorCode, Permission, type Announcement as AnnouncementDto } from '@cqo/contracts';
import type { RequestUser } from '../../platform/auth/request-user';
import { Clock } from '../../platform/clock/clock';
import { containsPattern } from '../../platform/database/search';
import { ApiException } from '../../platform/errors/api.exception';
import { EventBus } from '../../platform/events/event-bus.service';
import { JobsService } from '../../platform/jobs/jobs.service';
import type { JobPayloads } from '../../platform/jobs/job-payloads';
import { UsersService } from '../accounts';
import { inAudience, MemberProfilesService, segmentOf } from '../directory';
import { NotificationsService } from '../notifications';
import type { AnnouncementInputDto, AnnouncementPatchDto, AnnouncementQuery } from './dto/announcement.dto';
import { AnnouncementRead } from './entities/announcement-read.entity';
import { Announcement } from './entities/announcement.entity';
import { renderMarkdown } from '../../platform/markdown/markdown';
import { FilesService } from '../../platform/files/files.service';
import { AnnouncementSearch } from './search-source';
import { ANNOUNCEMENT_FILES } from './announcement-files';

export const FANOUT_JOB = 'announcements.fanout';
export const PUBLISH_JOB = 'announcements.publish';

declare module '../../platform/jobs/job-payloads' {
  interface JobPayloads {
    /** Notify the next chunk of the audience (members after `after`); `remind`: only the unread. */
    'announcements.fanout': { announcementId: string; after: string; remind?: boolean };
    /** Publish a scheduled announcement when its time comes. */
    'announcements.publish': { announcementId: string };
  }
}
/** Members notified per job run: one transaction each, so a restart resumes where it stopped. */
export const FANOUT_CHUNK = 1000;

const notFound = () => new ApiException(ErrorCode.ANNOUNCEMENT_NOT_FOUND, 'No such announcement.');

/**
 * Announcements: staff write, schedule, publish and unpublish; readers see those whose audience
 * includes them. Publishing notifies the audience in the background, a thousand members per job.
 */
@Injectable()
export class AnnouncementsService implements OnModuleInit {
  constructor(
    @InjectRepository(Announcement) private readonly announcements: Repository<Announcement>,
    @InjectRepository(AnnouncementRead) private readonly reads: Repository<AnnouncementRead>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: MemberProfilesService,
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobsService,
    private readonly files: FilesService,
    private readonly search: AnnouncementSearch,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.events.subscribe('announcement.published', 'announcements.notify-audience', (published, manager) =>
      this.fanOut({ announcementId: published.announcementId, after: '' }, manager),
    );
    this.jobs.register(FANOUT_JOB, (payload, manager) => this.fanOut(payload, manager));
    this.jobs.register(PUBLISH_JOB, (payload, manager) => this.publishDue(payload.announcementId, manager));
  }

  async create(staff: RequestUser, input: AnnouncementInputDto): Promise<Announcement> {
    const a = this.announcements.create({
      ...input,
      audience: cleanAudience(input.audience),
      pinned: input.pinned ?? false,
      bodyHtml: renderMarkdown(input.body),
      status: 'draft',
      authorId: staff.id,
    });
    return this.announcements.save(a);
  }

  async update(id: string, patch: AnnouncementPatchDto): Promise<Announcement> {
    const a = await this.find(id);
    Object.assign(a, {
      ...patch,
      ...(patch.audience ? { audience: cleanAudience(patch.audience) } : {}),
    });
    if (patch.body !== undefined) a.bodyHtml = renderMarkdown(patch.body);
    return this.saveAndIndex(a);
  }

  /** Saves a change and queues its search document in the same transaction. */
  private async saveAndIndex(a: Announcement): Promise<Announcement> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const row = await manager.getRepository(Announcement).save(a);
      await this.search.changed([row.id], manager);
      return row;
    });
    this.search.soon();
    return saved;
  }

  /** Now, or at `at`: a scheduled announcement publishes itself then (a durable job). */
  async publish(id: string, at?: Date): Promise<Announcement> {
    return this.dataSource
      .transaction(async (manager) => {
        const a = await manager.getRepository(Announcement).findOneBy({ id });
        if (!a) throw notFound();
        if (at && at.getTime() > this.clock.now().getTime()) {
          a.status = 'scheduled';
          a.publishAt = at;
          await this.jobs.enqueue(
            PUBLISH_JOB,
            { announcementId: id },
            { manager, runAt: at, dedupeKey: `${PUBLISH_JOB}:${id}:${at.toISOString()}` },
          );
          return manager.getRepository(Announcement).save(a);
        }
        return this.publishNow(a, manager);
      })
      .finally(() => this.jobs.kick());
  }

  /** Whether any announcement exists, in any state. */
  /**
   * Deletes these announcements with what hangs on them (demo content is removed so); a job that
   * still names one finds nothing and does nothing.
   */
  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(AnnouncementRead, { announcementId: In(ids) });
      await manager.delete(Announcement, { id: In(ids) });
      await this.files.removeAllFor(ANNOUNCEMENT_FILES, ids, manager);
      await this.search.changed(ids, manager);
    });
    this.search.soon();
  }

  async any(): Promise<boolean> {
    return (await this.announcements.count()) > 0;
  }

  async unpublish(id: string): Promise<Announcement> {
    const a = await this.find(id);
    a.status = 'unpublished';
    return this.saveAndIndex(a);
  }

  async list(
    reader: RequestUser | null,
    query: AnnouncementQuery,
  ): Promise<{ items: AnnouncementDto[]; total: number }> {
    const staff = !!reader && can(reader.roles, Permission.ContentPublish);
    const qb = this.announcements.createQueryBuilder('a');
    if (staff) {
      if (query.status) qb.where('a.status = :status', { status: query.status });
    } else qb.where("a.status = 'published'");
    if (query.kind) qb.andWhere('a.kind = :kind', { kind: query.kind });
    if (query.q) qb.andWhere('a.searchText LIKE :like', { like: containsPattern(query.q) });
    qb.orderBy('a.pinned', 'DESC')
      .addOrderBy('a.publishedAt', 'DESC', 'NULLS FIRST')
      .addOrderBy('a.createdAt', 'DESC');
    // Announcements number in the hundreds: the audience is decided here, one rule for list and detail.
    const visible = await this.visibleTo(reader, await qb.getMany());
    const page = visible.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
    const read = reader
      ? await this.readSet(
          reader.id,
          page.map((a) => a.id),
        )
      : new Set<string>();
    return { items: page.map((a) => toDto(a, reader ? read.has(a.id) : undefined)), total: visible.length };
  }

  /** One announcement; a signed-in reader's opening counts as read. */
  async get(reader: RequestUser | null, id: string): Promise<AnnouncementDto> {
    const a = await this.findVisible(reader, id);
    if (reader && a.status === 'published') {
      await this.reads
        .createQueryBuilder()
        .insert()
        .values({ announcementId: id, userId: reader.id })
        .orIgnore()
        .execute();
    }
    return toDto(a, reader ? true : undefined);
  }

  /** Throws not-found unless the reader may see it (staff see everything). */
  async findVisible(reader: RequestUser | null, id: string): Promise<Announcement> {
    const a = await this.announcements.findOneBy({ id });
    if (!a || !(await this.visibleTo(reader, [a])).length) throw notFound();
    return a;
  }

  async receipts(id: string): Promise<{
    audience: number;
    read: number;
    readers: { userId: string; name: string; readAt: string }[];
  }> {
    const a = await this.find(id);
    const reads = await this.reads.find({ where: { announcementId: id }, order: { readAt: 'ASC' } });
    const readerIds = reads.map((r) => r.userId);
    const [audience, profileNames, accountNames] = await Promise.all([
      this.profiles.audienceSize(a.audience),
      this.profiles.names(readerIds),
      this.users.displayNames(readerIds),
    ]);
    return {
      audience,
      read: reads.length,
      readers: reads.map((r) => ({
        userId: r.userId,
        name: profileNames.get(r.userId) ?? accountNames.get(r.userId) ?? '',
        readAt: r.readAt.toISOString(),
      })),
    };
  }

  /** Notifies the audience members who have not read it yet (in the background). */
  async remind(id: string): Promise<void> {
    const a = await this.find(id);
    if (a.status !== 'published') {
      throw new ApiException(
        ErrorCode.ANNOUNCEMENT_NOT_PUBLISHED,
        'Only a published announcement can be reminded.',
      );
    }
    await this.jobs.enqueue(FANOUT_JOB, { announcementId: id, after: '', remind: true });
  }

  private async publishNow(a: Announcement, manager: EntityManager): Promise<Announcement> {
    const first = !a.publishedAt;
    a.status = 'published';
    a.publishAt = null;
    a.publishedAt ??= this.clock.now();
    const saved = await manager.getRepository(Announcement).save(a);
    await this.search.changed([saved.id], manager);
    // Republishing after an unpublish does not notify everyone a second time.
    if (first) {
      const event = { announcementId: a.id, kind: a.kind, title: a.title, audience: a.audience };
      await this.events.publish('announcement.published', event, manager);
    }
    return saved;
  }

  private async publishDue(id: string, manager: EntityManager): Promise<void> {
    const a = await manager.getRepository(Announcement).findOneBy({ id });
    if (a?.status === 'scheduled') await this.publishNow(a, manager);
  }

  /** One chunk of the audience, then the next chunk as a new job in the same transaction. */
  private async fanOut(
    job: JobPayloads[typeof FANOUT_JOB],
    manager: EntityManager,
  ): Promise<(() => void) | void> {
    const a = await manager.getRepository(Announcement).findOneBy({ id: job.announcementId });
    if (!a || a.status !== 'published') return;
    const chunk = await this.profiles.audienceMembers(
      a.audience,
      { after: job.after, limit: FANOUT_CHUNK },
      manager,
    );
    const recipients = job.remind ? await this.unread(a.id, chunk, manager) : chunk;
    const push = await this.notifications.stage(
      recipients,
      {
        kind: 'announcement',
        message: {
          key: 'announcement.published',
          params: { kind: a.kind, title: a.title, remind: !!job.remind },
        },
        link: `/announcements/${a.id}`,
      },
      manager,
    );
    if (chunk.length === FANOUT_CHUNK) {
      await this.jobs.enqueue(FANOUT_JOB, { ...job, after: chunk[chunk.length - 1] }, { manager });
    }
    // Pushed once this chunk has committed.
    return push;
  }

  private async visibleTo(reader: RequestUser | null, list: Announcement[]): Promise<Announcement[]> {
    if (reader && can(reader.roles, Permission.ContentPublish)) return list;
    const published = list.filter((a) => a.status === 'published');
    const isMember = !!reader && can(reader.roles, Permission.MemberArea);
    const profile = isMember ? await this.profiles.findByUser(reader!.id) : null;
    return published.filter((a) => inAudience(a.audience, profile, isMember));
  }

  /** Those of `userIds` who have not opened the announcement. */
  private async unread(id: string, userIds: string[], manager: EntityManager): Promise<string[]> {
    if (!userIds.length) return [];
    const read = await manager
      .getRepository(AnnouncementRead)
      .find({ select: { userId: true }, where: { announcementId: id, userId: In(userIds) } });
    const seen = new Set(read.map((r) => r.userId));
    return userIds.filter((u) => !seen.has(u));
  }

  private async readSet(userId: string, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.reads
      .createQueryBuilder('r')
      .where('r.userId = :userId', { userId })
      .andWhere('r.announcementId IN (:...ids)', { ids })
      .getMany();
    return new Set(rows.map((r) => r.announcementId));
  }

  private async find(id: string): Promise<Announcement> {
    const a = await this.announcements.findOneBy({ id });
    if (!a) throw notFound();
    return a;
  }
}

function cleanAudience(a: AnnouncementInputDto['audience']): AnnouncementInputDto['audience'] {
  return a.type === 'segment' ? segmentOf(a) : { type: a.type };
}

export function toDto(a: Announcement, read?: boolean): AnnouncementDto {
  return {
    id: a.id,
    kind: a.kind,
    title: a.title,
    body: a.body,
    bodyHtml: a.bodyHtml,
    audience: a.audience,
    status: a.status,
    pinned: a.pinned,
    publishAt: a.publishAt?.toISOString() ?? null,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    ...(read === undefined ? {} : { read }),
  };
}
