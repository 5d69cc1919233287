import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Between,
  In,
  LessThan,
  MoreThan,
  type DataSource,
  type EntityManager,
  type FindOptionsWhere,
} from 'typeorm';
import {
  ErrorCode,
  type ChannelMessage as MessageView,
  type MessageAttachment,
  type MessagePage,
  type MessageReaction,
} from '@cqo/contracts';
import { Clock } from '../../platform/clock/clock';
import { FilesService } from '../../platform/files/files.service';
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
import { MessageReactionRow } from './entities/message-reaction.entity';
import { CHANNEL_FILES } from './channel-files';

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
    private readonly files: FilesService,
    private readonly clock: Clock,
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
    // Everything that does not depend on the order of messages is checked before the lock, so the
    // lock is held only for numbering and writing.
    const repo = this.dataSource.getRepository(ChannelMessage);
    const [channel, member] = await Promise.all([
      this.dataSource.getRepository(Channel).findOneBy({ id: channelId }),
      this.channels.membership(author.id, channelId),
    ]);
    if (!channel) throw channelNotFound();
    if (!member) {
      await this.channels.readable(author, channelId);
      throw new ApiException(ErrorCode.CHANNEL_NOT_JOINED, 'Join the channel to write in it.');
    }
    const key = { channelId, authorId: author.id, clientId: input.clientId };
    const stored = await repo.findOneBy(key);
    if (stored) return { message: (await this.views([stored], author))[0], created: false };
    if (channel.archived) throw new ApiException(ErrorCode.CHANNEL_ARCHIVED, 'The channel is archived.');
    if (member.silencedUntil && member.silencedUntil > this.clock.now()) {
      throw new ApiException(
        ErrorCode.CHANNEL_MEMBER_SILENCED,
        `A moderator muted you in this channel until ${member.silencedUntil.toISOString()}.`,
      );
    }
    const parent = input.parentId ? await repo.findOneBy({ id: input.parentId, channelId }) : null;
    if (input.parentId && !parent) {
      throw new ApiException(ErrorCode.MESSAGE_NOT_FOUND, 'The message replied to is not in this channel.');
    }
    // Threads are one level deep: a reply to a reply joins the same thread.
    const threadId = parent?.parentId ?? parent?.id ?? null;
    const attachments = await this.attachable(author, channelId, input.attachments ?? []);
    // Only members of the channel can be mentioned (others could not read it); not oneself.
    const asked = [...new Set(input.mentions ?? [])].filter((id) => id !== author.id);
    const mentions = asked.length
      ? (await this.dataSource.getRepository(ChannelMember).findBy({ channelId, userId: In(asked) })).map(
          (m) => m.userId,
        )
      : [];
    const bodyHtml = renderMarkdown(input.body);
    // Counted only for a new message: a client retrying after a timeout is never refused.
    await this.limits.consume([[this.sendLimit, author.id]], 'Too many messages.');
    const authorName = mentions.length
      ? (await this.channels.names([author.id])).get(author.id) || author.displayName
      : '';

    let outcome: { row: ChannelMessage; tell: () => void };
    try {
      outcome = await this.dataSource.transaction(async (manager) => {
        // The channel's row lock orders senders: the next number is taken, and committed, in turn,
        // so "everything after N" never misses a message that commits later with a smaller number.
        const numbered = await manager
          .createQueryBuilder()
          .update(Channel)
          .set({ lastSeq: () => 'last_seq + 1' })
          .where({ id: channelId })
          .returning(['lastSeq'])
          .execute();
        const seq = Number((numbered.raw as { last_seq: number }[])[0].last_seq);
        // A retry that raced its first attempt meets it here (it committed while this one waited
        // for the lock): nothing is inserted, and the rollback returns the number.
        const values = {
          ...key,
          seq,
          body: input.body,
          bodyHtml,
          parentId: threadId,
          mentions,
          attachments,
        };
        const inserted = await manager
          .createQueryBuilder()
          .insert()
          .into(ChannelMessage)
          .values(values)
          .orIgnore()
          .returning(['id', 'createdAt'])
          .execute();
        const made = (inserted.raw as { id: string; created_at: Date }[])[0];
        if (!made) throw new AlreadyStored(await manager.findOneByOrFail(ChannelMessage, key));
        const row = manager.create(ChannelMessage, {
          ...values,
          id: made.id,
          createdAt: new Date(made.created_at),
          hiddenAt: null,
          hiddenBy: null,
          editedAt: null,
          deletedAt: null,
          pinnedAt: null,
          pinnedBy: null,
          replyCount: 0,
          lastReplyAt: null,
        });
        if (threadId) {
          await manager
            .createQueryBuilder()
            .update(ChannelMessage)
            .set({ replyCount: () => 'reply_count + 1', lastReplyAt: row.createdAt })
            .where({ id: threadId })
            .execute();
        }
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
                    author: authorName,
                    excerpt: [...input.body].slice(0, 80).join(''),
                  },
                },
                link: `/channels/${channelId}`,
              },
              manager,
            )
          : () => undefined;
        return { row, tell };
      });
    } catch (error) {
      // Rolled back (its number with it): the stored message is the answer.
      if (error instanceof AlreadyStored)
        return { message: (await this.views([error.row], author))[0], created: false };
      throw error;
    }
    const { row, tell } = outcome;
    // One's own message is read (after the lock: never backwards, whatever order two sends finish in).
    await this.dataSource
      .createQueryBuilder()
      .update(ChannelMember)
      .set({ lastReadSeq: () => `GREATEST(last_read_seq, ${Number(row.seq)})` })
      .where({ channelId, userId: author.id })
      .execute();
    const [message] = await this.views([row], author, { fresh: true });
    // After the commit: a receiver who hears of it can always read it.
    tell();
    this.realtime.toRoom(channelRoom(channelId), 'message', message);
    if (row.parentId) await this.broadcastUpdate(row.parentId);
    this.search.soon();
    return { message, created: true };
  }

  /** Files the author uploaded to this channel, as the message keeps them. */
  private async attachable(
    author: RequestUser,
    channelId: string,
    ids: string[],
  ): Promise<MessageAttachment[]> {
    const out: MessageAttachment[] = [];
    for (const id of new Set(ids)) {
      const file = await this.files.findFor(CHANNEL_FILES, channelId, id);
      if (file.ownerId !== author.id) {
        throw new ApiException(ErrorCode.FILE_NOT_FOUND, 'Attach only files you uploaded to this channel.');
      }
      out.push({ id: file.id, name: file.name, contentType: file.contentType, size: file.size });
    }
    return out;
  }

  /** Tells the channel's room that a message changed (as everyone but staff sees it). */
  async broadcastUpdate(messageId: string, manager?: EntityManager): Promise<void> {
    const repo = (manager ?? this.dataSource.manager).getRepository(ChannelMessage);
    const row = await repo.findOneBy({ id: messageId });
    if (!row) return;
    const [view] = await this.views([row], null);
    this.realtime.toRoom(channelRoom(row.channelId), 'message:updated', view);
  }

  /**
   * `after`: the next messages, oldest first; `before`: older history; `around`: a window centred
   * on one message (a permalink); none: the latest. Replies are included (their `parentId` says
   * which thread): catching up "after N" must never skip one.
   */
  async history(reader: RequestUser, channelId: string, query: MessageQuery): Promise<MessagePage> {
    await this.channels.readable(reader, channelId);
    const repo = this.dataSource.getRepository(ChannelMessage);
    const where: FindOptionsWhere<ChannelMessage> = { channelId };
    let rows: ChannelMessage[];
    if (query.around !== undefined) {
      const half = Math.floor(query.limit / 2);
      rows = await repo.find({
        where: { ...where, seq: Between(Math.max(1, query.around - half), query.around + half) },
        order: { seq: 'ASC' },
      });
      return { items: await this.views(rows, reader), more: (rows[0]?.seq ?? 1) > 1 };
    }
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

  /** The replies of a thread, oldest first, after its first message. */
  async thread(reader: RequestUser, messageId: string): Promise<MessagePage> {
    const parent = await this.findReadable(reader, messageId);
    const root = parent.parentId
      ? await this.dataSource.getRepository(ChannelMessage).findOneByOrFail({ id: parent.parentId })
      : parent;
    const replies = await this.dataSource
      .getRepository(ChannelMessage)
      .find({ where: { parentId: root.id }, order: { seq: 'ASC' }, take: 1000 });
    return { items: await this.views([root, ...replies], reader), more: replies.length === 1000 };
  }

  /** A message the reader may read (else 404, as if it did not exist). */
  async findReadable(reader: RequestUser, messageId: string): Promise<ChannelMessage> {
    const row = await this.dataSource.getRepository(ChannelMessage).findOneBy({ id: messageId });
    if (!row) throw messageNotFound();
    try {
      await this.channels.readable(reader, row.channelId);
    } catch (error) {
      if (error instanceof ApiException && error.code === ErrorCode.CHANNEL_NOT_JOINED) throw error;
      throw messageNotFound();
    }
    return row;
  }

  /** Messages as `reader` sees them: a hidden one without its body, except for staff; a deleted one never. */
  async views(
    rows: ChannelMessage[],
    reader: RequestUser | null,
    { fresh = false }: { fresh?: boolean } = {},
  ): Promise<MessageView[]> {
    const [names, reactions] = await Promise.all([
      this.channels.names(rows.map((r) => r.authorId)),
      // A message just written has no reactions yet.
      fresh ? new Map<string, MessageReaction[]>() : this.reactionsOf(rows.map((r) => r.id)),
    ]);
    const moderator = !!reader && isChannelStaff(reader);
    return rows.map((r) => {
      const shown = !r.deletedAt && (!r.hiddenAt || moderator);
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
        editedAt: r.editedAt?.toISOString() ?? null,
        deleted: !!r.deletedAt,
        pinned: !!r.pinnedAt,
        replyCount: r.replyCount,
        lastReplyAt: r.lastReplyAt?.toISOString() ?? null,
        reactions: reactions.get(r.id) ?? [],
        attachments: shown ? r.attachments : [],
      };
    });
  }

  /** Per message its reactions, in the order of the reaction set. */
  private async reactionsOf(ids: string[]): Promise<Map<string, MessageReaction[]>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource
      .getRepository(MessageReactionRow)
      .find({ where: { messageId: In(ids) }, order: { createdAt: 'ASC' } });
    const out = new Map<string, MessageReaction[]>();
    for (const r of rows) {
      const list = out.get(r.messageId) ?? [];
      let entry = list.find((e) => e.key === r.key);
      if (!entry) list.push((entry = { key: r.key, count: 0, userIds: [] }));
      entry.count += 1;
      entry.userIds.push(r.userId);
      out.set(r.messageId, list);
    }
    return out;
  }
}

/** Thrown inside the sending transaction to roll it back when a racing retry already stored the message. */
class AlreadyStored extends Error {
  constructor(readonly row: ChannelMessage) {
    super('already stored');
  }
}

export const messageNotFound = () => new ApiException(ErrorCode.MESSAGE_NOT_FOUND, 'No such message.');
