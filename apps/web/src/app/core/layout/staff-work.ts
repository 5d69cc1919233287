import { HttpClient } from '@angular/common/http';
import { Injectable, effect, inject, signal } from '@angular/core';
import { Permission, type FilingsWaiting } from '@cqo/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { NotificationCenter } from '../notifications/notification-center';

/**
 * What waits for staff (filings submitted and not yet decided), for the navigation's badge and the
 * home page: read when a reviewer signs in and again whenever a filing notice arrives.
 */
@Injectable({ providedIn: 'root' })
export class StaffWork {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthService);
  /** Null for those who do not review filings. */
  readonly waiting = signal<number | null>(null);

  constructor() {
    const notifications = inject(NotificationCenter);
    effect(() => {
      const reviewer = this.auth.user() && this.auth.can(Permission.FilingsReview);
      const latest = notifications.latest();
      if (!reviewer) this.waiting.set(null);
      else if (!latest || latest.kind === 'filing') void this.refresh();
    });
  }

  async refresh(): Promise<void> {
    try {
      const res = await firstValueFrom(this.http.get<FilingsWaiting>('/api/filings/waiting'));
      this.waiting.set(res.submitted);
    } catch {
      // The badge is a convenience: a failed read leaves the last figure.
    }
  }
}
