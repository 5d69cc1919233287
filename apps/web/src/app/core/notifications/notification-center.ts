import { HttpClient } from '@angular/common/http';
import { DestroyRef, Injectable, effect, inject, signal, untracked } from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import type {
  AppNotification,
  NotificationPage,
  NotificationPreferences,
  ServerToClientEvents,
} from '@cqo/contracts';
import { NzNotificationService } from 'ng-zorro-antd/notification';
import { firstValueFrom } from 'rxjs';
import { io, type Socket } from 'socket.io-client';
import { AuthService } from '../auth/auth.service';
import { NotificationWords } from './notification-words';

/**
 * The signed-in user's notifications: the unread count for the bell, and new ones pushed over
 * socket.io as they happen (with a toast). Connects on sign-in, disconnects on sign-out; a
 * reconnect re-reads the count, so nothing missed while offline is lost from it.
 */
@Injectable({ providedIn: 'root' })
export class NotificationCenter {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly toast = inject(NzNotificationService);
  private readonly transloco = inject(TranslocoService);
  private readonly words = inject(NotificationWords);
  private socket?: Socket<ServerToClientEvents>;

  readonly unread = signal(0);
  /** The latest pushed notification, for pages that show the list live. */
  readonly latest = signal<AppNotification | null>(null);

  constructor() {
    effect(() => {
      const userId = this.auth.user()?.id;
      untracked(() => (userId ? this.connect() : this.disconnect()));
    });
    inject(DestroyRef).onDestroy(() => this.disconnect());
  }

  async refreshCount(): Promise<void> {
    const page = await firstValueFrom(
      this.http.get<NotificationPage>('/api/notifications', { params: { pageSize: 1 } }),
    );
    this.unread.set(page.unread);
  }

  list(page: number, pageSize: number, unread = false) {
    return this.http.get<NotificationPage>('/api/notifications', { params: { page, pageSize, unread } });
  }

  preferences() {
    return this.http.get<NotificationPreferences>('/api/notifications/preferences');
  }

  setPreferences(preferences: NotificationPreferences) {
    return this.http.put<NotificationPreferences>('/api/notifications/preferences', preferences);
  }

  async markRead(ids: string[] | 'all'): Promise<void> {
    const body = ids === 'all' ? { all: true } : { ids };
    const res = await firstValueFrom(this.http.post<{ unread: number }>('/api/notifications/read', body));
    this.unread.set(res.unread);
  }

  private connect(): void {
    this.disconnect();
    void this.refreshCount().catch(() => undefined);
    // Browsers without WebSocket support fall back to long polling.
    const socket: Socket<ServerToClientEvents> = io({
      path: '/socket.io',
      auth: (cb) => cb({ token: this.auth.accessToken() ?? '' }),
    });
    socket.on('notification', (n) => {
      this.unread.update((u) => u + 1);
      this.latest.set(n);
      const { title, body } = this.words.of(n);
      const ref = this.toast.info(title, body ?? '', { nzDuration: 6000 });
      if (n.link) ref.onClick.subscribe(() => void this.router.navigateByUrl(n.link!));
    });
    // The server closed this socket with its session (password changed, signed out elsewhere,
    // disabled) or at its token's expiry. If this browser may still refresh, the new token brings
    // a new socket (the user signal changes); if not, the session is over here too.
    const resume = () => this.auth.refresh().subscribe({ error: () => this.auth.sessionEnded() });
    socket.on('session:ended', resume);
    socket.on('token:expired', resume);
    socket.on('connect', () => void this.refreshCount().catch(() => undefined));
    socket.on('connect_error', (err) => {
      // An expired access token: refresh it, then the next attempt carries the new one.
      const code = (err as Error & { data?: { code?: string } }).data?.code;
      if (code === 'TOKEN_EXPIRED')
        this.auth.refresh().subscribe({ next: () => socket.connect(), error: () => undefined });
    });
    this.socket = socket;
  }

  private disconnect(): void {
    this.socket?.removeAllListeners();
    this.socket?.disconnect();
    this.socket = undefined;
    this.unread.set(0);
  }

  /** For templates that need the translated kind. */
  kindLabel(kind: string): string {
    return this.transloco.translate(`notifications.kinds.${kind}`);
  }
}
