import { signal } from '@angular/core';
import { firstValueFrom, type Observable } from 'rxjs';

/**
 * The state of one paged, server-side list (items, total, page, loading) and the call that fills
 * it. Pages create one and bind `nz-table` to its signals.
 */
export class PagedList<T> {
  readonly items = signal<T[]>([]);
  readonly total = signal(0);
  readonly page = signal(1);
  readonly loading = signal(false);

  constructor(
    private readonly fetch: (page: number) => Observable<{ items: T[]; total: number }>,
    private readonly onError?: (error: unknown) => void,
  ) {}

  async load(page = this.page()): Promise<void> {
    this.loading.set(true);
    try {
      const res = await firstValueFrom(this.fetch(page));
      this.items.set(res.items);
      this.total.set(res.total);
      this.page.set(page);
    } catch (error) {
      if (!this.onError) throw error;
      this.onError(error);
    } finally {
      this.loading.set(false);
    }
  }
}
