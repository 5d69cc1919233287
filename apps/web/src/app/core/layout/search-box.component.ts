import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { SearchSuggestions } from '@cqo/contracts';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { Subject, catchError, debounceTime, distinctUntilChanged, of, switchMap } from 'rxjs';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

type Suggestion = SearchSuggestions['items'][number];

/**
 * The search box in the header of every page: `/` focuses it, titles are suggested as one types
 * (characters or pinyin), ↑ ↓ choose one, Enter opens it — or the results page for what was typed.
 * A combobox in the ARIA sense, without a widget library (the shell stays light).
 */
@Component({
  selector: 'cqo-search-box',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe, NzIconModule],
  host: { '(document:keydown)': 'shortcut($event)', '(focusout)': 'leave($event)' },
  template: `
    <div class="box">
      <nz-icon nzType="search" class="icon" />
      <input
        #input
        type="search"
        class="input"
        role="combobox"
        aria-autocomplete="list"
        aria-controls="search-suggestions"
        [attr.aria-expanded]="open()"
        [attr.aria-activedescendant]="active() >= 0 ? 'search-suggestion-' + active() : null"
        [attr.aria-label]="'search.label' | transloco"
        [placeholder]="'search.placeholder' | transloco"
        [value]="text()"
        (input)="typed(input.value)"
        (keydown)="key($event)"
        data-testid="header-search"
      />
      @if (open()) {
        <ul id="search-suggestions" role="listbox" class="list" data-testid="search-suggestions">
          @for (s of suggestions(); track s.kind + s.id; let i = $index) {
            <li
              [id]="'search-suggestion-' + i"
              role="option"
              [attr.aria-selected]="i === active()"
              [class.active]="i === active()"
              (mousedown)="$event.preventDefault(); go(s)"
            >
              <span class="kind">{{ 'search.kinds.' + s.kind | transloco }}</span> {{ s.title }}
            </li>
          }
        </ul>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
      position: relative;
      align-self: center;
      width: 280px;
      max-width: 100%;
      line-height: normal;
    }
    .box {
      display: flex;
      align-items: center;
      height: 32px;
      border: 1px solid #d9dde3;
      border-radius: 6px;
      padding: 0 8px;
      background: #fff;
    }
    .box:focus-within {
      border-color: #0b5cad;
    }
    .icon {
      color: #5c6370;
    }
    .input {
      border: none;
      outline: none;
      padding: 5px 6px;
      width: 100%;
      font: inherit;
      background: transparent;
    }
    .list {
      position: absolute;
      top: 100%;
      left: 0;
      right: 0;
      margin: 4px 0 0;
      padding: 4px 0;
      list-style: none;
      background: #fff;
      border: 1px solid #d9dde3;
      border-radius: 6px;
      box-shadow: 0 6px 16px rgb(0 0 0 / 8%);
      z-index: 20;
    }
    li {
      padding: 6px 12px;
      cursor: pointer;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    li.active {
      background: #e6f0fa;
    }
    .kind {
      color: #5c6370;
      font-size: 12px;
    }
  `,
})
export class SearchBoxComponent {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly input = viewChild.required<ElementRef<HTMLInputElement>>('input');
  private readonly queries = new Subject<string>();
  protected readonly text = signal('');
  protected readonly suggestions = signal<Suggestion[]>([]);
  protected readonly active = signal(-1);
  protected readonly open = signal(false);

  constructor() {
    this.queries
      .pipe(
        debounceTime(150),
        distinctUntilChanged(),
        switchMap((q) =>
          q.trim()
            ? this.http
                .get<SearchSuggestions>('/api/search/suggest', { params: { q } })
                .pipe(catchError(() => of({ items: [] })))
            : of({ items: [] }),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((r) => {
        this.suggestions.set(r.items);
        this.active.set(-1);
        this.open.set(r.items.length > 0);
      });
  }

  protected typed(value: string): void {
    this.text.set(value);
    this.queries.next(value);
  }

  protected key(event: KeyboardEvent): void {
    const count = this.suggestions().length;
    if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      this.open.set(true);
      this.active.set((this.active() + 1) % count);
    } else if (event.key === 'ArrowUp' && count) {
      event.preventDefault();
      this.active.set((this.active() - 1 + count) % count);
    } else if (event.key === 'Escape') {
      this.open.set(false);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = this.open() ? this.suggestions()[this.active()] : undefined;
      if (chosen) this.go(chosen);
      else if (this.text().trim()) {
        this.close();
        void this.router.navigate(['/search'], { queryParams: { q: this.text().trim() } });
      }
    }
  }

  protected go(s: Suggestion): void {
    this.close();
    void this.router.navigateByUrl(s.url);
  }

  /** `/` anywhere but in a field puts the cursor here. */
  protected shortcut(event: KeyboardEvent): void {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      this.input().nativeElement.focus();
    }
  }

  protected leave(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (!next || !(event.currentTarget as HTMLElement).contains(next)) this.open.set(false);
  }

  private close(): void {
    this.open.set(false);
    this.active.set(-1);
    this.input().nativeElement.blur();
  }
}
