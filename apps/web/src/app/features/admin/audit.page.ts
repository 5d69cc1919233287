import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AdminApi } from './admin.api';
import { LIST_PAGE, ListPage } from '../../shared/list';

/** The audit log: who did what to which record, newest first. */
@Component({
  selector: 'cqo-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...LIST_PAGE],
  template: `
    <cqo-page title="admin.auditTitle">
      <cqo-paged-table [list]="list" [columns]="columns" label="admin.auditTitle" scrollX="720px">
        <ng-template [cqoRow]="list" let-e>
          <td>{{ e.createdAt | date: 'yyyy-MM-dd HH:mm:ss' }}</td>
          <td>
            <code>{{ e.action }}</code>
          </td>
          <td>{{ e.actorId ?? '—' }}</td>
          <td>{{ e.subjectType }} {{ e.subjectId }}</td>
          <td>{{ e.reason ?? '' }}</td>
        </ng-template>
      </cqo-paged-table>
    </cqo-page>
  `,
})
export class AuditPage {
  private readonly api = inject(AdminApi);
  protected readonly columns = [
    'admin.sentAt',
    'admin.action',
    'admin.actor',
    'admin.subjectCol',
    'admin.reason',
  ];
  protected readonly list = new ListPage({
    filters: {},
    fetch: (_f, page, pageSize) => this.api.audit(page, pageSize),
  });
}
