import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { PagedList } from '../../shared/paged-list';
import { AdminApi } from './admin.api';
import { KeyboardScrollDirective } from '../../shared/keyboard-scroll.directive';

@Component({
  selector: 'cqo-outbox-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [KeyboardScrollDirective, DatePipe, TranslocoPipe, NzTableModule, NzTagModule],
  template: `
    <section class="page">
      <h1 class="page-title">{{ 'admin.outboxTitle' | transloco }}</h1>
      <p class="muted">{{ 'admin.outboxLead' | transloco }}</p>
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
        [nzScroll]="{ x: '640px' }"
        [attr.aria-label]="'admin.outboxTitle' | transloco"
      >
        <thead>
          <tr>
            <th>{{ 'admin.sentAt' | transloco }}</th>
            <th>{{ 'admin.to' | transloco }}</th>
            <th>{{ 'admin.subject' | transloco }}</th>
            <th>{{ 'admin.status' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (m of table.data; track m.id) {
            <tr (click)="open.set(open() === m.id ? null : m.id)" class="row">
              <td>{{ m.createdAt | date: 'yyyy-MM-dd HH:mm' }}</td>
              <td>{{ m.to }}</td>
              <td>{{ m.subject }}</td>
              <td>
                <nz-tag>{{ m.status }}</nz-tag>
              </td>
            </tr>
            @if (open() === m.id) {
              <tr>
                <td colspan="4">
                  <pre class="body">{{ m.text }}</pre>
                </td>
              </tr>
            }
          }
        </tbody>
      </nz-table>
    </section>
  `,
  styles: `
    .row {
      cursor: pointer;
    }
    .body {
      white-space: pre-wrap;
      word-break: break-all;
      margin: 0;
    }
  `,
})
export class OutboxPage {
  private readonly api = inject(AdminApi);
  protected readonly open = signal<string | null>(null);

  protected readonly list = new PagedList((page) => this.api.outbox(page, 20));

  constructor() {
    void this.list.load(1);
  }
}
