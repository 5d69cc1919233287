import { Pipe, inject, type PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import type { AppNotification } from '@cqo/contracts';
import { NotificationWords } from '../../core/notifications/notification-words';
import { fieldLabelKeys } from '../../shared/filing/filing-fields';

/**
 * `n | notificationText: 'title'` — a notification in the reader's language, the fields a reviewer
 * commented on named as the filing form names them. Impure: it follows the language switch.
 */
@Pipe({ name: 'notificationText', pure: false })
export class NotificationTextPipe implements PipeTransform {
  private readonly words = inject(NotificationWords);
  private readonly transloco = inject(TranslocoService);
  private readonly fieldLabel = (path: string): string | null => {
    const keys = fieldLabelKeys(path);
    return keys.length ? keys.map((k) => this.transloco.translate(k)).join(' · ') : null;
  };

  transform(n: Pick<AppNotification, 'message'>, part: 'title' | 'body'): string {
    return this.words.of(n, this.fieldLabel)[part] ?? '';
  }
}
