import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, type EntityManager, type Repository } from 'typeorm';
import {
  DEFAULT_NOTIFICATION_PREFERENCES,
  NOTIFICATION_KINDS,
  mailWords,
  renderNotification,
  type AppNotification,
  type NotificationKind,
  type NotificationMessage,
  type NotificationPage,
  type NotificationPreferences,
} from '@cqo/contracts';
import { AppConfig } from '../../platform/config/app-config';
import { JobsService } from '../../platform/jobs/jobs.service';
import type { NoPayload } from '../../platform/jobs/job-payloads';
import { MailService } from '../../platform/mail/mail.service';
import { RealtimeService } from '../../platform/realtime/realtime.service';
import { UsersService } from '../accounts';
import { NotificationPreference } from './entities/notification-preference.entity';
import { Notification } from './entities/notification.entity';

export interface NewNotification {
  kind: NotificationKind;
  message: NotificationMessage;
  link?: string | null;
}

export const MAIL_JOB = 'notifications.mail';
export const DIGEST_JOB = 'notifications.digest';

declare module '../../platform/jobs/job-payloads' {
  interface JobPayloads {
    /** E-mail these notifications now (their owners asked for instant mail). */
    'notifications.mail': { ids: string[] };
    /** The daily digest, 08:00 Beijing time. */
    'notifications.digest': NoPayload;
  }
}
const DAY_MS = 86_400_000;

/**
 * In-app notifications and their e-mails, as each user chose per kind: in the app or not, and
 * by e-mail at once, in a daily digest, or not. Features write inside their own transaction and
 * push after it commits; e-mail always goes out from a background job, never inside a request.
 */
@Injectable()
export class NotificationsService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(NotificationsService.name);
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    @InjectRepository(NotificationPreference) private readonly prefs: Repository<NotificationPreference>,
    private readonly realtime: RealtimeService,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(MAIL_JOB, (payload, manager) => this.sendInstant(payload.ids, manager));
    this.jobs.register(DIGEST_JOB, (_payload, manager) => this.sendDigests(manager));
  }

  async onApplicationBootstrap(): Promise<void> {
    // Scheduled even where this process runs no worker: another one may.
    // One daily digest run, whichever process starts first (the key, the run's time, keeps it single).
    await this.scheduleDigest(new Date()).catch((error: unknown) =>
      this.logger.warn({ err: error }, 'Could not schedule the daily digest'),
    );
  }

  /** Writes and pushes at once (outside any transaction). */
  async notify(userIds: string[], note: NewNotification): Promise<void> {
    (await this.stage(userIds, note))();
  }

  /**
   * Writes inside the caller's transaction (in-app rows, digest marks, the instant-mail job) and
   * answers the push to run after it commits, so nobody is told of something rolled back.
   */
  async stage(userIds: string[], note: NewNotification, manager?: EntityManager): Promise<() => void> {
    if (!userIds.length) return () => undefined;
    const em = manager ?? this.notifications.manager;
    const preferences = await this.preferencesOf(userIds, em);
    const rows = userIds
      .map((userId) => ({ userId, pref: preferences.get(userId)![note.kind] }))
      .filter(({ pref }) => pref.inApp || pref.email !== 'off')
      .map(({ userId, pref }) => ({
        userId,
        kind: note.kind,
        message: note.message,
        link: note.link ?? null,
        readAt: null,
        inApp: pref.inApp,
        digestPending: pref.email === 'daily',
        instant: pref.email === 'instant',
      }));
    if (!rows.length) return () => undefined;
    const { generatedMaps } = await em
      .getRepository(Notification)
      .insert(rows.map(({ instant: _instant, ...row }) => row));
    const saved = rows.map((row, i) => ({
      ...row,
      ...(generatedMaps[i] as { id: string; createdAt: Date }),
    }));
    const instant = saved.filter((r) => r.instant).map((r) => r.id);
    if (instant.length) await this.jobs.enqueue(MAIL_JOB, { ids: instant }, { manager: em });
    return () => {
      for (const row of saved)
        if (row.inApp) this.realtime.toUser(row.userId, 'notification', toDto(row as Notification));
      if (instant.length) this.jobs.kick();
    };
  }

  async list(userId: string, page: number, pageSize: number, unreadOnly = false): Promise<NotificationPage> {
    const where = unreadOnly ? { userId, inApp: true, readAt: IsNull() } : { userId, inApp: true };
    const [rows, total] = await this.notifications.findAndCount({
      where,
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: rows.map(toDto), total, unread: await this.unread(userId) };
  }

  unread(userId: string): Promise<number> {
    return this.notifications.count({ where: { userId, inApp: true, readAt: IsNull() } });
  }

  /** Marks some (only the user's own) or all as read; answers the unread count left. */
  async markRead(userId: string, ids: string[] | 'all'): Promise<number> {
    const where = ids === 'all' ? { userId, readAt: IsNull() } : { userId, readAt: IsNull(), id: In(ids) };
    if (ids === 'all' || ids.length) await this.notifications.update(where, { readAt: new Date() });
    return this.unread(userId);
  }

  async preferences(userId: string): Promise<NotificationPreferences> {
    return (await this.preferencesOf([userId], this.notifications.manager)).get(userId)!;
  }

  async setPreferences(
    userId: string,
    change: Partial<NotificationPreferences>,
  ): Promise<NotificationPreferences> {
    const merged = { ...(await this.preferences(userId)), ...change };
    await this.prefs.upsert({ userId, preferences: merged }, ['userId']);
    return merged;
  }

  private async preferencesOf(
    userIds: string[],
    manager: EntityManager,
  ): Promise<Map<string, NotificationPreferences>> {
    const stored = await manager.getRepository(NotificationPreference).findBy({ userId: In(userIds) });
    const byUser = new Map(stored.map((p) => [p.userId, p.preferences]));
    return new Map(
      userIds.map((id) => {
        const own = byUser.get(id) ?? {};
        const merged = Object.fromEntries(
          NOTIFICATION_KINDS.map((k) => [k, { ...DEFAULT_NOTIFICATION_PREFERENCES[k], ...own[k] }]),
        ) as NotificationPreferences;
        return [id, merged];
      }),
    );
  }

  /** The instant e-mails of some notifications (a job). */
  private async sendInstant(ids: string[], manager: EntityManager): Promise<void> {
    const rows = await manager.getRepository(Notification).findBy({ id: In(ids) });
    const contacts = await this.users.contacts(
      rows.map((r) => r.userId),
      manager,
    );
    for (const r of rows) {
      const to = contacts.get(r.userId);
      if (!to) continue; // disabled meanwhile
      const { title, body } = renderNotification(r.message, to.language);
      await this.mail.send({
        to: to.email,
        subject: title,
        text: [
          mailWords(to.language).greeting(to.displayName),
          title,
          body ?? '',
          r.link ? `${this.config.PUBLIC_URL}${r.link}` : '',
        ]
          .filter(Boolean)
          .join('\n\n'),
      });
    }
  }

  /** Once a day: one e-mail per user with everything waiting for their digest. */
  private async sendDigests(manager: EntityManager): Promise<void> {
    const rows = await manager
      .getRepository(Notification)
      .find({ where: { digestPending: true }, order: { userId: 'ASC', createdAt: 'ASC' } });
    const contacts = await this.users.contacts(
      rows.map((r) => r.userId),
      manager,
    );
    const byUser = new Map<string, typeof rows>();
    for (const r of rows) byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), r]);
    for (const [userId, items] of byUser) {
      const to = contacts.get(userId);
      if (!to) continue; // disabled: their digest is dropped with the others' marks below
      const words = mailWords(to.language);
      await this.mail.send({
        to: to.email,
        subject: words.digest(items.length),
        text: [
          words.greeting(to.displayName),
          ...items.map(
            (i) =>
              `· ${renderNotification(i.message, to.language).title}${i.link ? `\n  ${this.config.PUBLIC_URL}${i.link}` : ''}`,
          ),
        ].join('\n\n'),
      });
    }
    if (rows.length)
      await manager.update(Notification, { id: In(rows.map((r) => r.id)) }, { digestPending: false });
    await this.scheduleDigest(new Date(Date.now() + 60_000), manager);
  }

  private scheduleDigest(after: Date, manager?: EntityManager): Promise<string | null> {
    const runAt = nextDigestTime(after);
    return this.jobs.enqueue(
      DIGEST_JOB,
      {},
      { runAt, manager, dedupeKey: `${DIGEST_JOB}:${runAt.toISOString()}` },
    );
  }
}

/** 08:00 Beijing time, the next one after `from`. */
export function nextDigestTime(from: Date): Date {
  const eightToday = new Date(Math.floor((from.getTime() + 8 * 3600_000) / DAY_MS) * DAY_MS);
  return eightToday.getTime() > from.getTime() ? eightToday : new Date(eightToday.getTime() + DAY_MS);
}

function toDto(n: Notification): AppNotification {
  return {
    id: n.id,
    kind: n.kind,
    message: n.message,
    link: n.link,
    readAt: n.readAt?.toISOString() ?? null,
    createdAt: n.createdAt.toISOString(),
  };
}
