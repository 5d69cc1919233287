import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { TalentPoolEntry } from '@cqo/contracts';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzTableModule } from 'ng-zorro-antd/table';
import { PagedList } from '../../shared/paged-list';
import { FilingApi } from '../filing/filing.api';

/** The public talent pool: enterprise, CQO name and appointment date — nothing else is published. */
@Component({
  selector: 'cqo-talent-pool-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, TranslocoPipe, NzInputModule, NzTableModule],
  template: `
    <section class="page">
      <h1 class="page-title">{{ 'pool.title' | transloco }}</h1>
      <p class="muted">{{ 'pool.lead' | transloco }}</p>
      <nz-input-search class="search">
        <input
          nz-input
          type="search"
          [(ngModel)]="q"
          (keyup.enter)="list.load(1)"
          [placeholder]="'pool.searchPlaceholder' | transloco"
          [attr.aria-label]="'common.search' | transloco"
          data-testid="pool-search"
        />
      </nz-input-search>
      <nz-table
        #table
        [nzData]="list.items()"
        [nzLoading]="list.loading()"
        [nzTotal]="list.total()"
        [nzPageIndex]="list.page()"
        [nzPageSize]="20"
        [nzFrontPagination]="false"
        (nzPageIndexChange)="list.load($event)"
        nzSize="middle"
        [nzNoResult]="'pool.empty' | transloco"
        data-testid="pool-table"
      >
        <thead>
          <tr>
            <th>{{ 'pool.enterprise' | transloco }}</th>
            <th>{{ 'pool.cqo' | transloco }}</th>
            <th>{{ 'pool.appointedOn' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of table.data; track $index) {
            <tr>
              <td>{{ row.enterpriseName }}</td>
              <td>{{ row.cqoName }}</td>
              <td>{{ row.appointedOn }}</td>
            </tr>
          }
        </tbody>
      </nz-table>
    </section>
  `,
  styles: `
    .search {
      max-width: 420px;
      margin-bottom: 16px;
      display: flex;
    }
  `,
})
export class TalentPoolPage {
  private readonly api = inject(FilingApi);
  protected q = '';
  protected readonly list = new PagedList<TalentPoolEntry>((page) =>
    this.api.talentPool(this.q.trim(), page, 20),
  );

  constructor() {
    void this.list.load(1);
  }
}
