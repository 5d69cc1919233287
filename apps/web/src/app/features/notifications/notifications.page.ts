import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { Router } from '@angular/router';
import { NOTIFICATION_KINDS, type AppNotification, type NotificationPreferences } from '@cqo/contracts';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { firstValueFrom } from 'rxjs';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzListModule } from 'ng-zorro-antd/list';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NotificationCenter } from '../../core/notifications/notification-center';
import { NotificationTextPipe } from './notification-text.pipe';
import { InnerLabelDirective } from '../../shared/inner-label.directive';
import { LIST_PAGE, ListPage, filter } from '../../shared/list';

/** All my notifications, newest first; new ones appear as they are pushed. */
@Component({
  selector: 'cqo-notifications-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...LIST_PAGE,
    InnerLabelDirective,
    NotificationTextPipe,
    FormsModule,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzSelectModule,
    NzEmptyModule,
    NzListModule,
    NzTagModule,
  ],
  template: `
    <cqo-page heading="notifications.title">
      <div class="filter-bar">
        <span class="filter">
          <button
            nz-button
            [nzType]="unreadOnly() ? 'default' : 'primary'"
            (click)="list.set({ show: null })"
          >
            {{ 'notifications.all' | transloco }}
          </button>
          <button
            nz-button
            [nzType]="unreadOnly() ? 'primary' : 'default'"
            (click)="list.set({ show: 'unread' })"
            data-testid="only-unread"
          >
            {{ 'notifications.unread' | transloco }}
          </button>
        </span>
        <span class="spacer"></span>
        <button nz-button [disabled]="!center.unread()" (click)="readAll()" data-testid="read-all">
          {{ 'notifications.readAll' | transloco }}
        </button>
      </div>
      <nz-list [nzLoading]="list.loading()" nzItemLayout="horizontal" data-testid="notification-list">
        @for (n of list.items(); track n.id) {
          <nz-list-item [class.unread]="!n.readAt" (click)="open(n)" class="item">
            <nz-list-item-meta [nzTitle]="title" [nzDescription]="n | notificationText: 'body'">
              <ng-template #title>
                @if (!n.readAt) {
                  <span
                    class="unread-dot"
                    role="img"
                    [attr.aria-label]="'notifications.unread' | transloco"
                  ></span>
                }
                <nz-tag>{{ 'notifications.kinds.' + n.kind | transloco }}</nz-tag>
                {{ n | notificationText: 'title' }}
              </ng-template>
            </nz-list-item-meta>
            <span class="muted nowrap">{{ n.createdAt | date: 'yyyy-MM-dd HH:mm' }}</span>
          </nz-list-item>
        } @empty {
          @if (!list.loading()) {
            <nz-empty [nzNotFoundContent]="'notifications.empty' | transloco" />
          }
        }
      </nz-list>
      <cqo-list-pager [list]="list" />
      <nz-card
        class="prefs"
        [nzTitle]="'notifications.preferences' | transloco"
        data-testid="notification-preferences"
      >
        @if (prefs(); as p) {
          <div class="grid">
            <span></span><strong>{{ 'notifications.inApp' | transloco }}</strong
            ><strong>{{ 'notifications.email' | transloco }}</strong>
            @for (kind of kinds; track kind) {
              <span>{{ 'notifications.kinds.' + kind | transloco }}</span>
              <label
                nz-checkbox
                [(ngModel)]="p[kind].inApp"
                (ngModelChange)="savePrefs()"
                [attr.aria-label]="
                  ('notifications.kinds.' + kind | transloco) + ' · ' + ('notifications.inApp' | transloco)
                "
              ></label>
              <nz-select
                [(ngModel)]="p[kind].email"
                (ngModelChange)="savePrefs()"
                class="mail"
                [attr.aria-label]="
                  ('notifications.kinds.' + kind | transloco) + ' · ' + ('notifications.email' | transloco)
                "
              >
                <nz-option nzValue="instant" [nzLabel]="'notifications.mail.instant' | transloco" />
                <nz-option nzValue="daily" [nzLabel]="'notifications.mail.daily' | transloco" />
                <nz-option nzValue="off" [nzLabel]="'notifications.mail.off' | transloco" />
              </nz-select>
            }
          </div>
        }
      </nz-card>
    </cqo-page>
  `,
  styles: `
    .filter {
      display: inline-flex;
      gap: 4px;
    }
    .spacer {
      flex: 1;
    }
    .item {
      cursor: pointer;
      padding-left: 8px;
      padding-right: 8px;
    }
    .unread {
      background: #f0f7ff;
    }
    /* A decision's comment and the fields to fix, one per line. */
    .item ::ng-deep .ant-list-item-meta-description {
      white-space: pre-line;
    }
    .muted {
      color: #5c6370;
      font-size: 12px;
      white-space: nowrap;
    }
    .prefs {
      margin-top: 24px;
    }
    .grid {
      display: grid;
      grid-template-columns: max-content 80px minmax(120px, 180px);
      gap: 8px 16px;
      align-items: center;
    }
  `,
})
export class NotificationsPage {
  protected readonly center = inject(NotificationCenter);
  private readonly router = inject(Router);
  protected readonly list = new ListPage({
    filters: { show: filter.choice() },
    fetch: (f, page, pageSize) => this.center.list(page, pageSize, f.show === 'unread'),
  });
  protected readonly unreadOnly = computed(() => this.list.filters().show === 'unread');

  protected readonly kinds = NOTIFICATION_KINDS;
  protected readonly prefs = signal<NotificationPreferences | null>(null);

  constructor() {
    void firstValueFrom(this.center.preferences()).then((p) => this.prefs.set(p));
    // A pushed notification shows at the top of the first page at once.
    effect(() => {
      if (this.center.latest() && untracked(this.list.page) === 1) void this.list.reload();
    });
  }

  async savePrefs(): Promise<void> {
    const p = this.prefs();
    if (p) this.prefs.set(await firstValueFrom(this.center.setPreferences(p)));
  }

  async readAll(): Promise<void> {
    await this.center.markRead('all');
    await this.list.reload();
  }

  async open(n: AppNotification): Promise<void> {
    if (!n.readAt) await this.center.markRead([n.id]);
    if (n.link) await this.router.navigateByUrl(n.link);
    else await this.list.reload();
  }
}
