import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, LessThan, MoreThan, type DataSource, type FindOptionsWhere } from 'typeorm';
import { ErrorCode, type ChannelMessage as MessageView, type MessagePage } from '@cqo/contracts';
import type { RequestUser } from '../../platform/auth/request-user';
import { ApiException } from '../../platform/errors/api.exception';
import { renderMarkdown } from '../../platform/markdown/markdown';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppConfig } from '../../platform/config/app-config';
import { RateLimits } from '../../platform/rate-limit/rate-limits.service';
import { RealtimeService } from '../../platform/realtime/realtime.service';
import { channelRoom, isChannelStaff } from './channel-access';
import { ChannelsService, channelNotFound } from './channels.service';
import { MessageSearch } from './search-source';
import { NotificationsService } from '../notifications';
import type { MessageInputDto, MessageQuery } from './dto/channel.dto';
import { ChannelMember } from './entities/channel-member.entity';
import { ChannelMessage } from './entities/channel-message.entity';
import { Channel } from './entities/channel.entity';

/**
 * Messages: written to the database first, numbered in the order they commit, then pushed to the
 * channel's room. A sender's retry (same `clientId`) gets the stored message back, never a copy.
 */
@Injectable()
export class MessagesService {
  private readonly sendLimit: RateLimiterAbstract;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly channels: ChannelsService,
    private readonly realtime: RealtimeService,
    private readonly limits: RateLimits,
    private readonly search: MessageSearch,
    private readonly notifications: NotificationsService,
    config: AppConfig,
  ) {
    this.sendLimit = limits.create({
      name: 'channel-send',
      points: config.CHANNEL_MESSAGES_PER_MINUTE,
      windowSeconds: 60,
    });
  }

  async send(
    author: RequestUser,
    channelId: string,
    input: MessageInputDto,
  ): Promise<{ message: MessageView; created: boolean }> {
    const { row, created, tell } = await this.dataSource.transaction(async (manager) => {
      // The channel's row lock orders senders: the next number is taken, and committed, in turn,
      // so "everything after N" never misses a message that commits later with a smaller number.
      const channel = await manager.findOne(Channel, {
        where: { id: channelId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!channel) throw channelNotFound();
      const member = await manager.findOneBy(ChannelMember, { channelId, userId: author.id });
      if (!member) {
        await this.channels.readable(author, channelId);
        throw new ApiException(ErrorCode.CHANNEL_NOT_JOINED, 'Join the channel to write in it.');
      }
      const stored = await manager.findOneBy(ChannelMessage, {
        channelId,
        authorId: author.id,
        clientId: input.clientId,
      });
      if (stored) return { row: stored, created: false, tell: () => undefined };
      // Counted only for a new message: a client retrying after a timeout is never refused.
      await this.limits.consume([[this.sendLimit, author.id]], 'Too many messages.');
      if (channel.archived) throw new ApiException(ErrorCode.CHANNEL_ARCHIVED, 'The channel is archived.');
      if (input.parentId && !(await manager.existsBy(ChannelMessage, { id: input.parentId, channelId }))) {
        throw new ApiException(ErrorCode.MESSAGE_NOT_FOUND, 'The message replied to is not in this channel.');
      }
      // Only members of the channel can be mentioned (others could not read it); not oneself.
      const asked = [...new Set(input.mentions ?? [])].filter((id) => id !== author.id);
      const mentions = asked.length
        ? (await manager.findBy(ChannelMember, { channelId, userId: In(asked) })).map((m) => m.userId)
        : [];
      channel.lastSeq += 1;
      await manager.update(Channel, { id: channelId }, { lastSeq: channel.lastSeq });
      const row = await manager.save(
        manager.create(ChannelMessage, {
          channelId,
          seq: channel.lastSeq,
          authorId: author.id,
          clientId: input.clientId,
          body: input.body,
          bodyHtml: renderMarkdown(input.body),
          parentId: input.parentId ?? null,
          mentions,
        }),
      );
      await this.search.changed([row.id], manager);
      const tell = mentions.length
        ? await this.notifications.stage(
            mentions,
            {
              kind: 'channel',
              message: {
                key: 'message.mentioned',
                params: {
                  channel: channel.name,
                  author: (await this.channels.names([author.id])).get(author.id) || author.displayName,
                  excerpt: [...input.body].slice(0, 80).join(''),
                },
              },
              link: `/channels/${channelId}`,
            },
            manager,
          )
        : () => undefined;
      // One's own message is read.
      await manager.update(ChannelMember, { channelId, userId: author.id }, { lastReadSeq: channel.lastSeq });
      return { row, created: true, tell };
    });
    const [message] = await this.views([row], author);
    // After the commit: a receiver who hears of it can always read it.
    if (created) {
      tell();
      this.realtime.toRoom(channelRoom(channelId), 'message', message);
      this.search.soon();
    }
    return { message, created };
  }

  /** `after`: the next messages, oldest first; `before`: older history; neither: the latest. */
  async history(reader: RequestUser, channelId: string, query: MessageQuery): Promise<MessagePage> {
    await this.channels.readable(reader, channelId);
    const repo = this.dataSource.getRepository(ChannelMessage);
    const where: FindOptionsWhere<ChannelMessage> = { channelId };
    let rows: ChannelMessage[];
    if (query.after !== undefined) {
      rows = await repo.find({
        where: { ...where, seq: MoreThan(query.after) },
        order: { seq: 'ASC' },
        take: query.limit + 1,
      });
      const more = rows.length > query.limit;
      return { items: await this.views(rows.slice(0, query.limit), reader), more };
    }
    rows = await repo.find({
      where: query.before !== undefined ? { ...where, seq: LessThan(query.before) } : where,
      order: { seq: 'DESC' },
      take: query.limit + 1,
    });
    const more = rows.length > query.limit;
    return { items: await this.views(rows.slice(0, query.limit).reverse(), reader), more };
  }

  /** The reader has read up to `seq` (never backwards, never beyond the last message). */
  async read(reader: RequestUser, channelId: string, seq: number): Promise<{ lastReadSeq: number }> {
    const { channel, member } = await this.channels.readable(reader, channelId);
    if (!member) throw new ApiException(ErrorCode.CHANNEL_NOT_JOINED, 'Join the channel first.');
    await this.dataSource
      .createQueryBuilder()
      .update(ChannelMember)
      .set({
        lastReadSeq: () => `GREATEST(last_read_seq, LEAST(CAST(:seq AS integer), CAST(:last AS integer)))`,
      })
      .where({ channelId, userId: reader.id })
      .setParameters({ seq, last: channel.lastSeq })
      .execute();
    const after = await this.channels.membership(reader.id, channelId);
    return { lastReadSeq: after?.lastReadSeq ?? 0 };
  }

  /** Messages as `reader` sees them: a hidden one without its body, except for staff. */
  async views(rows: ChannelMessage[], reader: RequestUser | null): Promise<MessageView[]> {
    const names = await this.channels.names(rows.map((r) => r.authorId));
    const moderator = !!reader && isChannelStaff(reader);
    return rows.map((r) => {
      const shown = !r.hiddenAt || moderator;
      return {
        id: r.id,
        seq: r.seq,
        channelId: r.channelId,
        body: shown ? r.body : '',
        bodyHtml: shown ? r.bodyHtml : '',
        author: { id: r.authorId, displayName: names.get(r.authorId) ?? '' },
        parentId: r.parentId,
        clientId: r.clientId,
        createdAt: r.createdAt.toISOString(),
        hidden: !!r.hiddenAt,
        mentions: r.mentions,
      };
    });
  }
}
