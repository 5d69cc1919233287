import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, In, type EntityManager, type Repository } from 'typeorm';
import type { AppNotification, NotificationKind, NotificationPage } from '@cqo/contracts';
import { RealtimeService } from '../../platform/realtime/realtime.service';
import { Notification } from './entities/notification.entity';

export interface NewNotification {
  kind: NotificationKind;
  title: string;
  body?: string | null;
  link?: string | null;
}

/** In-app notifications: written by features (inside their own transaction when given one), read by users. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly realtime: RealtimeService,
  ) {}

  /** Writes and pushes at once (outside any transaction). */
  async notify(userIds: string[], note: NewNotification): Promise<void> {
    (await this.stage(userIds, note))();
  }

  /**
   * Writes inside the caller's transaction and answers the push to run after it commits,
   * so nobody is told of something that was rolled back.
   */
  async stage(userIds: string[], note: NewNotification, manager?: EntityManager): Promise<() => void> {
    if (!userIds.length) return () => undefined;
    const repo = manager?.getRepository(Notification) ?? this.notifications;
    const rows = userIds.map((userId) => ({
      userId,
      kind: note.kind,
      title: note.title.slice(0, 200),
      body: note.body ?? null,
      link: note.link ?? null,
      readAt: null,
    }));
    const { generatedMaps } = await repo.insert(rows);
    return () =>
      rows.forEach((row, i) => {
        const { id, createdAt } = generatedMaps[i] as { id: string; createdAt: Date };
        this.realtime.toUser(row.userId, 'notification', toDto({ ...row, id, createdAt } as Notification));
      });
  }

  async list(userId: string, page: number, pageSize: number, unreadOnly = false): Promise<NotificationPage> {
    const where = unreadOnly ? { userId, readAt: IsNull() } : { userId };
    const [rows, total] = await this.notifications.findAndCount({
      where,
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: rows.map(toDto), total, unread: await this.unread(userId) };
  }

  unread(userId: string): Promise<number> {
    return this.notifications.count({ where: { userId, readAt: IsNull() } });
  }

  /** Marks some (only the user's own) or all as read; answers the unread count left. */
  async markRead(userId: string, ids: string[] | 'all'): Promise<number> {
    const where = ids === 'all' ? { userId, readAt: IsNull() } : { userId, readAt: IsNull(), id: In(ids) };
    if (ids === 'all' || ids.length) await this.notifications.update(where, { readAt: new Date() });
    return this.unread(userId);
  }
}

function toDto(n: Notification): AppNotification {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    readAt: n.readAt?.toISOString() ?? null,
    createdAt: n.createdAt.toISOString(),
  };
}
