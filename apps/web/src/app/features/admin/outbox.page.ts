import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { MailStatus } from '@cqo/contracts';
import { AdminApi } from './admin.api';
import { LIST_PAGE, ListPage } from '../../shared/list';

/** The mails the platform sent (or logged, without SMTP): a row opens its text. */
@Component({
  selector: 'cqo-outbox-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...LIST_PAGE, NzTagModule],
  template: `
    <cqo-page heading="admin.outboxTitle" lead="admin.outboxLead">
      <cqo-paged-table
        [list]="list"
        [columns]="columns"
        label="admin.outboxTitle"
        scrollX="640px"
        [expanded]="isOpen"
        (rowClick)="open.set(open() === $event.id ? null : $event.id)"
      >
        <ng-template [cqoRow]="list" let-m>
          <td>{{ m.createdAt | date: 'yyyy-MM-dd HH:mm' }}</td>
          <td>{{ m.to }}</td>
          <td>{{ m.subject }}</td>
          <td>
            <nz-tag [nzColor]="statusColor[m.status]">{{
              'admin.mailStatus.' + m.status | transloco
            }}</nz-tag>
          </td>
        </ng-template>
        <ng-template [cqoRowDetail]="list" let-m>
          <pre class="body">{{ m.text }}</pre>
        </ng-template>
      </cqo-paged-table>
    </cqo-page>
  `,
  styles: `
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
  protected readonly statusColor: Record<MailStatus, string> = {
    outbox: 'default',
    sent: 'success',
    failed: 'error',
  };
  protected readonly isOpen = (m: { id: string }) => this.open() === m.id;
  protected readonly columns = ['admin.sentAt', 'admin.to', 'admin.subject', 'admin.status'];
  protected readonly list = new ListPage({
    filters: {},
    fetch: (_f, page, pageSize) => this.api.outbox(page, pageSize),
  });
}
