import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AUDIT_ACTIONS, type AuditEntry } from '@cqo/contracts';
import { LIST_PAGE, ListPage } from '../../shared/list';
import { AdminApi } from './admin.api';
import { SearchStatusComponent } from './search-status.component';

const KNOWN_ACTIONS = new Set<string>(AUDIT_ACTIONS);
/** Where a subject of the log can be opened. */
const SUBJECT_LINKS: Record<string, (entry: AuditEntry) => unknown[]> = {
  filing: (e) => ['/review', e.subjectId],
  announcement: (e) => ['/announcements', e.subjectId],
  opportunity: (e) => ['/opportunities', e.subjectId],
};

/** The audit log: who (by name) did what (in words) to which record (a link), and why; newest first. */
@Component({
  selector: 'cqo-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...LIST_PAGE, SearchStatusComponent],
  template: `
    <cqo-page heading="admin.auditTitle">
      <cqo-search-status />
      <cqo-paged-table [list]="list" [columns]="columns" label="admin.auditTitle" scrollX="720px">
        <ng-template [cqoRow]="list" let-e>
          <td>{{ e.createdAt | date: 'yyyy-MM-dd HH:mm:ss' }}</td>
          <td [title]="e.action" data-testid="audit-action">
            {{ known(e.action) ? ('admin.auditActions.' + e.action | transloco) : e.action }}
          </td>
          <td data-testid="audit-actor">
            {{ e.actorName ?? (e.actorId ? '—' : ('admin.system' | transloco)) }}
          </td>
          <td data-testid="audit-subject">
            @if (link(e); as target) {
              <a [routerLink]="target">{{ 'admin.subjectTypes.' + e.subjectType | transloco }}</a>
            } @else if (e.subjectName) {
              {{ 'admin.subjectTypes.' + e.subjectType | transloco }} · {{ e.subjectName }}
            } @else {
              {{ 'admin.subjectTypes.' + e.subjectType | transloco }}
            }
          </td>
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

  protected known(action: string): boolean {
    return KNOWN_ACTIONS.has(action);
  }

  protected link(entry: AuditEntry): unknown[] | null {
    return entry.subjectId && SUBJECT_LINKS[entry.subjectType]
      ? SUBJECT_LINKS[entry.subjectType](entry)
      : null;
  }
}
