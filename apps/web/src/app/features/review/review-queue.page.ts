import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ELIGIBILITY_OUTCOMES } from '@cqo/rules';
import { FILING_STATUSES } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { Notice } from '../../shared/notice';
import { saveBlob } from '../../shared/save-blob';
import { FilingApi } from '../filing';
import { TalentPoolImportComponent } from './talent-pool-import.component';
import { IndustryNamePipe, RegionNamePipe } from '../../shared/code-names.pipe';
import { LIST_PAGE, ListPage, filter, type FilterBarControl } from '../../shared/list';

/** Staff queue: filters by status, district, industry, size, eligibility and submission date, plus search. */
@Component({
  selector: 'cqo-review-queue-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...LIST_PAGE,
    IndustryNamePipe,
    RegionNamePipe,
    TalentPoolImportComponent,
    NzButtonModule,
    NzTagModule,
  ],
  template: `
    <cqo-page heading="review.title">
      <cqo-filter-bar [list]="list" [controls]="filters">
        <button nz-button (click)="exportPool()" data-testid="export-pool">
          {{ 'review.export' | transloco }}
        </button>
        <cqo-talent-pool-import (imported)="list.reload()" />
      </cqo-filter-bar>
      <cqo-paged-table [list]="list" [columns]="columns" label="review.title" scrollX="900px">
        <ng-template [cqoRow]="list" let-f>
          <td>{{ f.enterpriseName }}</td>
          <td>{{ f.cqoName }}</td>
          <td>{{ f.regionCode | region }}</td>
          <td [title]="f.industryCode ?? ''" data-testid="queue-industry">{{ f.industryCode | industry }}</td>
          <td>{{ f.enterpriseSize ? ('sizes.' + f.enterpriseSize | transloco) : '' }}</td>
          <td>{{ f.eligibilityOutcome ? ('filing.outcome.' + f.eligibilityOutcome | transloco) : '' }}</td>
          <td>
            <nz-tag>{{ 'filing.status.' + f.status | transloco }}</nz-tag>
          </td>
          <td>{{ f.submittedAt | date: 'yyyy-MM-dd HH:mm' }}</td>
          <td>
            <a [routerLink]="['/review', f.id]" [attr.data-testid]="'open-' + f.enterpriseName">{{
              'review.open' | transloco
            }}</a>
          </td>
        </ng-template>
      </cqo-paged-table>
    </cqo-page>
  `,
})
export class ReviewQueuePage {
  private readonly api = inject(FilingApi);
  private readonly notice = inject(Notice);
  protected readonly filters: FilterBarControl[] = [
    {
      kind: 'choice',
      key: 'status',
      label: 'admin.status',
      options: FILING_STATUSES,
      optionLabel: 'filing.status.',
      multiple: true,
      testId: 'filter-status',
    },
    { kind: 'choice', key: 'region', preset: 'district' },
    { kind: 'choice', key: 'industry', preset: 'industry' },
    { kind: 'choice', key: 'size', preset: 'size' },
    {
      kind: 'choice',
      key: 'eligibility',
      label: 'filing.eligibility',
      options: ELIGIBILITY_OUTCOMES,
      optionLabel: 'filing.outcome.',
      multiple: true,
    },
    { kind: 'dateRange', label: 'review.submittedRange' },
    { kind: 'search', key: 'q', testId: 'queue-search' },
  ];
  protected readonly columns = [
    'filing.f.name',
    'filing.f.cqoName',
    'review.district',
    'filing.f.industryCode',
    'filing.sizeResult',
    'filing.eligibility',
    'admin.status',
    'review.submittedRange',
    'common.actions',
  ];

  protected readonly list = new ListPage({
    filters: {
      status: filter.list(['submitted']),
      region: filter.choice(),
      industry: filter.choice(),
      size: filter.list(),
      eligibility: filter.list(),
      from: filter.choice(),
      to: filter.choice(),
      q: filter.text(),
    },
    fetch: (f, page, pageSize) =>
      this.api.list({
        status: f.status,
        region: f.region ?? undefined,
        industry: f.industry ?? undefined,
        size: f.size,
        eligibility: f.eligibility,
        submittedFrom: f.from ?? undefined,
        submittedTo: f.to ?? undefined,
        q: f.q || undefined,
        page,
        pageSize,
      }),
    onError: (e) => this.notice.failure(e),
  });

  async exportPool(): Promise<void> {
    const res = await firstValueFrom(this.api.download('/api/talent-pool/export.xlsx'));
    if (res.body) saveBlob(res.body, '企业首席质量官人才库信息表.xlsx');
  }
}
