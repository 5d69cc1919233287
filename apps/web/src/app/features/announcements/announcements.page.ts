import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ANNOUNCEMENT_KINDS, ANNOUNCEMENT_STATUSES, Permission, type Announcement } from '@cqo/contracts';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzListModule } from 'ng-zorro-antd/list';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthService } from '../../core/auth/auth.service';
import { PagedList } from '../../shared/paged-list';
import { AnnouncementEditorComponent } from './announcement-editor.component';
import { AnnouncementsApi } from './announcements.api';
import { InnerLabelDirective } from '../../shared/inner-label.directive';

/** Policies, regulations, standards, notices and trainings: those for the reader, pinned first. */
@Component({
  selector: 'cqo-announcements-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    InnerLabelDirective,
    DatePipe,
    FormsModule,
    RouterLink,
    TranslocoPipe,
    AnnouncementEditorComponent,
    NzInputModule,
    NzListModule,
    NzPaginationModule,
    NzSelectModule,
    NzTagModule,
  ],
  template: `
    <section class="page">
      <h1 class="page-title">{{ 'ann.pageTitle' | transloco }}</h1>
      <div class="bar">
        <nz-select
          class="f"
          [(ngModel)]="kind"
          (ngModelChange)="list.load(1)"
          nzAllowClear
          [nzPlaceHolder]="'ann.kind' | transloco"
          [attr.aria-label]="'ann.kind' | transloco"
        >
          @for (k of kinds; track k) {
            <nz-option [nzValue]="k" [nzLabel]="'ann.kinds.' + k | transloco" />
          }
        </nz-select>
        @if (staff) {
          <nz-select
            class="f"
            [(ngModel)]="status"
            (ngModelChange)="list.load(1)"
            nzAllowClear
            [nzPlaceHolder]="'ann.status' | transloco"
            [attr.aria-label]="'ann.status' | transloco"
          >
            @for (s of statuses; track s) {
              <nz-option [nzValue]="s" [nzLabel]="'ann.statuses.' + s | transloco" />
            }
          </nz-select>
        }
        <nz-input-search class="search">
          <input
            nz-input
            type="search"
            [(ngModel)]="q"
            (keyup.enter)="list.load(1)"
            [placeholder]="'common.search' | transloco"
            [attr.aria-label]="'common.search' | transloco"
            data-testid="ann-search"
          />
        </nz-input-search>
        @if (staff) {
          <cqo-announcement-editor (saved)="list.load(1)" />
        }
      </div>
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
                  <span class="dot" role="img" [attr.aria-label]="'notifications.unread' | transloco"></span>
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
      @if (list.total() > 20) {
        <nz-pagination
          [nzPageIndex]="list.page()"
          [nzTotal]="list.total()"
          [nzPageSize]="20"
          (nzPageIndexChange)="list.load($event)"
        />
      }
    </section>
  `,
  styles: `
    .bar {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
      align-items: center;
      margin-bottom: 12px;
    }
    .f {
      min-width: 140px;
    }
    .search {
      max-width: 320px;
      display: flex;
    }
    .dot {
      display: inline-block;
      width: 8px;
      height: 8px;
      border-radius: 50%;
      background: var(--ant-primary-color);
      margin-right: 6px;
    }
    .muted {
      color: #5c6370;
    }
  `,
})
export class AnnouncementsPage {
  private readonly api = inject(AnnouncementsApi);
  protected readonly staff = inject(AuthService).can(Permission.ContentPublish);
  protected readonly kinds = ANNOUNCEMENT_KINDS;
  protected readonly statuses = ANNOUNCEMENT_STATUSES;
  protected kind: string | null = null;
  protected status: string | null = null;
  protected q = '';
  protected readonly list = new PagedList<Announcement>((page) =>
    this.api.list({
      kind: this.kind ?? undefined,
      status: this.status ?? undefined,
      q: this.q.trim(),
      page,
      pageSize: 20,
    }),
  );

  constructor() {
    void this.list.load(1);
  }
}
