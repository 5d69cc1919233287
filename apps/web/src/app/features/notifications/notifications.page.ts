import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AppNotification } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzListModule } from 'ng-zorro-antd/list';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NotificationCenter } from '../../core/notifications/notification-center';
import { PagedList } from '../../shared/paged-list';

/** All my notifications, newest first; new ones appear as they are pushed. */
@Component({
  selector: 'cqo-notifications-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    TranslocoPipe,
    NzButtonModule,
    NzEmptyModule,
    NzListModule,
    NzPaginationModule,
    NzTagModule,
  ],
  template: `
    <section class="page">
      <h1 class="page-title">{{ 'notifications.title' | transloco }}</h1>
      <div class="bar">
        <span class="filter">
          <button nz-button [nzType]="unreadOnly() ? 'default' : 'primary'" (click)="setFilter(false)">
            {{ 'notifications.all' | transloco }}
          </button>
          <button
            nz-button
            [nzType]="unreadOnly() ? 'primary' : 'default'"
            (click)="setFilter(true)"
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
            <nz-list-item-meta [nzTitle]="title" [nzDescription]="n.body ?? ''">
              <ng-template #title>
                @if (!n.readAt) {
                  <span class="dot" [attr.aria-label]="'notifications.unread' | transloco"></span>
                }
                <nz-tag>{{ 'notifications.kinds.' + n.kind | transloco }}</nz-tag>
                {{ n.title }}
              </ng-template>
            </nz-list-item-meta>
            <span class="muted">{{ n.createdAt | date: 'yyyy-MM-dd HH:mm' }}</span>
          </nz-list-item>
        } @empty {
          @if (!list.loading()) {
            <nz-empty [nzNotFoundContent]="'notifications.empty' | transloco" />
          }
        }
      </nz-list>
      @if (list.total() > pageSize) {
        <nz-pagination
          [nzPageIndex]="list.page()"
          [nzTotal]="list.total()"
          [nzPageSize]="pageSize"
          (nzPageIndexChange)="list.load($event)"
        />
      }
    </section>
  `,
  styles: `
    .bar {
      display: flex;
      gap: 8px;
      align-items: center;
      margin-bottom: 12px;
      flex-wrap: wrap;
    }
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
    .dot {
      display: inline-block;
      width: 8px;
      height: 8px;
      border-radius: 50%;
      background: #1677ff;
      margin-right: 6px;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
      font-size: 12px;
      white-space: nowrap;
    }
  `,
})
export class NotificationsPage {
  protected readonly center = inject(NotificationCenter);
  private readonly router = inject(Router);
  protected readonly pageSize = 20;
  protected readonly unreadOnly = signal(false);
  protected readonly list = new PagedList<AppNotification>((page) =>
    this.center.list(page, this.pageSize, this.unreadOnly()),
  );

  constructor() {
    void this.list.load(1);
    // A pushed notification shows at the top of the first page at once.
    effect(() => {
      if (this.center.latest() && this.list.page() === 1) void this.list.load(1);
    });
  }

  setFilter(unreadOnly: boolean): void {
    this.unreadOnly.set(unreadOnly);
    void this.list.load(1);
  }

  async readAll(): Promise<void> {
    await this.center.markRead('all');
    await this.list.load(this.list.page());
  }

  async open(n: AppNotification): Promise<void> {
    if (!n.readAt) await this.center.markRead([n.id]);
    if (n.link) await this.router.navigateByUrl(n.link);
    else await this.list.load(this.list.page());
  }
}
