import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, In, LessThan, MoreThan, type DataSource, type FindOptionsWhere } from 'typeorm';
import { ErrorCode, type MessageAttachment, type MessagePage } from '@cqo/contracts';
import { Clock } from '../../platform/clock/clock';
import { FilesService } from '../../platform/files/files.service';
import type { RequestUser } from '../../platform/auth/request-user';
import { ApiException } from '../../platform/errors/api.exception';
import { renderMarkdown } from '../../platform/markdown/markdown';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppConfig } from '../../platform/config/app-config';
import { RateLimits } from '../../platform/rate-limit/rate-limits.service';
import { ChannelsService, channelNotFound } from './channels.service';
import { MessageViews } from './message-views';
import { MessageWriter, type Written } from './message-writer';
import type { MessageInputDto, MessageQuery } from './dto/channel.dto';
import { ChannelMember } from './entities/channel-member.entity';
import { ChannelMessage } from './entities/channel-message.entity';
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
    private readonly limits: RateLimits,
    private readonly files: FilesService,
    private readonly clock: Clock,
    private readonly views: MessageViews,
    private readonly writer: MessageWriter,
    config: AppConfig,
  ) {
    this.sendLimit = limits.create({
      name: 'channel-send',
      points: config.CHANNEL_MESSAGES_PER_MINUTE,
      windowSeconds: 60,
    });
  }

  async send(author: RequestUser, channelId: string, input: MessageInputDto): Promise<Written> {
    // Everything that does not depend on the order of messages is checked here, before the writer
    // takes the channel's lock for numbering and storing.
    const repo = this.dataSource.getRepository(ChannelMessage);
    // The channel, the sender's membership and a message already stored under this clientId, in
    // one statement: this runs for every message sent.
    const [state] = (await this.dataSource.query(
      `SELECT c.archived, m.user_id IS NOT NULL AS member, m.silenced_until, s.id AS stored_id
         FROM channels c
         LEFT JOIN channel_members m ON m.channel_id = c.id AND m.user_id = $2
         LEFT JOIN channel_messages s ON s.channel_id = c.id AND s.author_id = $2 AND s.client_id = $3
        WHERE c.id = $1`,
      [channelId, author.id, input.clientId],
    )) as { archived: boolean; member: boolean; silenced_until: Date | null; stored_id: string | null }[];
    if (!state) throw channelNotFound();
    if (!state.member) {
      await this.channels.readable(author, channelId);
      throw new ApiException(ErrorCode.CHANNEL_NOT_JOINED, 'Join the channel to write in it.');
    }
    if (state.stored_id) {
      const stored = await repo.findOneByOrFail({ id: state.stored_id });
      return { message: (await this.views.views([stored], author))[0], created: false };
    }
    if (state.archived) throw new ApiException(ErrorCode.CHANNEL_ARCHIVED, 'The channel is archived.');
    const silencedUntil = state.silenced_until ? new Date(state.silenced_until) : null;
    if (silencedUntil && silencedUntil > this.clock.now()) {
      throw new ApiException(
        ErrorCode.CHANNEL_MEMBER_SILENCED,
        `A moderator muted you in this channel until ${silencedUntil.toISOString()}.`,
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
    // Counted only for a new message: a client retrying after a timeout is never refused.
    await this.limits.consume([[this.sendLimit, author.id]], 'Too many messages.');
    const authorName = mentions.length
      ? (await this.channels.names([author.id])).get(author.id) || author.displayName
      : '';
    return this.writer.write({
      channelId,
      authorId: author.id,
      authorName,
      clientId: input.clientId,
      body: input.body,
      bodyHtml: renderMarkdown(input.body),
      parentId: threadId,
      mentions,
      attachments,
    });
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
      return { items: await this.views.views(rows, reader), more: (rows[0]?.seq ?? 1) > 1 };
    }
    if (query.after !== undefined) {
      rows = await repo.find({
        where: { ...where, seq: MoreThan(query.after) },
        order: { seq: 'ASC' },
        take: query.limit + 1,
      });
      const more = rows.length > query.limit;
      return { items: await this.views.views(rows.slice(0, query.limit), reader), more };
    }
    rows = await repo.find({
      where: query.before !== undefined ? { ...where, seq: LessThan(query.before) } : where,
      order: { seq: 'DESC' },
      take: query.limit + 1,
    });
    const more = rows.length > query.limit;
    return { items: await this.views.views(rows.slice(0, query.limit).reverse(), reader), more };
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
    return { items: await this.views.views([root, ...replies], reader), more: replies.length === 1000 };
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
}

export const messageNotFound = () => new ApiException(ErrorCode.MESSAGE_NOT_FOUND, 'No such message.');
