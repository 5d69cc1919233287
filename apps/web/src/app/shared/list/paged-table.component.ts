import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  contentChild,
  Directive,
  input,
  output,
  TemplateRef,
  inject,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzTableModule } from 'ng-zorro-antd/table';
import { KeyboardScrollDirective } from '../keyboard-scroll.directive';
import type { PagedSource } from './list-page';

/** The cells of one row: `<ng-template [cqoRow]="list" let-user>…<td>…</td></ng-template>`. */
@Directive({ selector: 'ng-template[cqoRow]' })
export class PagedRowDirective<T> {
  readonly cqoRow = input.required<PagedSource<T>>();
  readonly template = inject<TemplateRef<{ $implicit: T }>>(TemplateRef);

  static ngTemplateContextGuard<T>(_dir: PagedRowDirective<T>, _ctx: unknown): _ctx is { $implicit: T } {
    return true;
  }
}

/** An optional full-width line under a row (shown while `expanded(row)`), e.g. a mail's text. */
@Directive({ selector: 'ng-template[cqoRowDetail]' })
export class PagedRowDetailDirective<T> {
  readonly cqoRowDetail = input.required<PagedSource<T>>();
  readonly template = inject<TemplateRef<{ $implicit: T }>>(TemplateRef);

  static ngTemplateContextGuard<T>(
    _dir: PagedRowDetailDirective<T>,
    _ctx: unknown,
  ): _ctx is { $implicit: T } {
    return true;
  }
}

/**
 * A server-paged table bound to a ListPage: headers from translation keys, rows from the
 * `cqoRow` template, pages through the list (and so through the URL). Wide tables scroll sideways
 * and stay reachable by keyboard.
 */
@Component({
  selector: 'cqo-paged-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, TranslocoPipe, NzTableModule, KeyboardScrollDirective],
  template: `
    <nz-table
      #table
      [nzData]="list().items()"
      [nzLoading]="list().loading()"
      [nzTotal]="list().total()"
      [nzPageIndex]="list().page()"
      [nzPageSize]="list().pageSize"
      [nzFrontPagination]="false"
      (nzPageIndexChange)="list().goTo($event)"
      nzSize="middle"
      [nzScroll]="scrollX() ? { x: scrollX() } : {}"
      [nzNoResult]="empty() ? (empty() | transloco) : undefined"
      [attr.aria-label]="label() | transloco"
      [attr.data-testid]="testId()"
      [class]="tableClass()"
    >
      <thead>
        <tr>
          @for (column of columns(); track column) {
            <th>{{ column | transloco }}</th>
          }
        </tr>
      </thead>
      <tbody>
        @for (item of table.data; track $index) {
          <tr [class.clickable]="!!detail()" (click)="rowClick.emit(item)">
            <ng-container
              [ngTemplateOutlet]="row().template"
              [ngTemplateOutletContext]="{ $implicit: item }"
            />
          </tr>
          @if (detail() && expanded()(item)) {
            <tr>
              <td [attr.colspan]="columns().length">
                <ng-container
                  [ngTemplateOutlet]="detail()!.template"
                  [ngTemplateOutletContext]="{ $implicit: item }"
                />
              </td>
            </tr>
          }
        }
      </tbody>
    </nz-table>
    @if (list().totalCapped?.()) {
      <p class="capped" role="status" data-testid="list-capped">
        {{ 'common.capped' | transloco: { total: list().total() } }}
      </p>
    }
  `,
  styles: `
    .clickable {
      cursor: pointer;
    }
    .capped {
      margin: 8px 0 0;
      color: #5c6370;
    }
  `,
})
export class PagedTableComponent<T> {
  readonly list = input.required<PagedSource<T>>();
  /** Translation keys of the column headers. */
  readonly columns = input.required<readonly string[]>();
  /** Translation key of the table's name (for screen readers). */
  readonly label = input.required<string>();
  /** Translation key shown when there are no rows. */
  readonly empty = input<string>();
  readonly scrollX = input<string>();
  readonly tableClass = input('');
  readonly testId = input<string>();
  readonly expanded = input<(item: T) => boolean>(() => false);
  readonly rowClick = output<T>();
  protected readonly row = contentChild.required<PagedRowDirective<T>>(PagedRowDirective);
  protected readonly detail = contentChild<PagedRowDetailDirective<T>>(PagedRowDetailDirective);
}
