import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { ChannelMessage as MessageView, MessageReaction } from '@cqo/contracts';
import type { RequestUser } from '../../platform/auth/request-user';
import { RealtimeService } from '../../platform/realtime/realtime.service';
import { channelRoom, isChannelStaff } from './channel-access';
import { ChannelsService } from './channels.service';
import { ChannelMessage } from './entities/channel-message.entity';
import { MessageReactionRow } from './entities/message-reaction.entity';

/** Messages as readers see them (names, reactions, what a hidden or deleted one keeps), and their updates pushed. */
@Injectable()
export class MessageViews {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly channels: ChannelsService,
    private readonly realtime: RealtimeService,
  ) {}

  /** Tells the channel's room that a message changed (as everyone but staff sees it). */
  async broadcastUpdate(messageId: string, manager?: EntityManager): Promise<void> {
    const repo = (manager ?? this.dataSource.manager).getRepository(ChannelMessage);
    const row = await repo.findOneBy({ id: messageId });
    if (!row) return;
    const [view] = await this.views([row], null);
    this.realtime.toRoom(channelRoom(row.channelId), 'message:updated', view);
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
