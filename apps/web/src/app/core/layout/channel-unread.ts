import { HttpClient } from '@angular/common/http';
import { Injectable, effect, inject, signal, untracked } from '@angular/core';
import { Permission, type ChannelPage } from '@cqo/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { RealtimeConnection } from '../realtime/realtime-connection';

/**
 * The navigation's channel badge: unread messages in the member's channels that they have not
 * muted. Read at sign-in and after every reconnect; a new message from someone else adds one
 * until the channels page, which knows what is on screen, says what is read (`refresh`).
 */
@Injectable({ providedIn: 'root' })
export class ChannelUnread {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthService);
  /** Null for those who have no channels. */
  readonly total = signal<number | null>(null);
  private muted = new Set<string>();
  private joined = new Set<string>();
  /** The channel on screen (its messages are read as they come). */
  readonly showing = signal<string | null>(null);

  constructor() {
    const realtime = inject(RealtimeConnection);
    effect(() => {
      const member = !!this.auth.user() && this.auth.can(Permission.MemberArea);
      realtime.connects();
      untracked(() => (member ? void this.refresh() : this.total.set(null)));
    });
    realtime.on('message', (m) => {
      const own = m.author.id === this.auth.user()?.id;
      if (own || this.muted.has(m.channelId) || !this.joined.has(m.channelId)) return;
      if (this.showing() === m.channelId && document.visibilityState === 'visible') return;
      this.total.update((n) => (n ?? 0) + 1);
    });
  }

  async refresh(): Promise<void> {
    try {
      const page = await firstValueFrom(this.http.get<ChannelPage>('/api/channels'));
      this.apply(page);
    } catch {
      // The badge is a convenience: a failed read leaves the last figure.
    }
  }

  /** The channels page shares what it read, so the badge needs no request of its own. */
  apply(page: ChannelPage): void {
    this.muted = new Set(page.items.filter((c) => c.muted).map((c) => c.id));
    this.joined = new Set(page.items.filter((c) => c.joined).map((c) => c.id));
    this.total.set(page.items.filter((c) => c.joined && !c.muted).reduce((n, c) => n + c.unread, 0));
  }
}
