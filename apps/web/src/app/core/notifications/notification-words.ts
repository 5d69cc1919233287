import { Injectable, inject } from '@angular/core';
import { renderNotification, type AppNotification, type RenderedMessage } from '@cqo/contracts';
import { LanguageService } from '../i18n/i18n';

/**
 * Words a notification's message (a key and parameters) in the reader's current language.
 * `fieldLabel` names the fields a reviewer commented on; the notifications page passes the filing
 * form's labels (kept out of here so the shell's bundle carries no form catalogue).
 */
@Injectable({ providedIn: 'root' })
export class NotificationWords {
  private readonly lang = inject(LanguageService).lang;

  of(n: Pick<AppNotification, 'message'>, fieldLabel?: (path: string) => string | null): RenderedMessage {
    return renderNotification(n.message, this.lang(), fieldLabel);
  }
}
