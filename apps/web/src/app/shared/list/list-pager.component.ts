import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import type { PagedSource } from './list-page';

/** Page numbers under a list that is not a table (cards, feeds), shown once there is a second page. */
@Component({
  selector: 'cqo-list-pager',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NzPaginationModule],
  template: `
    @if (list().total() > list().pageSize) {
      <nz-pagination
        class="pager"
        [nzPageIndex]="list().page()"
        [nzTotal]="list().total()"
        [nzPageSize]="list().pageSize"
        (nzPageIndexChange)="list().goTo($event)"
      />
    }
  `,
  styles: `
    .pager {
      margin-top: 12px;
    }
  `,
})
export class ListPagerComponent<T> {
  readonly list = input.required<PagedSource<T>>();
}
