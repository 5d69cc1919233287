import { DatePipe } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { AUDIT_ACTIONS, type AuditEntry } from '@cqo/contracts';
import { NzCardModule } from 'ng-zorro-antd/card';
import { firstValueFrom } from 'rxjs';

const KNOWN = new Set<string>(AUDIT_ACTIONS);

/** A staff member's own recent audited actions (decisions, exports, moderation), newest first. */
@Component({
  selector: 'cqo-my-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, TranslocoPipe, NzCardModule],
  template: `
    @if (entries().length) {
      <nz-card [nzTitle]="'account.recentActions' | transloco" class="gap" data-testid="my-actions">
        <ul class="actions">
          @for (e of entries(); track e.id) {
            <li>
              <span class="when">{{ e.createdAt | date: 'yyyy-MM-dd HH:mm' }}</span>
              {{ known(e.action) ? ('admin.auditActions.' + e.action | transloco) : e.action }}
              @if (e.subjectName) {
                · {{ e.subjectName }}
              }
            </li>
          }
        </ul>
      </nz-card>
    }
  `,
  styles: `
    .gap {
      margin-bottom: 16px;
    }
    .actions {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .actions li {
      padding: 2px 0;
    }
    .when {
      color: #5c6370;
      margin-right: 8px;
      white-space: nowrap;
    }
  `,
})
export class MyActionsComponent {
  protected readonly entries = signal<AuditEntry[]>([]);

  constructor() {
    const http = inject(HttpClient);
    void firstValueFrom(http.get<{ items: AuditEntry[] }>('/api/me/audit', { params: { pageSize: 10 } }))
      .then((page) => this.entries.set(page.items))
      .catch(() => undefined);
  }

  protected known(action: string): boolean {
    return KNOWN.has(action);
  }
}
