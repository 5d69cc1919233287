import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { AUDIT_ACTIONS, type AuditEntry } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { LIST_PAGE, ListPage, filter, type FilterBarControl } from '../../shared/list';
import { saveBlob } from '../../shared/save-blob';
import { userAction } from '../../shared/user-action';
import { AdminApi } from './admin.api';
import { SearchStatusComponent } from './search-status.component';

const KNOWN_ACTIONS = new Set<string>(AUDIT_ACTIONS);
/** Where a subject of the log can be opened. */
const SUBJECT_LINKS: Record<string, (entry: AuditEntry) => unknown[]> = {
  filing: (e) => ['/review', e.subjectId],
  announcement: (e) => ['/announcements', e.subjectId],
  opportunity: (e) => ['/opportunities', e.subjectId],
  consultation: (e) => ['/consultations', e.subjectId],
  channel: (e) => ['/channels', e.subjectId],
};
/** The kinds of record the log names, for its filter. */
const SUBJECT_TYPES = [
  'filing',
  'user',
  'talent-pool',
  'announcement',
  'opportunity',
  'message',
  'channel',
  'consultation',
  'dashboard',
  'audit',
];

/**
 * The audit log: who (by name) did what (in words) to which record (a link), and why; newest
 * first. Filtered by action, kind of record, days and person (a click on a name), and exported
 * as it is filtered.
 */
@Component({
  selector: 'cqo-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...LIST_PAGE, NzButtonModule, NzTagModule, SearchStatusComponent],
  template: `
    <cqo-page heading="admin.auditTitle">
      <cqo-search-status />
      <cqo-filter-bar [list]="list" [controls]="filters">
        @if (list.filters().actorId) {
          <nz-tag
            nzMode="closeable"
            (nzOnClose)="list.set({ actorId: null })"
            data-testid="audit-actor-filter"
          >
            {{ 'admin.actor' | transloco }}：{{ actorName() }}
          </nz-tag>
        }
        <button nz-button (click)="export()" [nzLoading]="busy()" data-testid="audit-export">
          {{ 'admin.auditExport' | transloco }}
        </button>
      </cqo-filter-bar>
      <cqo-paged-table [list]="list" [columns]="columns" label="admin.auditTitle" scrollX="720px">
        <ng-template [cqoRow]="list" let-e>
          <td>{{ e.createdAt | date: 'yyyy-MM-dd HH:mm:ss' }}</td>
          <td [title]="e.action" data-testid="audit-action">
            {{ known(e.action) ? ('admin.auditActions.' + e.action | transloco) : e.action }}
          </td>
          <td data-testid="audit-actor">
            @if (e.actorId) {
              <button
                type="button"
                class="link"
                (click)="list.set({ actorId: e.actorId }); names.set(e.actorId, e.actorName ?? '—')"
                [title]="'admin.onlyThisActor' | transloco"
              >
                {{ e.actorName ?? '—' }}
              </button>
            } @else {
              {{ 'admin.system' | transloco }}
            }
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
  styles: `
    .link {
      background: none;
      border: 0;
      padding: 0;
      color: #0958d9;
      cursor: pointer;
      text-align: left;
    }
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
  protected readonly filters: FilterBarControl[] = [
    {
      kind: 'choice',
      key: 'action',
      label: 'admin.action',
      options: AUDIT_ACTIONS,
      optionLabel: 'admin.auditActions.',
      testId: 'audit-filter-action',
    },
    {
      kind: 'choice',
      key: 'subjectType',
      label: 'admin.subjectCol',
      options: SUBJECT_TYPES,
      optionLabel: 'admin.subjectTypes.',
      testId: 'audit-filter-subject',
    },
    { kind: 'dateRange', label: 'admin.sentAt' },
  ];
  protected readonly list = new ListPage({
    filters: {
      action: filter.choice(),
      subjectType: filter.choice(),
      actorId: filter.choice(),
      from: filter.choice(),
      to: filter.choice(),
    },
    fetch: (f, page, pageSize) => this.api.audit(page, pageSize, f),
  });
  /** Names of the people filtered by, as they were clicked (the address keeps only the id). */
  protected readonly names = new Map<string, string>();
  protected readonly actorName = computed(() => {
    const id = this.list.filters().actorId;
    return (id && (this.names.get(id) ?? this.list.items().find((e) => e.actorId === id)?.actorName)) || '—';
  });
  private readonly action = userAction();
  protected readonly busy = this.action.busy;

  protected export(): Promise<void> {
    return this.action.run(async () =>
      saveBlob(await firstValueFrom(this.api.auditExport(this.list.filters())), '审计日志.xlsx'),
    );
  }

  protected known(action: string): boolean {
    return KNOWN_ACTIONS.has(action);
  }

  protected link(entry: AuditEntry): unknown[] | null {
    return entry.subjectId && SUBJECT_LINKS[entry.subjectType]
      ? SUBJECT_LINKS[entry.subjectType](entry)
      : null;
  }
}
