import { HttpClient } from '@angular/common/http';
import { Injectable, effect, inject, signal, untracked } from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import type { AppNotification, NotificationPage, NotificationPreferences } from '@cqo/contracts';
import { NzNotificationService } from 'ng-zorro-antd/notification';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { RealtimeConnection } from '../realtime/realtime-connection';
import { NotificationWords } from './notification-words';

/**
 * The signed-in user's notifications: the unread count for the bell, and new ones pushed over
 * the shared socket as they happen (with a toast). A reconnect re-reads the count, so nothing
 * missed while offline is lost from it.
 */
@Injectable({ providedIn: 'root' })
export class NotificationCenter {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly toast = inject(NzNotificationService);
  private readonly transloco = inject(TranslocoService);
  private readonly words = inject(NotificationWords);

  readonly unread = signal(0);
  /** The latest pushed notification, for pages that show the list live. */
  readonly latest = signal<AppNotification | null>(null);

  constructor() {
    const realtime = inject(RealtimeConnection);
    realtime.on('notification', (n) => {
      this.unread.update((u) => u + 1);
      this.latest.set(n);
      const { title, body } = this.words.of(n);
      const ref = this.toast.info(title, body ?? '', { nzDuration: 6000 });
      if (n.link) ref.onClick.subscribe(() => void this.router.navigateByUrl(n.link!));
    });
    // Signed in: the count is read; every (re)connect reads it again, so nothing missed is lost from it.
    effect(() => {
      const signedIn = !!this.auth.user()?.id;
      realtime.connects();
      untracked(() => (signedIn ? void this.refreshCount().catch(() => undefined) : this.unread.set(0)));
    });
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

  /** For templates that need the translated kind. */
  kindLabel(kind: string): string {
    return this.transloco.translate(`notifications.kinds.${kind}`);
  }
}
