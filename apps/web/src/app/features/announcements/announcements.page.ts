import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ANNOUNCEMENT_KINDS, ANNOUNCEMENT_STATUSES, Permission } from '@cqo/contracts';
import { NzListModule } from 'ng-zorro-antd/list';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthService } from '../../core/auth/auth.service';
import { AnnouncementEditorComponent } from './announcement-editor.component';
import { AnnouncementsApi } from './announcements.api';
import { LIST_PAGE, ListPage, filter, type FilterBarControl } from '../../shared/list';

/** Policies, regulations, standards, notices and trainings: those for the reader, pinned first. */
@Component({
  selector: 'cqo-announcements-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...LIST_PAGE, AnnouncementEditorComponent, NzListModule, NzTagModule],
  template: `
    <cqo-page heading="ann.pageTitle">
      <cqo-filter-bar [list]="list" [controls]="filters">
        @if (staff) {
          <cqo-announcement-editor (saved)="list.reload()" />
        }
      </cqo-filter-bar>
      <nz-list [nzLoading]="list.loading()" data-testid="ann-list">
        @for (a of list.items(); track a.id) {
          <nz-list-item>
            <nz-list-item-meta [nzTitle]="title" [nzDescription]="desc">
              <ng-template #title>
                @if (a.pinned) {
                  <nz-tag nzColor="red">{{ 'ann.pinnedTag' | transloco }}</nz-tag>
                }
                <nz-tag nzColor="blue">{{ 'ann.kinds.' + a.kind | transloco }}</nz-tag>
                @if (a.read === false) {
                  <span
                    class="unread-dot"
                    role="img"
                    [attr.aria-label]="'notifications.unread' | transloco"
                  ></span>
                }
                <a [routerLink]="['/announcements', a.id]">{{ a.title }}</a>
              </ng-template>
              <ng-template #desc>
                {{ a.publishedAt ?? a.createdAt | date: 'yyyy-MM-dd' }}
                · {{ 'ann.audiences.' + a.audience.type | transloco }}
                @if (staff && a.status !== 'published') {
                  · <nz-tag>{{ 'ann.statuses.' + a.status | transloco }}</nz-tag>
                }
              </ng-template>
            </nz-list-item-meta>
          </nz-list-item>
        } @empty {
          @if (!list.loading()) {
            <p class="muted">{{ 'ann.empty' | transloco }}</p>
          }
        }
      </nz-list>
      <cqo-list-pager [list]="list" />
    </cqo-page>
  `,
  styles: `
    .muted {
      color: #5c6370;
    }
  `,
})
export class AnnouncementsPage {
  private readonly api = inject(AnnouncementsApi);
  protected readonly staff = inject(AuthService).can(Permission.ContentPublish);
  protected readonly filters: FilterBarControl[] = [
    {
      kind: 'choice',
      key: 'kind',
      label: 'ann.kind',
      options: ANNOUNCEMENT_KINDS,
      optionLabel: 'ann.kinds.',
    },
    ...(this.staff
      ? [
          {
            kind: 'choice',
            key: 'status',
            label: 'ann.status',
            options: ANNOUNCEMENT_STATUSES,
            optionLabel: 'ann.statuses.',
          } as const,
        ]
      : []),
    { kind: 'search', key: 'q', testId: 'ann-search' },
  ];
  protected readonly list = new ListPage({
    filters: { kind: filter.choice(), status: filter.choice(), q: filter.text() },
    fetch: (f, page, pageSize) =>
      this.api.list({ kind: f.kind ?? undefined, status: f.status ?? undefined, q: f.q, page, pageSize }),
  });
}
