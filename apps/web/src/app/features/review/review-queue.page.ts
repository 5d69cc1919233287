import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ELIGIBILITY_OUTCOMES, ENTERPRISE_SIZES } from '@cqo/rules';
import { FILING_STATUSES, type FilingListItem } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { toClientError } from '../../core/api/api-error';
import { regionLabel, zhuhaiDistrictOptions } from '../../shared/filter-options';
import { errorText } from '../../shared/form-errors';
import { PagedList } from '../../shared/paged-list';
import { saveBlob } from '../../shared/save-blob';
import { FilingApi } from '../filing/filing.api';
import { TalentPoolImportComponent } from './talent-pool-import.component';
import { InnerLabelDirective } from '../../shared/inner-label.directive';
import { KeyboardScrollDirective } from '../../shared/keyboard-scroll.directive';

const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(d);

/** Staff queue: filters by status, district, industry, size, eligibility and submission date, plus search. */
@Component({
  selector: 'cqo-review-queue-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    KeyboardScrollDirective,
    InnerLabelDirective,
    DatePipe,
    FormsModule,
    RouterLink,
    TranslocoPipe,
    TalentPoolImportComponent,
    NzButtonModule,
    NzDatePickerModule,
    NzInputModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
  ],
  template: `
    <section class="page">
      <h1 class="page-title">{{ 'review.title' | transloco }}</h1>
      <div class="filters">
        <nz-select
          nzMode="multiple"
          [(ngModel)]="status"
          (ngModelChange)="list.load(1)"
          [nzPlaceHolder]="'admin.status' | transloco"
          class="f-status"
          [attr.aria-label]="'admin.status' | transloco"
          data-testid="filter-status"
        >
          @for (s of statuses; track s) {
            <nz-option [nzValue]="s" [nzLabel]="'filing.status.' + s | transloco" />
          }
        </nz-select>
        <nz-select
          [(ngModel)]="region"
          (ngModelChange)="list.load(1)"
          nzAllowClear
          [nzPlaceHolder]="'review.district' | transloco"
          class="f-small"
          [attr.aria-label]="'review.district' | transloco"
        >
          @for (d of districts; track d.value) {
            <nz-option [nzValue]="d.value" [nzLabel]="d.label" />
          }
        </nz-select>
        <input
          nz-input
          class="f-small"
          [(ngModel)]="industry"
          (keyup.enter)="list.load(1)"
          [placeholder]="'review.industryPrefix' | transloco"
          [attr.aria-label]="'review.industryPrefix' | transloco"
        />
        <nz-select
          nzMode="multiple"
          [(ngModel)]="size"
          (ngModelChange)="list.load(1)"
          [nzPlaceHolder]="'filing.sizeResult' | transloco"
          class="f-small"
          [attr.aria-label]="'filing.sizeResult' | transloco"
        >
          @for (s of sizes; track s) {
            <nz-option [nzValue]="s" [nzLabel]="'sizes.' + s | transloco" />
          }
        </nz-select>
        <nz-select
          nzMode="multiple"
          [(ngModel)]="eligibility"
          (ngModelChange)="list.load(1)"
          [nzPlaceHolder]="'filing.eligibility' | transloco"
          class="f-small"
          [attr.aria-label]="'filing.eligibility' | transloco"
        >
          @for (o of outcomes; track o) {
            <nz-option [nzValue]="o" [nzLabel]="'filing.outcome.' + o | transloco" />
          }
        </nz-select>
        <nz-range-picker
          [(ngModel)]="range"
          (ngModelChange)="list.load(1)"
          [attr.aria-label]="'review.submittedRange' | transloco"
        />
        <nz-input-search class="f-search">
          <input
            nz-input
            type="search"
            [(ngModel)]="q"
            (keyup.enter)="list.load(1)"
            [placeholder]="'common.search' | transloco"
            [attr.aria-label]="'common.search' | transloco"
            data-testid="queue-search"
          />
        </nz-input-search>
        <button nz-button (click)="exportPool()" data-testid="export-pool">
          {{ 'review.export' | transloco }}
        </button>
        <cqo-talent-pool-import (imported)="list.load(1)" />
      </div>
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
        [nzScroll]="{ x: '900px' }"
        [attr.aria-label]="'review.title' | transloco"
      >
        <thead>
          <tr>
            <th>{{ 'filing.f.name' | transloco }}</th>
            <th>{{ 'filing.f.cqoName' | transloco }}</th>
            <th>{{ 'review.district' | transloco }}</th>
            <th>{{ 'filing.f.industryCode' | transloco }}</th>
            <th>{{ 'filing.sizeResult' | transloco }}</th>
            <th>{{ 'filing.eligibility' | transloco }}</th>
            <th>{{ 'admin.status' | transloco }}</th>
            <th>{{ 'review.submittedRange' | transloco }}</th>
            <th>{{ 'common.actions' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (f of table.data; track f.id) {
            <tr>
              <td>{{ f.enterpriseName }}</td>
              <td>{{ f.cqoName }}</td>
              <td>{{ regionLabel(f.regionCode) }}</td>
              <td>{{ f.industryCode }}</td>
              <td>{{ f.enterpriseSize ? ('sizes.' + f.enterpriseSize | transloco) : '' }}</td>
              <td>
                {{ f.eligibilityOutcome ? ('filing.outcome.' + f.eligibilityOutcome | transloco) : '' }}
              </td>
              <td>
                <nz-tag>{{ 'filing.status.' + f.status | transloco }}</nz-tag>
              </td>
              <td>{{ f.submittedAt | date: 'yyyy-MM-dd HH:mm' }}</td>
              <td>
                <a [routerLink]="['/review', f.id]" [attr.data-testid]="'open-' + f.enterpriseName">{{
                  'review.open' | transloco
                }}</a>
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
    </section>
  `,
  styles: `
    .filters {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
      margin-bottom: 16px;
    }
    .f-status {
      min-width: 200px;
    }
    .f-small {
      width: 160px;
    }
    .f-search {
      flex: 1 1 200px;
    }
  `,
})
export class ReviewQueuePage {
  private readonly api = inject(FilingApi);
  private readonly message = inject(NzMessageService);
  private readonly transloco = inject(TranslocoService);
  protected readonly statuses = FILING_STATUSES;
  protected readonly sizes = ENTERPRISE_SIZES;
  protected readonly outcomes = ELIGIBILITY_OUTCOMES;
  protected readonly districts = zhuhaiDistrictOptions();
  protected readonly regionLabel = regionLabel;
  protected status: string[] = ['submitted'];
  protected region: string | null = null;
  protected industry = '';
  protected size: string[] = [];
  protected eligibility: string[] = [];
  protected range: Date[] = [];
  protected q = '';

  protected readonly list = new PagedList<FilingListItem>(
    (page) =>
      this.api.list({
        status: this.status,
        region: this.region ?? undefined,
        industry: this.industry.trim() || undefined,
        size: this.size,
        eligibility: this.eligibility,
        submittedFrom: this.range?.[0] ? day(this.range[0]) : undefined,
        submittedTo: this.range?.[1] ? day(this.range[1]) : undefined,
        q: this.q.trim() || undefined,
        page,
        pageSize: 20,
      }),
    (e) => {
      const err = toClientError(e);
      this.message.error(errorText(this.transloco, err.code, err.params));
    },
  );

  constructor() {
    void this.list.load(1);
  }

  async exportPool(): Promise<void> {
    const res = await firstValueFrom(this.api.download('/api/talent-pool/export.xlsx'));
    if (res.body) saveBlob(res.body, '企业首席质量官人才库信息表.xlsx');
  }
}
