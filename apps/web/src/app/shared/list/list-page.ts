import { DestroyRef, inject, signal, type Signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { firstValueFrom, type Observable } from 'rxjs';
import { initialFilters, readQuery, writeQuery, type FilterSpecs, type FiltersOf } from './list-query';

export interface Page<T> {
  items: T[];
  total: number;
  /** More than `total` match: the server counted up to a cap (the review queue). */
  totalCapped?: boolean;
}

/** What a paged table reads of a list. */
export interface PagedSource<T> {
  readonly items: Signal<T[]>;
  readonly total: Signal<number>;
  /** The server stopped counting at `total`: more match than can be paged through. */
  readonly totalCapped?: Signal<boolean>;
  readonly loading: Signal<boolean>;
  readonly page: Signal<number>;
  readonly pageSize: number;
  goTo(page: number): void;
}

export interface ListPageOptions<S extends FilterSpecs, T> {
  filters: S;
  fetch: (filters: FiltersOf<S>, page: number, pageSize: number) => Observable<Page<T>>;
  pageSize?: number;
  /** Without it, a failed load rethrows (the global handler shows it). */
  onError?: (error: unknown) => void;
}

/**
 * The state of one server-paged list page: its filters (in signals and in the URL), the page, the
 * rows and the loading flag. The URL leads: `set` and `goTo` change the query parameters, and every
 * change of them (a filter, Back, a pasted link) loads the list again. Create it in a field
 * initialiser (it injects the router).
 */
export class ListPage<S extends FilterSpecs, T> implements PagedSource<T> {
  readonly pageSize: number;
  readonly items = signal<T[]>([]);
  readonly total = signal(0);
  readonly totalCapped = signal(false);
  readonly loading = signal(false);
  private readonly filterState: ReturnType<typeof signal<FiltersOf<S>>>;
  private readonly pageState = signal(1);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  /** Answers that arrive after a newer request started are dropped. */
  private requestNo = 0;

  constructor(private readonly options: ListPageOptions<S, T>) {
    this.pageSize = options.pageSize ?? 20;
    this.filterState = signal(initialFilters(options.filters));
    this.route.queryParamMap.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((params) => {
      const { filters, page } = readQuery(options.filters, params);
      this.filterState.set(filters);
      this.pageState.set(page);
      void this.reload();
    });
  }

  get filters(): Signal<FiltersOf<S>> {
    return this.filterState.asReadonly();
  }

  get page(): Signal<number> {
    return this.pageState.asReadonly();
  }

  /** Changes some filters and goes back to the first page. */
  set(change: Partial<FiltersOf<S>>): void {
    this.navigate({ ...this.filterState(), ...change }, 1);
  }

  goTo(page: number): void {
    this.navigate(this.filterState(), page);
  }

  async reload(): Promise<void> {
    const request = ++this.requestNo;
    this.loading.set(true);
    try {
      const res = await firstValueFrom(
        this.options.fetch(this.filterState(), this.pageState(), this.pageSize),
      );
      if (request !== this.requestNo) return;
      this.items.set(res.items);
      this.total.set(res.total);
      this.totalCapped.set(res.totalCapped ?? false);
    } catch (error) {
      if (request !== this.requestNo) return;
      if (!this.options.onError) throw error;
      this.options.onError(error);
    } finally {
      if (request === this.requestNo) this.loading.set(false);
    }
  }

  private navigate(filters: FiltersOf<S>, page: number): void {
    // The filters are replaced, not merged, so clearing one removes it; Back leaves the list.
    const url = this.router.createUrlTree([], {
      relativeTo: this.route,
      queryParams: writeQuery(this.options.filters, filters, page),
    });
    // The same address again (a search repeated): the router would do nothing, the user wants fresh rows.
    if (this.router.serializeUrl(url) === this.router.url) void this.reload();
    else void this.router.navigateByUrl(url, { replaceUrl: true });
  }
}
