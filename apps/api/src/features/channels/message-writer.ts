import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ChannelMessage as MessageView, MessageAttachment } from '@cqo/contracts';
import { RealtimeService } from '../../platform/realtime/realtime.service';
import { NotificationsService } from '../notifications';
import { channelRoom } from './channel-access';
import { channelNotFound } from './channels.service';
import { ChannelMember } from './entities/channel-member.entity';
import { ChannelMessage } from './entities/channel-message.entity';
import { Channel } from './entities/channel.entity';
import { MessageViews } from './message-views';
import { MessageSearch } from './search-source';

/** A message checked and ready to be numbered and stored. */
export interface MessageDraft {
  channelId: string;
  authorId: string;
  /** For the mention notice. */
  authorName: string;
  clientId: string;
  body: string;
  bodyHtml: string;
  parentId: string | null;
  mentions: string[];
  attachments: MessageAttachment[];
}

export interface Written {
  message: MessageView;
  /** False: the same clientId had been stored before; this is that message. */
  created: boolean;
}

interface Waiting {
  draft: MessageDraft;
  resolve: (written: Written) => void;
  reject: (error: unknown) => void;
}

/** At most this many messages numbered in one transaction. */
const BATCH = 200;

/**
 * Numbers and stores messages, one channel at a time. Messages that arrive while a channel's
 * previous write is committing wait and go together in the next transaction: one lock on the
 * channel's row, one WAL flush, numbers in order. The lock also orders the API processes among
 * themselves, so a reader asking "after N" never misses a message that commits later with a
 * smaller number. A clientId already stored (a retry) gets that message back and takes no number.
 * After the commit the messages are pushed to the channel's room in their order.
 */
@Injectable()
export class MessageWriter {
  private readonly queues = new Map<string, Waiting[]>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly views: MessageViews,
    private readonly search: MessageSearch,
    private readonly notifications: NotificationsService,
    private readonly realtime: RealtimeService,
  ) {}

  write(draft: MessageDraft): Promise<Written> {
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(draft.channelId);
      if (queue) {
        queue.push({ draft, resolve, reject });
        return;
      }
      this.queues.set(draft.channelId, [{ draft, resolve, reject }]);
      void this.drain(draft.channelId);
    });
  }

  /** Writes the channel's waiting messages batch after batch until none wait. */
  private async drain(channelId: string): Promise<void> {
    const queue = this.queues.get(channelId)!;
    while (queue.length) {
      const batch = queue.splice(0, BATCH);
      try {
        const written = await this.writeBatch(
          channelId,
          batch.map((w) => w.draft),
        );
        batch.forEach((w, i) => w.resolve(written[i]));
      } catch (error) {
        batch.forEach((w) => w.reject(error));
      }
    }
    this.queues.delete(channelId);
  }

  private async writeBatch(channelId: string, drafts: MessageDraft[]): Promise<Written[]> {
    const { rows, fresh, tell } = await this.dataSource.transaction(async (manager) => {
      const channel = await manager.findOne(Channel, {
        where: { id: channelId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!channel) throw channelNotFound();
      // Under the lock: a clientId stored by an earlier batch (or another process) is answered
      // with that message; the same clientId twice in this batch is stored once.
      const known = await this.storedOf(manager, channelId, drafts);
      const taken = new Set(known.keys());
      const fresh: MessageDraft[] = [];
      for (const d of drafts) {
        if (taken.has(keyOf(d))) continue;
        taken.add(keyOf(d));
        fresh.push(d);
      }
      const made = fresh.length ? await this.insert(manager, channel, fresh) : [];
      for (const row of made) known.set(keyOf(row), row);
      const tell = await this.stageMentions(manager, channel, fresh, made);
      return { rows: drafts.map((d) => known.get(keyOf(d))!), fresh: new Set(made.map((r) => r.id)), tell };
    });
    tell();
    const created = rows.filter((r) => fresh.has(r.id));
    const createdViews = await this.views.views(created, null, { fresh: true });
    // After the commit, in their order: a receiver who hears of one can always read it.
    for (const view of createdViews) this.realtime.toRoom(channelRoom(channelId), 'message', view);
    for (const parentId of new Set(created.map((r) => r.parentId).filter((p): p is string => !!p)))
      await this.views.broadcastUpdate(parentId);
    if (created.length) this.search.soon();
    await this.markOwnRead(channelId, created);
    const others = await this.views.views(
      rows.filter((r) => !fresh.has(r.id)),
      null,
    );
    const byId = new Map([...createdViews, ...others].map((v) => [v.id, v]));
    // Each draft's first occurrence created it; later copies of the same clientId are retries.
    const seen = new Set<string>();
    return rows.map((r) => {
      const created = fresh.has(r.id) && !seen.has(r.id);
      seen.add(r.id);
      return { message: byId.get(r.id)!, created };
    });
  }

  private async storedOf(
    manager: EntityManager,
    channelId: string,
    drafts: MessageDraft[],
  ): Promise<Map<string, ChannelMessage>> {
    const rows = await manager
      .getRepository(ChannelMessage)
      .createQueryBuilder('m')
      .where('m.channelId = :channelId', { channelId })
      .andWhere('m.clientId IN (:...clientIds)', { clientIds: [...new Set(drafts.map((d) => d.clientId))] })
      .getMany();
    return new Map(rows.map((r) => [keyOf(r), r]));
  }

  /** Takes the next numbers and inserts the messages, with their thread counts and search rows. */
  private async insert(
    manager: EntityManager,
    channel: Channel,
    drafts: MessageDraft[],
  ): Promise<ChannelMessage[]> {
    const first = channel.lastSeq + 1;
    await manager.update(Channel, { id: channel.id }, { lastSeq: channel.lastSeq + drafts.length });
    const values = drafts.map((d, i) => ({
      channelId: channel.id,
      seq: first + i,
      authorId: d.authorId,
      clientId: d.clientId,
      body: d.body,
      bodyHtml: d.bodyHtml,
      parentId: d.parentId,
      mentions: d.mentions,
      attachments: d.attachments,
    }));
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(ChannelMessage)
      .values(values)
      .returning(['id', 'createdAt'])
      .execute();
    const raw = inserted.raw as { id: string; created_at: Date }[];
    const rows = values.map((v, i) =>
      manager.create(ChannelMessage, {
        ...v,
        id: raw[i].id,
        createdAt: new Date(raw[i].created_at),
        hiddenAt: null,
        hiddenBy: null,
        editedAt: null,
        deletedAt: null,
        pinnedAt: null,
        pinnedBy: null,
        replyCount: 0,
        lastReplyAt: null,
      }),
    );
    const replies = new Map<string, ChannelMessage[]>();
    for (const r of rows) if (r.parentId) replies.set(r.parentId, [...(replies.get(r.parentId) ?? []), r]);
    for (const [parentId, list] of replies) {
      await manager
        .createQueryBuilder()
        .update(ChannelMessage)
        .set({ replyCount: () => `reply_count + ${list.length}`, lastReplyAt: list.at(-1)!.createdAt })
        .where({ id: parentId })
        .execute();
    }
    await this.search.changed(
      rows.map((r) => r.id),
      manager,
    );
    return rows;
  }

  /** The members a message mentions are told, in its transaction (and reached after the commit). */
  private async stageMentions(
    manager: EntityManager,
    channel: Channel,
    drafts: MessageDraft[],
    rows: ChannelMessage[],
  ): Promise<() => void> {
    const pushes: (() => void)[] = [];
    for (const [i, d] of drafts.entries()) {
      if (!d.mentions.length) continue;
      pushes.push(
        await this.notifications.stage(
          d.mentions,
          {
            kind: 'channel',
            message: {
              key: 'message.mentioned',
              params: {
                channel: channel.name,
                author: d.authorName,
                excerpt: [...d.body].slice(0, 80).join(''),
              },
            },
            link: `/channels/messages/${rows[i].id}`,
          },
          manager,
        ),
      );
    }
    return () => pushes.forEach((push) => push());
  }

  /** One's own messages are read (never backwards, whatever order two batches finish in). */
  private async markOwnRead(channelId: string, rows: ChannelMessage[]): Promise<void> {
    const last = new Map<string, number>();
    for (const r of rows) last.set(r.authorId, Math.max(last.get(r.authorId) ?? 0, r.seq));
    for (const [userId, seq] of last) {
      await this.dataSource
        .createQueryBuilder()
        .update(ChannelMember)
        .set({ lastReadSeq: () => `GREATEST(last_read_seq, ${Number(seq)})` })
        .where({ channelId, userId })
        .execute();
    }
  }
}

const keyOf = (m: { authorId: string; clientId: string }) => `${m.authorId}\u0000${m.clientId}`;
