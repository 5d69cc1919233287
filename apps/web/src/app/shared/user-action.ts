import { inject, signal } from '@angular/core';
import { Notice } from './notice';

/**
 * One button's worth of work for a component: `busy` while it runs (for nzLoading), and a
 * failure shown as a message in the reader's language instead of lost in the console.
 * Create it in a field initialiser (it injects).
 */
export function userAction() {
  const notice = inject(Notice);
  const busy = signal(false);
  const run = async (work: () => Promise<void>): Promise<void> => {
    busy.set(true);
    try {
      await work();
    } catch (error) {
      notice.failure(error);
    } finally {
      busy.set(false);
    }
  };
  return { busy: busy.asReadonly(), run };
}
