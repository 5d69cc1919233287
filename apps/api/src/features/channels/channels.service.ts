import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import {
  can,
  ErrorCode,
  FieldErrorCode,
  Permission,
  type ChannelPerson,
  type ChannelSummary,
} from '@cqo/contracts';
import { AuditService } from '../../platform/audit/audit.service';
import { Clock } from '../../platform/clock/clock';
import { NotificationsService } from '../notifications';
import type { RequestUser } from '../../platform/auth/request-user';
import { ApiException } from '../../platform/errors/api.exception';
import { RealtimeService } from '../../platform/realtime/realtime.service';
import { UsersService } from '../accounts';
import { inAudience, MemberProfilesService } from '../directory';
import { channelRoom, isChannelStaff } from './channel-access';
import type { ChannelInputDto } from './dto/channel.dto';
import { ChannelMember } from './entities/channel-member.entity';
import { Channel } from './entities/channel.entity';
import { ChannelMessage } from './entities/channel-message.entity';
import { MessageReactionRow } from './entities/message-reaction.entity';
import { MessageReport } from './entities/message-report.entity';
import { SearchIndexer } from '../../platform/search/search-indexer';

export const channelNotFound = () => new ApiException(ErrorCode.CHANNEL_NOT_FOUND, 'No such channel.');

/**
 * Channels and who is in them: staff create them (and are in what they create), members see the
 * open channels whose audience fits their enterprise (the one targeting rule) and those they are
 * in, join and leave. A member's sockets are in the rooms of their channels.
 */
@Injectable()
export class ChannelsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: MemberProfilesService,
    private readonly users: UsersService,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly indexer: SearchIndexer,
  ) {}

  onModuleInit(): void {
    this.realtime.addRooms(async (userId) => (await this.channelIdsOf(userId)).map(channelRoom));
  }

  async create(staff: RequestUser, input: ChannelInputDto): Promise<Channel> {
    if (input.audience.type === 'public') {
      throw new ApiException(
        ErrorCode.VALIDATION_FAILED,
        'Channels are for members: choose all members or a segment.',
        [{ field: 'audience.type', code: FieldErrorCode.INVALID_VALUE }],
      );
    }
    const channel = await this.dataSource.transaction(async (manager) => {
      const c = await manager.save(
        manager.create(Channel, {
          name: input.name,
          description: input.description ?? '',
          kind: input.kind,
          audience: input.audience,
          visibility: input.visibility ?? 'open',
          createdBy: staff.id,
        }),
      );
      await manager.insert(ChannelMember, { channelId: c.id, userId: staff.id });
      return c;
    });
    this.realtime.join(staff.id, channelRoom(channel.id));
    return channel;
  }

  /** The channels this reader may see: those they are in, and the open ones meant for them. */
  async list(reader: RequestUser): Promise<ChannelSummary[]> {
    const [channels, memberships] = await Promise.all([
      this.dataSource.getRepository(Channel).find({ order: { createdAt: 'ASC' } }),
      this.dataSource.getRepository(ChannelMember).findBy({ userId: reader.id }),
    ]);
    const mine = new Map(memberships.map((m) => [m.channelId, m]));
    const fits = await this.fitter(reader);
    const visible = channels.filter((c) => mine.has(c.id) || (c.visibility === 'open' && fits(c)));
    if (!visible.length) return [];
    const ids = visible.map((c) => c.id);
    const [unread, members, directNames] = await Promise.all([
      this.unreadCounts(reader.id, mine),
      this.memberCounts(ids),
      this.otherPeople(
        reader.id,
        visible.filter((c) => c.kind === 'direct').map((c) => c.id),
      ),
    ]);
    return visible.map((c) => ({
      id: c.id,
      name: c.kind === 'direct' ? (directNames.get(c.id)?.displayName ?? '') : c.name,
      description: c.description,
      kind: c.kind,
      visibility: c.visibility,
      archived: c.archived,
      joined: mine.has(c.id),
      unread: unread.get(c.id)?.unread ?? 0,
      mentions: unread.get(c.id)?.mentions ?? 0,
      lastSeq: c.lastSeq,
      lastReadSeq: mine.get(c.id)?.lastReadSeq ?? 0,
      members: members.get(c.id) ?? 0,
      muted: mine.get(c.id)?.muted ?? false,
      silencedUntil: silencedUntil(mine.get(c.id), this.clock.now()),
      otherUserId: directNames.get(c.id)?.id ?? null,
    }));
  }

  /** The people in a channel, for @mention autocomplete (whoever may read it). */
  async people(reader: RequestUser, id: string): Promise<ChannelPerson[]> {
    await this.readable(reader, id);
    const members = await this.dataSource
      .getRepository(ChannelMember)
      .find({ where: { channelId: id }, order: { joinedAt: 'ASC' }, take: 2000 });
    const names = await this.names(members.map((m) => m.userId));
    return members
      .map((m) => ({ id: m.userId, displayName: names.get(m.userId) ?? '' }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN'));
  }

  /** Staff add people to a channel (how a private one fills); members only, and not twice. */
  async invite(staff: RequestUser, id: string, userIds: string[]): Promise<{ added: number }> {
    const channel = await this.dataSource.getRepository(Channel).findOneBy({ id });
    if (!channel || channel.kind === 'direct') throw channelNotFound();
    const people = await Promise.all([...new Set(userIds)].map((u) => this.users.findEnabled(u)));
    const members = people.filter((u): u is RequestUser => !!u && can(u.roles, Permission.MemberArea));
    if (members.length !== new Set(userIds).size) {
      throw new ApiException(ErrorCode.USER_NOT_FOUND, 'Only members of the alliance can be invited.');
    }
    if (!members.length) return { added: 0 };
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(ChannelMember)
      .values(members.map((u) => ({ channelId: id, userId: u.id, lastReadSeq: channel.lastSeq })))
      .orIgnore()
      .returning(['userId'])
      .execute();
    for (const u of members) this.realtime.join(u.id, channelRoom(id));
    await this.audit.record({
      actorId: staff.id,
      action: 'channel.invite',
      subjectType: 'channel',
      subjectId: id,
    });
    return { added: (result.raw as unknown[]).length };
  }

  /** A member mutes a channel for themselves: it stops counting in the navigation badge. */
  async setMuted(reader: RequestUser, id: string, muted: boolean): Promise<void> {
    const result = await this.dataSource
      .getRepository(ChannelMember)
      .update({ channelId: id, userId: reader.id }, { muted });
    if (!result.affected) throw new ApiException(ErrorCode.CHANNEL_NOT_JOINED, 'Join the channel first.');
  }

  /**
   * A moderator mutes a member in a channel for a while (0 minutes lifts it): they keep reading
   * but cannot write. The member is told, and it is audited.
   */
  async silence(
    staff: RequestUser,
    id: string,
    userId: string,
    minutes: number,
    reason: string,
  ): Promise<void> {
    const until = minutes ? new Date(this.clock.now().getTime() + minutes * 60_000) : null;
    const push = await this.dataSource.transaction(async (manager) => {
      const channel = await manager.findOneBy(Channel, { id });
      if (!channel) throw channelNotFound();
      const result = await manager.update(ChannelMember, { channelId: id, userId }, { silencedUntil: until });
      if (!result.affected)
        throw new ApiException(ErrorCode.USER_NOT_FOUND, 'That person is not in the channel.');
      await this.audit.record(
        {
          actorId: staff.id,
          action: until ? 'channel.silence' : 'channel.unsilence',
          subjectType: 'channel',
          subjectId: id,
          reason,
          meta: { userId, until: until?.toISOString() ?? null },
        },
        manager,
      );
      return this.notifications.stage(
        [userId],
        {
          kind: 'system',
          message: until
            ? {
                key: 'channel.silenced',
                params: { channel: channel.name, until: beijingTime(until), reason },
              }
            : { key: 'channel.unsilenced', params: { channel: channel.name } },
          link: `/channels/${id}`,
        },
        manager,
      );
    });
    push();
  }

  /** Staff archive a channel (read-only: no messages, no joining) or bring it back. */
  async setArchived(staff: RequestUser, id: string, archived: boolean): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(Channel, { id }, { archived });
      if (!result.affected) throw channelNotFound();
      await this.audit.record(
        {
          actorId: staff.id,
          action: archived ? 'channel.archive' : 'channel.unarchive',
          subjectType: 'channel',
          subjectId: id,
        },
        manager,
      );
    });
  }

  async join(reader: RequestUser, id: string): Promise<void> {
    const c = await this.dataSource.getRepository(Channel).findOneBy({ id });
    const member = c && (await this.membership(reader.id, id));
    if (!c || (!member && (c.visibility !== 'open' || !(await this.fitter(reader))(c))))
      throw channelNotFound();
    if (c.archived) throw new ApiException(ErrorCode.CHANNEL_ARCHIVED, 'The channel is archived.');
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(ChannelMember)
      // Read from here on: joining does not bring the whole history as unread.
      .values({ channelId: id, userId: reader.id, lastReadSeq: c.lastSeq })
      .orIgnore()
      .execute();
    this.realtime.join(reader.id, channelRoom(id));
  }

  async leave(reader: RequestUser, id: string): Promise<void> {
    const result = await this.dataSource
      .getRepository(ChannelMember)
      .delete({ channelId: id, userId: reader.id });
    if (!result.affected) throw channelNotFound();
    this.realtime.leave(reader.id, channelRoom(id));
  }

  /**
   * The channel for reading its messages: its members read it, staff too (moderation); an open
   * channel meant for the reader says "join first"; anything else does not exist for them.
   */
  async readable(
    reader: RequestUser,
    id: string,
  ): Promise<{ channel: Channel; member: ChannelMember | null }> {
    const channel = await this.dataSource.getRepository(Channel).findOneBy({ id });
    if (!channel) throw channelNotFound();
    const member = await this.membership(reader.id, id);
    if (member || isChannelStaff(reader)) return { channel, member };
    if (channel.visibility === 'open' && (await this.fitter(reader))(channel)) {
      throw new ApiException(ErrorCode.CHANNEL_NOT_JOINED, 'Join the channel to read and write in it.');
    }
    throw channelNotFound();
  }

  /** Deletes channels with everything in them (the demo's removal); their messages leave the search. */
  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.dataSource.transaction(async (manager) => {
      const messages = (
        await manager.find(ChannelMessage, { select: { id: true }, where: { channelId: In(ids) } })
      ).map((m) => m.id);
      if (messages.length) {
        await manager.delete(MessageReactionRow, { messageId: In(messages) });
        await manager.delete(MessageReport, { messageId: In(messages) });
        await manager.delete(ChannelMessage, { id: In(messages) });
        await this.indexer.queue('message', messages, manager);
      }
      await manager.delete(ChannelMember, { channelId: In(ids) });
      await manager.delete(Channel, { id: In(ids) });
    });
    this.indexer.soon();
  }

  /** The channels a user is in. */
  async channelIdsOf(userId: string): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(ChannelMember)
      .find({ select: { channelId: true }, where: { userId } });
    return rows.map((m) => m.channelId);
  }

  membership(userId: string, channelId: string): Promise<ChannelMember | null> {
    return this.dataSource.getRepository(ChannelMember).findOneBy({ channelId, userId });
  }

  /** Whether a channel's audience includes the reader (staff: every channel). */
  private async fitter(reader: RequestUser): Promise<(c: Channel) => boolean> {
    if (isChannelStaff(reader)) return () => true;
    const profile = await this.profiles.findByUser(reader.id);
    return (c) => inAudience(c.audience, profile, true);
  }

  /** Per channel the reader is in: messages after their last read one, not their own, and those mentioning them. */
  private async unreadCounts(
    userId: string,
    mine: Map<string, ChannelMember>,
  ): Promise<Map<string, { unread: number; mentions: number }>> {
    if (!mine.size) return new Map();
    const rows: { channel_id: string; n: number; mentions: number }[] = await this.dataSource.query(
      `SELECT m.channel_id, count(*)::int AS n,
              count(*) FILTER (WHERE $1::uuid = ANY(m.mentions))::int AS mentions
         FROM channel_messages m
         JOIN channel_members cm ON cm.channel_id = m.channel_id AND cm.user_id = $1
        WHERE m.seq > cm.last_read_seq AND m.author_id <> $1 AND m.deleted_at IS NULL
        GROUP BY m.channel_id`,
      [userId],
    );
    return new Map(rows.map((r) => [r.channel_id, { unread: r.n, mentions: r.mentions }]));
  }

  /** A channel's name as this reader sees it (a direct conversation is named after the other person). */
  async titleFor(readerId: string, channelId: string): Promise<string> {
    const channel = await this.dataSource.getRepository(Channel).findOneBy({ id: channelId });
    if (channel?.kind !== 'direct') return channel?.name ?? '';
    return (await this.otherPeople(readerId, [channelId])).get(channelId)?.displayName ?? '';
  }

  /** For direct conversations: the other person. */
  private async otherPeople(userId: string, channelIds: string[]): Promise<Map<string, ChannelPerson>> {
    if (!channelIds.length) return new Map();
    const others = await this.dataSource
      .getRepository(ChannelMember)
      .createQueryBuilder('m')
      .where({ channelId: In(channelIds) })
      .andWhere('m.userId <> :userId', { userId })
      .getMany();
    const names = await this.names(others.map((o) => o.userId));
    return new Map(
      others.map((o) => [o.channelId, { id: o.userId, displayName: names.get(o.userId) ?? '' }]),
    );
  }

  /** People as channels name them: their directory name, else their account's. */
  async names(ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    const [profileNames, accountNames] = await Promise.all([
      this.profiles.names(unique),
      this.users.displayNames(unique),
    ]);
    return new Map(unique.map((id) => [id, profileNames.get(id) ?? accountNames.get(id) ?? '']));
  }

  private async memberCounts(ids: string[]): Promise<Map<string, number>> {
    const rows = await this.dataSource
      .getRepository(ChannelMember)
      .createQueryBuilder('m')
      .select('m.channelId', 'channelId')
      .addSelect('count(*)::int', 'n')
      .where({ channelId: In(ids) })
      .groupBy('m.channelId')
      .getRawMany<{ channelId: string; n: number }>();
    return new Map(rows.map((r) => [r.channelId, r.n]));
  }
}

/** A moment as people in Zhuhai read it (notifications carry words, not instants). */
function beijingTime(at: Date): string {
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'short',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(at);
}

/** A moderator's mute still running, as the member's list tells it. */
function silencedUntil(member: ChannelMember | undefined, now: Date): string | null {
  return member?.silencedUntil && member.silencedUntil > now ? member.silencedUntil.toISOString() : null;
}
