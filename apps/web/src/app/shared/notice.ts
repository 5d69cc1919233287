import { Injectable, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { NzMessageService } from 'ng-zorro-antd/message';
import { errorText, saveErrorText } from './form-errors';

/** The short messages at the top of the page, always in the reader's language. */
@Injectable({ providedIn: 'root' })
export class Notice {
  private readonly message = inject(NzMessageService);
  private readonly transloco = inject(TranslocoService);

  /** Translation key (and its parameters). */
  success(key: string, params?: Record<string, string | number>): void {
    this.message.success(this.transloco.translate(key, params));
  }

  info(key: string, params?: Record<string, string | number>): void {
    this.message.info(this.transloco.translate(key, params));
  }

  /** A request that failed: its error's text and the fields it names. */
  failure(error: unknown): void {
    this.message.error(saveErrorText(this.transloco, error));
  }

  /** Something to fix before going on, in the page's own words (a translation key). */
  warn(key: string): void {
    this.message.warning(this.transloco.translate(key));
  }

  /** An error the page found itself, by code. */
  refuse(code: string): void {
    this.message.error(errorText(this.transloco, code));
  }
}
