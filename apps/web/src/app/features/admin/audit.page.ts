import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzTableModule } from 'ng-zorro-antd/table';
import { firstValueFrom } from 'rxjs';
import { AdminApi, type AuditItem } from './admin.api';

@Component({
  selector: 'cqo-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, TranslocoPipe, NzTableModule],
  template: `
    <section class="page">
      <h1 class="page-title">{{ 'admin.auditTitle' | transloco }}</h1>
      <nz-table
        #table
        [nzData]="items()"
        [nzLoading]="loading()"
        [nzTotal]="total()"
        [nzPageIndex]="page()"
        [nzPageSize]="20"
        [nzFrontPagination]="false"
        (nzPageIndexChange)="load($event)"
        nzSize="middle"
        [nzScroll]="{ x: '720px' }"
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
  protected readonly items = signal<AuditItem[]>([]);
  protected readonly total = signal(0);
  protected readonly page = signal(1);
  protected readonly loading = signal(false);

  constructor() {
    void this.load(1);
  }

  async load(page: number): Promise<void> {
    this.loading.set(true);
    try {
      const res = await firstValueFrom(this.api.audit(page, 20));
      this.items.set(res.items);
      this.total.set(res.total);
      this.page.set(page);
    } finally {
      this.loading.set(false);
    }
  }
}
