import { HttpClient } from '@angular/common/http';
import { Injectable, effect, inject, untracked } from '@angular/core';
import type { AuthUser, UpdateMeRequest } from '@cqo/contracts';
import { LanguageService } from '../i18n/i18n';
import { AuthService } from './auth.service';

/**
 * Keeps the signed-in account's language the one this browser shows, so the e-mails the server
 * writes (instant notices, the daily digest) read like the pages: switching the language, or
 * signing in where another language was chosen, tells the server.
 */
@Injectable({ providedIn: 'root' })
export class AccountLanguage {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthService);
  private readonly lang = inject(LanguageService).lang;

  constructor() {
    effect(() => {
      const user = this.auth.user();
      const language = this.lang();
      if (!user || user.language === language) return;
      untracked(() => {
        const body: UpdateMeRequest = { language };
        this.http.patch<AuthUser>('/api/auth/me', body).subscribe({
          next: (updated) => {
            if (this.auth.user()?.id === updated.id) this.auth.user.set(updated);
          },
          // Not worth an error on screen: the next switch or sign-in tries again.
          error: () => undefined,
        });
      });
    });
  }
}
