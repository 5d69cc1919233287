import { HttpClient, HttpParams } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { type DirectoryEntry } from '@cqo/contracts';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { MyCardComponent } from './my-card.component';
import { LIST_PAGE, ListPage, filter, type FilterBarControl } from '../../shared/list';
import { IndustryNamePipe, RegionNamePipe } from '../../shared/code-names.pipe';

/** Members find each other; each member decides here, on their card, what others see of them. */
@Component({
  selector: 'cqo-directory-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...LIST_PAGE, IndustryNamePipe, RegionNamePipe, MyCardComponent, NzTagModule],
  template: `
    <cqo-page heading="dir.title">
      <cqo-filter-bar [list]="list" [controls]="filters" />
      <cqo-paged-table
        [list]="list"
        [columns]="columns"
        label="dir.title"
        tableClass="stack-on-phone"
        testId="dir-table"
      >
        <ng-template [cqoRow]="list" let-m>
          <td>
            <a [routerLink]="['/directory', m.userId]">{{ m.name }}</a>
            @if (m.position) {
              <div class="muted">{{ m.position }}</div>
            }
          </td>
          <td>
            {{ m.enterpriseName }}
            @if (m.enterpriseSize) {
              <nz-tag>{{ 'sizes.' + m.enterpriseSize | transloco }}</nz-tag>
            }
            @for (topic of m.topics; track topic) {
              <nz-tag nzColor="blue">{{ topic }}</nz-tag>
            }
          </td>
          <td [attr.data-label]="'dir.industry' | transloco">{{ m.industryCode | industry }}</td>
          <td [attr.data-label]="'dir.region' | transloco">{{ m.regionCode | region }}</td>
          <td [attr.data-label]="'dir.contact' | transloco">{{ contact(m) }}</td>
        </ng-template>
      </cqo-paged-table>

      <cqo-my-card (saved)="list.reload()" />
    </cqo-page>
  `,
})
export class DirectoryPage {
  private readonly http = inject(HttpClient);
  protected readonly filters: FilterBarControl[] = [
    { kind: 'search', key: 'q', placeholder: 'dir.searchPlaceholder', testId: 'dir-search' },
    { kind: 'choice', key: 'industry', preset: 'industry', testId: 'dir-industry' },
    { kind: 'choice', key: 'region', preset: 'district', label: 'dir.region', testId: 'dir-region' },
    { kind: 'choice', key: 'size', preset: 'size', label: 'dir.size' },
    { kind: 'number', key: 'minYears', label: 'dir.minYears', max: 60 },
  ];
  protected readonly columns = ['dir.name', 'dir.enterprise', 'dir.industry', 'dir.region', 'dir.contact'];
  protected readonly list = new ListPage({
    filters: {
      q: filter.text(),
      industry: filter.choice(),
      region: filter.choice(),
      size: filter.list(),
      minYears: filter.number(),
    },
    fetch: (f, page, pageSize) => {
      let params = new HttpParams().set('page', page).set('pageSize', pageSize);
      if (f.q) params = params.set('q', f.q);
      if (f.industry) params = params.set('industry', f.industry);
      if (f.region) params = params.set('region', f.region);
      if (f.minYears !== null) params = params.set('minYears', f.minYears);
      if (f.size.length) params = params.set('size', f.size.join(','));
      return this.http.get<{ items: DirectoryEntry[]; total: number }>('/api/directory', { params });
    },
  });

  contact(m: DirectoryEntry): string {
    return [m.email, m.phone].filter(Boolean).join(' ');
  }
}
