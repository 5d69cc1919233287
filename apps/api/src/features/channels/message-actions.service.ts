import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, Not, IsNull, type DataSource } from 'typeorm';
import { ErrorCode, type ChannelMessage as MessageView, type MessageReactionKey } from '@cqo/contracts';
import { AuditService } from '../../platform/audit/audit.service';
import type { RequestUser } from '../../platform/auth/request-user';
import { Clock } from '../../platform/clock/clock';
import { ApiException } from '../../platform/errors/api.exception';
import { renderMarkdown } from '../../platform/markdown/markdown';
import { RealtimeService } from '../../platform/realtime/realtime.service';
import { channelRoom, isChannelStaff } from './channel-access';
import { ChannelsService } from './channels.service';
import type { MessageEditDto } from './dto/channel.dto';
import { ChannelMember } from './entities/channel-member.entity';
import { ChannelMessage } from './entities/channel-message.entity';
import { MessageReactionRow } from './entities/message-reaction.entity';
import { MessagesService, messageNotFound } from './messages.service';
import { MessageViews } from './message-views';
import { MessageSearch } from './search-source';

const notEditable = (why: string) => new ApiException(ErrorCode.MESSAGE_NOT_EDITABLE, why);

/**
 * What happens to a message after it is sent: its author edits it (marked edited) or deletes it
 * (a tombstone keeps its number, so "after N" stays gap-free), members react, staff pin. Every
 * change is pushed to the channel's room after it commits.
 */
@Injectable()
export class MessageActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly channels: ChannelsService,
    private readonly messages: MessagesService,
    private readonly views: MessageViews,
    private readonly realtime: RealtimeService,
    private readonly search: MessageSearch,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async edit(author: RequestUser, id: string, input: MessageEditDto): Promise<MessageView> {
    await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(ChannelMessage, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw messageNotFound();
      if (row.authorId !== author.id) {
        await this.messages.findReadable(author, id);
        throw notEditable('Only its author edits a message.');
      }
      if (row.deletedAt || row.hiddenAt) throw notEditable('A deleted or hidden message cannot be edited.');
      const asked = [...new Set(input.mentions ?? row.mentions)].filter((u) => u !== author.id);
      const members = asked.length
        ? await manager.findBy(ChannelMember, { channelId: row.channelId, userId: In(asked) })
        : [];
      row.body = input.body;
      row.bodyHtml = renderMarkdown(input.body);
      row.mentions = members.map((m) => m.userId);
      row.editedAt = this.clock.now();
      await manager.save(row);
      await this.search.changed([id], manager);
    });
    this.search.soon();
    await this.views.broadcastUpdate(id);
    return this.viewFor(author, id);
  }

  /** Its author, or a moderator, deletes a message: a tombstone without body or files. */
  async remove(caller: RequestUser, id: string): Promise<void> {
    const row = await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(ChannelMessage, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw messageNotFound();
      const moderator = isChannelStaff(caller);
      if (row.authorId !== caller.id && !moderator) {
        await this.messages.findReadable(caller, id);
        throw notEditable('Only its author or a moderator deletes a message.');
      }
      if (row.deletedAt) return null;
      row.deletedAt = this.clock.now();
      row.body = '';
      row.bodyHtml = '';
      row.attachments = [];
      row.pinnedAt = null;
      row.pinnedBy = null;
      await manager.save(row);
      await manager.delete(MessageReactionRow, { messageId: id });
      await this.search.changed([id], manager);
      if (row.authorId !== caller.id) {
        await this.audit.record(
          { actorId: caller.id, action: 'message.delete', subjectType: 'message', subjectId: id },
          manager,
        );
      }
      return row;
    });
    if (!row) return;
    this.search.soon();
    this.realtime.toRoom(channelRoom(row.channelId), 'message:deleted', {
      channelId: row.channelId,
      id: row.id,
      seq: row.seq,
    });
  }

  /** React (again: no change) or take the reaction back. */
  async react(reader: RequestUser, id: string, key: MessageReactionKey, on: boolean): Promise<MessageView> {
    const row = await this.messages.findReadable(reader, id);
    if (row.deletedAt) throw notEditable('A deleted message takes no reactions.');
    const member = await this.channels.membership(reader.id, row.channelId);
    if (!member) throw new ApiException(ErrorCode.CHANNEL_NOT_JOINED, 'Join the channel to react.');
    if (on) {
      await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(MessageReactionRow)
        .values({ messageId: id, userId: reader.id, key })
        .orIgnore()
        .execute();
    } else {
      await this.dataSource
        .getRepository(MessageReactionRow)
        .delete({ messageId: id, userId: reader.id, key });
    }
    await this.views.broadcastUpdate(id);
    return this.viewFor(reader, id);
  }

  /** Staff pin a message to the channel (or unpin it). */
  async pin(staff: RequestUser, id: string, on: boolean): Promise<MessageView> {
    const row = await this.messages.findReadable(staff, id);
    if (row.deletedAt && on) throw notEditable('A deleted message cannot be pinned.');
    await this.dataSource
      .getRepository(ChannelMessage)
      .update(
        { id },
        on ? { pinnedAt: this.clock.now(), pinnedBy: staff.id } : { pinnedAt: null, pinnedBy: null },
      );
    await this.views.broadcastUpdate(id);
    return this.viewFor(staff, id);
  }

  async pinned(reader: RequestUser, channelId: string): Promise<MessageView[]> {
    await this.channels.readable(reader, channelId);
    const rows = await this.dataSource
      .getRepository(ChannelMessage)
      .find({ where: { channelId, pinnedAt: Not(IsNull()) }, order: { pinnedAt: 'DESC' }, take: 50 });
    return this.views.views(rows, reader);
  }

  private async viewFor(reader: RequestUser, id: string): Promise<MessageView> {
    const row = await this.dataSource.getRepository(ChannelMessage).findOneByOrFail({ id });
    const [view] = await this.views.views([row], reader);
    return view;
  }
}
