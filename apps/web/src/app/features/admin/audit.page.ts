import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzTableModule } from 'ng-zorro-antd/table';
import { PagedList } from '../../shared/paged-list';
import { AdminApi } from './admin.api';
import { KeyboardScrollDirective } from '../../shared/keyboard-scroll.directive';

@Component({
  selector: 'cqo-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [KeyboardScrollDirective, DatePipe, TranslocoPipe, NzTableModule],
  template: `
    <section class="page">
      <h1 class="page-title">{{ 'admin.auditTitle' | transloco }}</h1>
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
        [nzScroll]="{ x: '720px' }"
        [attr.aria-label]="'admin.auditTitle' | transloco"
      >
        <thead>
          <tr>
            <th>{{ 'admin.sentAt' | transloco }}</th>
            <th>{{ 'admin.action' | transloco }}</th>
            <th>{{ 'admin.actor' | transloco }}</th>
            <th>{{ 'admin.subjectCol' | transloco }}</th>
            <th>{{ 'admin.reason' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (e of table.data; track e.id) {
            <tr>
              <td>{{ e.createdAt | date: 'yyyy-MM-dd HH:mm:ss' }}</td>
              <td>
                <code>{{ e.action }}</code>
              </td>
              <td>{{ e.actorId ?? '—' }}</td>
              <td>{{ e.subjectType }} {{ e.subjectId }}</td>
              <td>{{ e.reason ?? '' }}</td>
            </tr>
          }
        </tbody>
      </nz-table>
    </section>
  `,
})
export class AuditPage {
  private readonly api = inject(AdminApi);

  protected readonly list = new PagedList((page) => this.api.audit(page, 20));

  constructor() {
    void this.list.load(1);
  }
}
