import { Injectable, Pipe, inject, type PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { renderNotification, type AppNotification, type RenderedMessage } from '@cqo/contracts';
import { fieldLabelKeys } from '../../shared/filing/filing-fields';
import { LanguageService } from '../i18n/i18n';

/**
 * Words a notification's message (a key and parameters) in the reader's current language, with
 * the filing form's own labels for the fields a reviewer commented on.
 */
@Injectable({ providedIn: 'root' })
export class NotificationWords {
  private readonly lang = inject(LanguageService).lang;
  private readonly transloco = inject(TranslocoService);

  of(n: Pick<AppNotification, 'message'>): RenderedMessage {
    return renderNotification(n.message, this.lang(), (path) => {
      const keys = fieldLabelKeys(path);
      return keys.length ? keys.map((k) => this.transloco.translate(k)).join(' · ') : null;
    });
  }
}

/** `n | notificationText: 'title'` — follows the language switch (hence impure). */
@Pipe({ name: 'notificationText', pure: false })
export class NotificationTextPipe implements PipeTransform {
  private readonly words = inject(NotificationWords);

  transform(n: Pick<AppNotification, 'message'>, part: 'title' | 'body'): string {
    return this.words.of(n)[part] ?? '';
  }
}
