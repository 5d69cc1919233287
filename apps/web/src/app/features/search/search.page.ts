import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SEARCH_KINDS, type SearchFacets, type SearchHit } from '@cqo/contracts';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { of, tap } from 'rxjs';
import { IndustryNamePipe } from '../../shared/code-names.pipe';
import { LIST_PAGE, ListPage, filter, type FilterBarControl } from '../../shared/list';
import { SearchApi } from './search.api';

const NO_FACETS: SearchFacets = { kind: {}, method: {}, industry: {}, year: {} };

/**
 * Results of the one search: tabs by kind with their counts, the words asked for marked in titles
 * and snippets (the server escapes every other character), facets to narrow by method, industry
 * section and year. Everything is in the URL, so a result list can be shared and Back restores it.
 */
@Component({
  selector: 'cqo-search-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...LIST_PAGE, RouterLink, DatePipe, TranslocoPipe, NzTagModule, IndustryNamePipe],
  template: `
    <cqo-page heading="searchPage.title" lead="searchPage.lead">
      <cqo-filter-bar [list]="list" [controls]="controls" />
      @if (list.filters().q; as q) {
        <div class="kinds" role="group" [attr.aria-label]="'searchPage.title' | transloco">
          <button
            type="button"
            class="kind"
            [class.active]="!list.filters().kind"
            [attr.aria-pressed]="!list.filters().kind"
            (click)="list.set({ kind: null })"
          >
            {{ 'searchPage.all' | transloco }}
          </button>
          @for (k of kinds(); track k.kind) {
            <button
              type="button"
              class="kind"
              [class.active]="list.filters().kind === k.kind"
              [attr.aria-pressed]="list.filters().kind === k.kind"
              (click)="list.set({ kind: k.kind })"
              [attr.data-testid]="'search-kind-' + k.kind"
            >
              {{ 'searchPage.kinds.' + k.kind | transloco }} <span class="count">{{ k.count }}</span>
            </button>
          }
        </div>
        <div class="layout">
          <section class="results" aria-live="polite">
            @if (!list.loading()) {
              <p class="muted">
                {{
                  (list.total()
                    ? capped()
                      ? 'searchPage.foundAtLeast'
                      : 'searchPage.found'
                    : 'searchPage.none'
                  ) | transloco: { total: list.total(), q }
                }}
              </p>
            }
            <ol class="hits" data-testid="search-results">
              @for (hit of list.items(); track hit.kind + hit.id) {
                <li class="hit">
                  <nz-tag nzColor="blue">{{ 'searchPage.kinds.' + hit.kind | transloco }}</nz-tag>
                  <a class="hit-title" [routerLink]="hit.url" [innerHTML]="hit.titleHighlighted"></a>
                  @if (hit.snippet) {
                    <p class="snippet" [innerHTML]="hit.snippet"></p>
                  }
                  <span class="muted date">{{ hit.publishedAt | date: 'yyyy-MM-dd' }}</span>
                </li>
              }
            </ol>
            <cqo-list-pager [list]="list" />
          </section>
          @if (hasFacets()) {
            <aside class="facets">
              @for (group of facetGroups(); track group.key) {
                @if (group.values.length) {
                  <h2 class="facet-title">{{ 'searchPage.facets.' + group.key | transloco }}</h2>
                  <div class="facet-values">
                    @for (v of group.values; track v.value) {
                      <nz-tag
                        nzMode="checkable"
                        [nzChecked]="isChosen(group.key, v.value)"
                        (nzCheckedChange)="choose(group.key, v.value, $event)"
                      >
                        @if (group.key === 'industry') {
                          {{ v.value | industry }}
                        } @else {
                          {{ v.value }}
                        }
                        <span class="count">{{ v.count }}</span>
                      </nz-tag>
                    }
                  </div>
                }
              }
            </aside>
          }
        </div>
      } @else {
        <p class="muted">{{ 'searchPage.askSomething' | transloco }}</p>
      }
    </cqo-page>
  `,
  styles: `
    .kinds {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 8px 0 16px;
    }
    .kind {
      border: 1px solid #d9dde3;
      background: #fff;
      border-radius: 16px;
      padding: 2px 12px;
      cursor: pointer;
      font: inherit;
    }
    .kind.active {
      border-color: #0b5cad;
      color: #0b5cad;
      font-weight: 600;
    }
    .count {
      color: #5c6370;
      font-size: 12px;
      margin-left: 2px;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr) 240px;
      gap: 24px;
    }
    @media (max-width: 767px) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
      }
      .facets {
        order: -1;
      }
    }
    .hits {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .hit {
      padding: 12px 0;
      border-bottom: 1px solid #eef0f3;
    }
    .hit-title {
      font-size: 16px;
      font-weight: 600;
    }
    .snippet {
      margin: 4px 0;
      color: #2b2f36;
      overflow-wrap: anywhere;
    }
    .hit ::ng-deep mark {
      background: #fff1b8;
      color: inherit;
      padding: 0 1px;
    }
    .muted {
      color: #5c6370;
    }
    .date {
      font-size: 12px;
    }
    .facet-title {
      font-size: 14px;
      margin: 12px 0 6px;
    }
    .facet-values {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
    }
  `,
})
export class SearchPage {
  private readonly api = inject(SearchApi);
  protected readonly facets = signal<SearchFacets>(NO_FACETS);
  /** The total is "at least" (a word found in very many documents). */
  protected readonly capped = signal(false);
  protected readonly controls: FilterBarControl[] = [
    { kind: 'search', key: 'q', placeholder: 'search.placeholder', testId: 'search-input' },
  ];
  protected readonly list = new ListPage({
    filters: {
      q: filter.text(),
      kind: filter.choice(),
      method: filter.choice(),
      industry: filter.choice(),
      year: filter.number(),
    },
    fetch: (f, page, pageSize) => {
      if (!f.q.trim()) {
        this.facets.set(NO_FACETS);
        return of({ items: [] as SearchHit[], total: 0 });
      }
      return this.api
        .search({
          q: f.q,
          kind: f.kind ?? undefined,
          method: f.method ?? undefined,
          industry: f.industry ?? undefined,
          year: f.year ?? undefined,
          page,
          pageSize,
        })
        .pipe(
          tap((r) => {
            this.facets.set(r.facets);
            this.capped.set(r.totalCapped);
          }),
        );
    },
  });

  /** Every kind that has results, in the product's order. */
  protected readonly kinds = computed(() =>
    SEARCH_KINDS.filter((k) => this.facets().kind[k]).map((k) => ({ kind: k, count: this.facets().kind[k] })),
  );
  protected readonly facetGroups = computed(() =>
    (['method', 'industry', 'year'] as const).map((key) => ({
      key,
      values: Object.entries(this.facets()[key]).map(([value, count]) => ({ value, count })),
    })),
  );
  protected readonly hasFacets = computed(() => this.facetGroups().some((g) => g.values.length));

  protected isChosen(key: 'method' | 'industry' | 'year', value: string): boolean {
    return String(this.list.filters()[key] ?? '') === value;
  }

  protected choose(key: 'method' | 'industry' | 'year', value: string, on: boolean): void {
    this.list.set({ [key]: on ? (key === 'year' ? Number(value) : value) : null });
  }
}
