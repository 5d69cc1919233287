import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FilingApi } from '../filing';
import { LIST_PAGE, ListPage, filter, type FilterBarControl } from '../../shared/list';

/** The public talent pool: enterprise, CQO name and appointment date — nothing else is published. */
@Component({
  selector: 'cqo-talent-pool-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...LIST_PAGE],
  template: `
    <cqo-page heading="pool.title" lead="pool.lead">
      <cqo-filter-bar [list]="list" [controls]="filters" />
      <cqo-paged-table
        [list]="list"
        [columns]="columns"
        label="pool.title"
        empty="pool.empty"
        testId="pool-table"
      >
        <ng-template [cqoRow]="list" let-row>
          <td>{{ row.enterpriseName }}</td>
          <td>{{ row.cqoName }}</td>
          <td>{{ row.appointedOn }}</td>
        </ng-template>
      </cqo-paged-table>
    </cqo-page>
  `,
})
export class TalentPoolPage {
  private readonly api = inject(FilingApi);
  protected readonly columns = ['pool.enterprise', 'pool.cqo', 'pool.appointedOn'];
  protected readonly filters: FilterBarControl[] = [
    { kind: 'search', key: 'q', placeholder: 'pool.searchPlaceholder', testId: 'pool-search' },
  ];
  protected readonly list = new ListPage({
    filters: { q: filter.text() },
    fetch: (f, page, pageSize) => this.api.talentPool(f.q, page, pageSize),
  });
}
