import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource } from 'typeorm';
import { ErrorCode, type MessageReport as ReportView } from '@cqo/contracts';
import { AuditService } from '../../platform/audit/audit.service';
import type { RequestUser } from '../../platform/auth/request-user';
import { Clock } from '../../platform/clock/clock';
import { ApiException } from '../../platform/errors/api.exception';
import { RealtimeService } from '../../platform/realtime/realtime.service';
import { NotificationsService } from '../notifications';
import { channelRoom } from './channel-access';
import { ChannelsService } from './channels.service';
import { ChannelMessage } from './entities/channel-message.entity';
import { Channel } from './entities/channel.entity';
import { MessageReport } from './entities/message-report.entity';
import { MessagesService } from './messages.service';
import { MessageViews } from './message-views';
import { MessageSearch } from './search-source';

const messageNotFound = () => new ApiException(ErrorCode.MESSAGE_NOT_FOUND, 'No such message.');

/**
 * Members report a message; staff see the open reports and hide a message. A hidden message keeps
 * its place and number, its body is gone for everyone but staff, its author is told, and the
 * hiding is audited.
 */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly channels: ChannelsService,
    private readonly messages: MessagesService,
    private readonly views: MessageViews,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly realtime: RealtimeService,
    private readonly clock: Clock,
    private readonly search: MessageSearch,
  ) {}

  /** Whoever may read the message may report it, once (a second report changes nothing). */
  async report(reader: RequestUser, messageId: string, reason: string): Promise<void> {
    const message = await this.dataSource.getRepository(ChannelMessage).findOneBy({ id: messageId });
    if (!message) throw messageNotFound();
    await this.channels.readable(reader, message.channelId);
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(MessageReport)
      .values({ messageId, reporterId: reader.id, reason })
      .orIgnore()
      .execute();
  }

  /** Open reports, oldest first, with the message as it was written. */
  async queue(staff: RequestUser): Promise<ReportView[]> {
    const reports = await this.dataSource
      .getRepository(MessageReport)
      .find({ where: { resolvedAt: IsNull() }, order: { createdAt: 'ASC' }, take: 200 });
    if (!reports.length) return [];
    const messages = await this.dataSource
      .getRepository(ChannelMessage)
      .findBy({ id: In([...new Set(reports.map((r) => r.messageId))]) });
    const byId = new Map(messages.map((m) => [m.id, m]));
    const channels = await this.dataSource
      .getRepository(Channel)
      .findBy({ id: In([...new Set(messages.map((m) => m.channelId))]) });
    const channelNames = new Map(channels.map((c) => [c.id, c.name]));
    const views = new Map((await this.views.views(messages, staff)).map((v) => [v.id, v]));
    const reporters = await this.channels.names(reports.map((r) => r.reporterId));
    return reports
      .filter((r) => byId.has(r.messageId))
      .map((r) => {
        const m = views.get(r.messageId)!;
        return {
          id: r.id,
          messageId: r.messageId,
          channelId: m.channelId,
          channelName: channelNames.get(m.channelId) ?? '',
          body: m.body,
          author: m.author,
          reporter: { id: r.reporterId, displayName: reporters.get(r.reporterId) ?? '' },
          reason: r.reason,
          createdAt: r.createdAt.toISOString(),
        };
      });
  }

  async hide(staff: RequestUser, messageId: string, reason: string): Promise<void> {
    const push = await this.dataSource.transaction(async (manager) => {
      const message = await manager.findOne(ChannelMessage, {
        where: { id: messageId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!message) throw messageNotFound();
      if (message.hiddenAt) return () => undefined;
      message.hiddenAt = this.clock.now();
      message.hiddenBy = staff.id;
      await manager.save(message);
      await manager.update(
        MessageReport,
        { messageId, resolvedAt: IsNull() },
        { resolvedAt: this.clock.now() },
      );
      // A hidden message leaves the search.
      await this.search.changed([messageId], manager);
      const channel = await manager.findOneByOrFail(Channel, { id: message.channelId });
      await this.audit.record(
        { actorId: staff.id, action: 'message.hide', subjectType: 'message', subjectId: messageId, reason },
        manager,
      );
      return this.notifications.stage(
        [message.authorId],
        {
          kind: 'system',
          message: { key: 'message.hidden', params: { channel: channel.name, reason } },
          link: `/channels/${channel.id}`,
        },
        manager,
      );
    });
    push();
    this.search.soon();
    const row = await this.dataSource.getRepository(ChannelMessage).findOneByOrFail({ id: messageId });
    // Everyone in the room gets the body-less version; staff read the body through the API.
    const [hidden] = await this.views.views([row], null);
    this.realtime.toRoom(channelRoom(row.channelId), 'message:updated', hidden);
  }
}
