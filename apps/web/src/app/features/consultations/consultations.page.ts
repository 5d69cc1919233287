import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Permission } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzListModule } from 'ng-zorro-antd/list';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthService } from '../../core/auth/auth.service';
import { LIST_PAGE, ListPage, filter, type FilterBarControl } from '../../shared/list';
import { ConsultationsApi } from './consultations.api';
import { STATUS_COLORS } from './consultation-status';

/**
 * Consultations: open ones first (the nearest closing first), then closed and concluded ones; staff
 * also see drafts and scheduled ones, and start a new one here.
 */
@Component({
  selector: 'cqo-consultations-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...LIST_PAGE, FormsModule, NzButtonModule, NzListModule, NzRadioModule, NzTagModule],
  template: `
    <cqo-page heading="cons.pageTitle" lead="cons.lead">
      <div class="scopes">
        <nz-radio-group
          [ngModel]="tab()"
          (ngModelChange)="list.set({ tab: $event })"
          nzButtonStyle="solid"
          data-testid="cons-tabs"
        >
          @for (s of tabs; track s) {
            <label nz-radio-button [nzValue]="s">{{ 'cons.tabs.' + s | transloco }}</label>
          }
        </nz-radio-group>
        @if (staff) {
          <a nz-button nzType="primary" routerLink="/consultations/new" data-testid="cons-new">{{
            'cons.new' | transloco
          }}</a>
        }
      </div>
      <cqo-filter-bar [list]="list" [controls]="filters" />
      <nz-list [nzLoading]="list.loading()" data-testid="cons-list">
        @for (c of list.items(); track c.id) {
          <nz-list-item>
            <div class="item">
              <div class="title-row">
                <nz-tag [nzColor]="colors[c.status]">{{ 'cons.statuses.' + c.status | transloco }}</nz-tag>
                <a class="title" [routerLink]="['/consultations', c.id]">{{ c.title }}</a>
              </div>
              <div class="meta">
                <span>{{ c.standardCode }}</span>
                <span>· {{ 'cons.kinds.' + c.kind | transloco }}</span>
                @if (c.draftingOrganisation) {
                  <span>· {{ c.draftingOrganisation }}</span>
                }
                <span class="nowrap"
                  >· {{ 'cons.window' | transloco: { from: c.opensOn, to: c.closesOn } }}</span
                >
                <span class="nowrap"
                  >· {{ 'cons.counts' | transloco: { comments: c.comments, responses: c.responses } }}</span
                >
                @if (c.myComments) {
                  <nz-tag nzColor="blue">{{
                    'cons.commentCount' | transloco: { count: c.myComments }
                  }}</nz-tag>
                }
              </div>
            </div>
          </nz-list-item>
        } @empty {
          @if (!list.loading()) {
            <p class="muted" data-testid="cons-empty">{{ 'cons.empty' | transloco }}</p>
          }
        }
      </nz-list>
      <cqo-list-pager [list]="list" />
    </cqo-page>
  `,
  styles: `
    .scopes {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      justify-content: space-between;
      margin-bottom: 12px;
    }
    .item {
      width: 100%;
      min-width: 0;
    }
    .title-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px;
    }
    .title {
      font-size: 16px;
      font-weight: 500;
      overflow-wrap: anywhere;
    }
    .meta {
      color: #5c6370;
      font-size: 13px;
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      align-items: center;
      margin-top: 4px;
    }
    .nowrap {
      white-space: nowrap;
    }
    .muted {
      color: #5c6370;
    }
  `,
})
export class ConsultationsPage {
  private readonly api = inject(ConsultationsApi);
  protected readonly staff = inject(AuthService).can(Permission.ContentPublish);
  protected readonly colors = STATUS_COLORS;
  protected readonly tabs = ['open', 'closed', 'concluded', ...(this.staff ? ['drafts'] : [])];
  protected readonly filters: FilterBarControl[] = [
    { kind: 'search', key: 'q', placeholder: 'cons.searchPlaceholder', testId: 'cons-search' },
  ];
  protected readonly list = new ListPage({
    filters: { tab: filter.choice('open'), q: filter.text() },
    fetch: (f, page, pageSize) =>
      this.api.list({
        state: f.tab ?? 'open',
        q: f.q,
        page,
        pageSize,
      }),
  });
  protected readonly tab = computed(() => this.list.filters().tab ?? 'open');
}
