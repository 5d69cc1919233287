import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import type {
  ChannelMessage,
  ChannelSummary,
  MessageAttachment,
  MessageInput,
  TypingSignal,
} from '@cqo/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { ChannelUnread } from '../../core/layout/channel-unread';
import { RealtimeConnection } from '../../core/realtime/realtime-connection';
import { ChannelsApi } from './channels.api';
import { gapBefore, merge, replace, timelineFrom, tombstone, tombstoned, type Timeline } from './timeline';

/** A message the member wrote that the server has not yet confirmed. */
export interface OutboxItem {
  clientId: string;
  channelId: string;
  body: string;
  parentId: string | null;
  mentions: string[];
  attachments: MessageAttachment[];
  /** `pending`: goes out as soon as it can (offline, or on its way); `failed`: refused, needs the member. */
  state: 'pending' | 'failed';
  error?: string;
  createdAt: string;
}

const RETRY_MS = 4000;
const TYPING_MS = 5000;

/**
 * The client's state of the channels: the list with unread counts, each opened channel's
 * timeline, open threads, and the outbox. A message is sent with its own clientId and kept in
 * the outbox (saved in the browser, so a reload keeps it) until the server confirms it: offline
 * it waits, and goes out when the network or the socket comes back; a retry can never store it
 * twice. After every (re)connect each open timeline asks for everything after its last unbroken
 * number, and live messages merge by number, so nothing is missed, doubled or out of order.
 */
@Injectable({ providedIn: 'root' })
export class ChannelsStore {
  private readonly api = inject(ChannelsApi);
  private readonly auth = inject(AuthService);
  private readonly unread = inject(ChannelUnread);
  readonly realtime = inject(RealtimeConnection);

  readonly channels = signal<ChannelSummary[]>([]);
  readonly loaded = signal(false);
  readonly timelines = signal<Record<string, Timeline>>({});
  /** Open threads: the first message and its replies, by the first message's id. */
  readonly threads = signal<Record<string, ChannelMessage[]>>({});
  readonly outbox = signal<OutboxItem[]>([]);
  readonly typing = signal<Record<string, (TypingSignal & { until: number })[]>>({});
  /** The channel on screen: its messages are read as they arrive. */
  readonly active = signal<string | null>(null);
  readonly online = signal(typeof navigator === 'undefined' ? true : navigator.onLine);

  private readonly sending = new Set<string>();
  private retryTimer?: ReturnType<typeof setTimeout>;
  private readTimer?: ReturnType<typeof setTimeout>;
  private userId: string | null = null;

  readonly byId = computed(() => new Map(this.channels().map((c) => [c.id, c])));

  constructor() {
    // At once (a page may read the store in the same tick), then on every change of account.
    this.switchUser(this.auth.user()?.id ?? null);
    effect(() => {
      const userId = this.auth.user()?.id ?? null;
      untracked(() => this.switchUser(userId));
    });
    // After every (re)connect: the list again, each open timeline and thread caught up, the outbox out.
    effect(() => {
      if (this.realtime.connects() === 0) return;
      untracked(() => void this.resync());
    });
    this.realtime.on('message', (m) => this.received(m));
    this.realtime.on('message:updated', (m) => this.updated(m));
    this.realtime.on('message:deleted', ({ channelId, id }) => {
      this.patchTimeline(channelId, (t) => tombstone(t, id));
      this.threads.update((all) => {
        const out = { ...all };
        for (const [k, list] of Object.entries(out))
          out[k] = list.map((m) => (m.id === id ? tombstoned(m) : m));
        return out;
      });
    });
    this.realtime.on('typing', (s) => {
      const until = Date.now() + TYPING_MS;
      this.typing.update((all) => ({
        ...all,
        [s.channelId]: [...(all[s.channelId] ?? []).filter((x) => x.user.id !== s.user.id), { ...s, until }],
      }));
      setTimeout(() => this.expireTyping(), TYPING_MS + 100);
    });
    if (typeof window !== 'undefined') {
      // Back online: whatever failed to load or send meanwhile is done now (the socket may not have dropped).
      window.addEventListener('online', () => {
        this.online.set(true);
        void this.resync();
      });
      window.addEventListener('offline', () => this.online.set(false));
    }
  }

  async refresh(): Promise<void> {
    const page = await firstValueFrom(this.api.list());
    this.channels.set(page.items);
    this.loaded.set(true);
    this.unread.apply(page);
  }

  /** Opens a channel's timeline: the latest page, or a window around one number (a permalink). */
  async open(channelId: string, around?: number): Promise<void> {
    const summary = this.byId().get(channelId);
    if (!summary) return;
    if (around === undefined && this.timelines()[channelId] && !this.timelines()[channelId].newer) {
      await this.catchUp(channelId);
    } else {
      const page = await firstValueFrom(
        this.api.history(channelId, around === undefined ? { limit: 50 } : { around, limit: 50 }),
      );
      const lastSeq = Math.max(summary.lastSeq, page.items.at(-1)?.seq ?? 0);
      const older = around === undefined ? page.more : (page.items[0]?.seq ?? 1) > 1;
      this.timelines.update((all) => ({ ...all, [channelId]: timelineFrom(page.items, older, lastSeq) }));
    }
    this.markRead(channelId);
  }

  async loadOlder(channelId: string): Promise<void> {
    const t = this.timelines()[channelId];
    const first = t?.messages[0]?.seq;
    if (!t || !first || !t.older) return;
    const page = await firstValueFrom(this.api.history(channelId, { before: first, limit: 50 }));
    this.patchTimeline(channelId, (cur) => ({ ...merge(cur, page.items), older: page.more }));
  }

  /** Everything after the last unbroken number, page by page. */
  async catchUp(channelId: string): Promise<void> {
    for (let pages = 0; pages < 100; pages++) {
      const t = this.timelines()[channelId];
      if (!t || t.newer) return;
      const page = await firstValueFrom(this.api.history(channelId, { after: t.contiguous, limit: 200 }));
      this.patchTimeline(channelId, (cur) => merge(cur, page.items));
      this.confirmOwn(page.items);
      if (!page.more) return;
    }
  }

  async openThread(parentId: string): Promise<void> {
    const page = await firstValueFrom(this.api.thread(parentId));
    this.threads.update((all) => ({ ...all, [page.items[0]?.id ?? parentId]: page.items }));
  }

  closeThread(parentId: string): void {
    this.threads.update((all) => {
      const { [parentId]: _, ...rest } = all;
      return rest;
    });
  }

  /** Puts a message in the outbox and sends it (now if it can, else when it can). */
  send(
    channelId: string,
    input: Omit<MessageInput, 'clientId' | 'attachments'>,
    files: MessageAttachment[],
  ): void {
    const item: OutboxItem = {
      clientId: newClientId(),
      channelId,
      body: input.body,
      parentId: input.parentId ?? null,
      mentions: input.mentions ?? [],
      attachments: files,
      state: 'pending',
      createdAt: new Date().toISOString(),
    };
    this.outbox.update((o) => [...o, item]);
    this.save();
    void this.flush();
  }

  retry(clientId: string): void {
    this.outbox.update((o) =>
      o.map((i) => (i.clientId === clientId ? { ...i, state: 'pending', error: undefined } : i)),
    );
    this.save();
    void this.flush();
  }

  discard(clientId: string): void {
    this.outbox.update((o) => o.filter((i) => i.clientId !== clientId));
    this.save();
  }

  /** Sends what is pending, oldest first, each at most once at a time. */
  async flush(): Promise<void> {
    clearTimeout(this.retryTimer);
    for (const item of this.outbox()) {
      if (item.state !== 'pending' || this.sending.has(item.clientId)) continue;
      this.sending.add(item.clientId);
      try {
        const message = await firstValueFrom(
          this.api.send(item.channelId, {
            body: item.body,
            clientId: item.clientId,
            ...(item.parentId ? { parentId: item.parentId } : {}),
            ...(item.mentions.length ? { mentions: item.mentions } : {}),
            ...(item.attachments.length ? { attachments: item.attachments.map((a) => a.id) } : {}),
          }),
        );
        this.received(message);
      } catch (error) {
        if (transient(error)) {
          // Offline, or the server away: it stays pending and goes out later.
          this.retryTimer = setTimeout(() => void this.flush(), RETRY_MS);
          break;
        }
        const code = (error as HttpErrorResponse).error?.code as string | undefined;
        this.outbox.update((o) =>
          o.map((i) =>
            i.clientId === item.clientId ? { ...i, state: 'failed', error: code ?? 'UNKNOWN' } : i,
          ),
        );
        this.save();
      } finally {
        this.sending.delete(item.clientId);
      }
    }
  }

  typingIn(channelId: string, parentId: string | null): void {
    this.realtime.emit('typing', { channelId, parentId });
  }

  /** The member has seen the channel up to its last unbroken number. */
  markRead(channelId: string): void {
    clearTimeout(this.readTimer);
    this.readTimer = setTimeout(() => {
      const t = this.timelines()[channelId];
      const summary = this.byId().get(channelId);
      if (!t || !summary?.joined || document.visibilityState !== 'visible') return;
      const seq = t.newer ? (t.messages.at(-1)?.seq ?? 0) : t.contiguous;
      if (seq <= summary.lastReadSeq && !summary.unread) return;
      this.patchSummary(channelId, {
        unread: 0,
        mentions: 0,
        lastReadSeq: Math.max(seq, summary.lastReadSeq),
      });
      this.unread.apply({ items: this.channels() });
      this.api.read(channelId, seq).subscribe({ error: () => undefined });
    }, 400);
  }

  patchSummary(channelId: string, patch: Partial<ChannelSummary>): void {
    this.channels.update((list) => list.map((c) => (c.id === channelId ? { ...c, ...patch } : c)));
  }

  updated(message: ChannelMessage): void {
    this.patchTimeline(message.channelId, (t) => replace(t, message));
    this.threads.update((all) => {
      const out = { ...all };
      for (const [k, list] of Object.entries(out))
        out[k] = list.map((m) => (m.id === message.id ? message : m));
      return out;
    });
  }

  private received(m: ChannelMessage): void {
    this.confirmOwn([m]);
    const t = this.timelines()[m.channelId];
    if (t && !t.newer) {
      this.patchTimeline(m.channelId, (cur) => merge(cur, [m]));
      if (gapBefore(t, m)) void this.catchUp(m.channelId);
    }
    if (m.parentId && this.threads()[m.parentId]) {
      this.threads.update((all) => {
        const list = all[m.parentId!].filter((x) => x.id !== m.id);
        return { ...all, [m.parentId!]: [...list, m].sort((a, b) => a.seq - b.seq) };
      });
    }
    const summary = this.byId().get(m.channelId);
    if (!summary) {
      void this.refresh();
      return;
    }
    const own = m.author.id === this.userId;
    const seen = this.active() === m.channelId && document.visibilityState === 'visible';
    this.patchSummary(m.channelId, {
      lastSeq: Math.max(summary.lastSeq, m.seq),
      unread: own || seen ? summary.unread : summary.unread + 1,
      mentions:
        !own && !seen && m.mentions.includes(this.userId ?? '') ? summary.mentions + 1 : summary.mentions,
    });
    if (seen) this.markRead(m.channelId);
  }

  /** The server has one's own messages: they leave the outbox. */
  private confirmOwn(messages: ChannelMessage[]): void {
    const mine = new Set(messages.filter((m) => m.author.id === this.userId).map((m) => m.clientId));
    if (!mine.size || !this.outbox().some((i) => mine.has(i.clientId))) return;
    this.outbox.update((o) => o.filter((i) => !mine.has(i.clientId)));
    this.save();
  }

  private async resync(): Promise<void> {
    try {
      await this.refresh();
      // The channel on screen whose history never arrived (opened while offline) is opened now.
      const active = this.active();
      if (active && !this.timelines()[active]) await this.open(active);
      await Promise.all(Object.keys(this.timelines()).map((id) => this.catchUp(id)));
      await Promise.all(Object.keys(this.threads()).map((id) => this.openThread(id)));
    } catch {
      // The next reconnect tries again.
    }
    void this.flush();
  }

  private patchTimeline(channelId: string, change: (t: Timeline) => Timeline): void {
    this.timelines.update((all) => (all[channelId] ? { ...all, [channelId]: change(all[channelId]) } : all));
  }

  private expireTyping(): void {
    const now = Date.now();
    this.typing.update((all) =>
      Object.fromEntries(Object.entries(all).map(([k, list]) => [k, list.filter((s) => s.until > now)])),
    );
  }

  private switchUser(userId: string | null): void {
    if (userId === this.userId) return;
    this.userId = userId;
    this.channels.set([]);
    this.loaded.set(false);
    this.timelines.set({});
    this.threads.set({});
    this.outbox.set(userId ? restore(userId) : []);
  }

  private save(): void {
    if (!this.userId) return;
    try {
      localStorage.setItem(storageKey(this.userId), JSON.stringify(this.outbox()));
    } catch {
      // Storage full or blocked: the outbox still lives in memory.
    }
  }
}

const storageKey = (userId: string) => `cqo.outbox.${userId}`;

function restore(userId: string): OutboxItem[] {
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey(userId)) ?? '[]') as OutboxItem[];
    return Array.isArray(saved) ? saved : [];
  } catch {
    return [];
  }
}

function newClientId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** No answer (offline, connection dropped) or the server away: worth trying again by itself. */
function transient(error: unknown): boolean {
  const status = (error as HttpErrorResponse)?.status ?? 0;
  return status === 0 || status === 502 || status === 503 || status === 504 || status === 429;
}
