import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { CASE_METHODS, Permission } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzListModule } from 'ng-zorro-antd/list';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthService } from '../../core/auth/auth.service';
import { IndustryNamePipe } from '../../shared/code-names.pipe';
import { LIST_PAGE, ListPage, filter, type FilterBarControl } from '../../shared/list';
import { CasesApi } from './cases.api';

const THIS_YEAR = new Date().getFullYear();

/**
 * The case library: published cases by method, industry and year, with the Chinese search; for
 * members their own cases and bookmarks; for staff the review queue.
 */
@Component({
  selector: 'cqo-cases-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...LIST_PAGE,
    FormsModule,
    IndustryNamePipe,
    NzButtonModule,
    NzListModule,
    NzRadioModule,
    NzTagModule,
  ],
  template: `
    <cqo-page heading="cases.pageTitle" [lead]="member ? 'cases.lead' : 'cases.visitorLead'">
      @if (member) {
        <div class="scopes">
          <nz-radio-group
            [ngModel]="scope()"
            (ngModelChange)="list.set({ scope: $event, status: null })"
            nzButtonStyle="solid"
            data-testid="case-scopes"
          >
            @for (s of scopes; track s) {
              <label nz-radio-button [nzValue]="s">{{ 'cases.tabs.' + s | transloco }}</label>
            }
          </nz-radio-group>
          <a nz-button nzType="primary" routerLink="/cases/new" data-testid="case-new">{{
            'cases.new' | transloco
          }}</a>
        </div>
      }
      <cqo-filter-bar [list]="list" [controls]="filters" />
      <nz-list [nzLoading]="list.loading()" data-testid="case-list">
        @for (c of list.items(); track c.id) {
          <nz-list-item>
            <div class="item">
              <div class="title-row">
                @if (c.featured) {
                  <nz-tag nzColor="gold">{{ 'cases.featured' | transloco }}</nz-tag>
                }
                @if (showStatus()) {
                  <nz-tag [nzColor]="statusColor[c.status]">{{
                    'cases.statuses.' + c.status | transloco
                  }}</nz-tag>
                }
                <a class="title" [routerLink]="['/cases', c.id]">{{ c.title }}</a>
              </div>
              <p class="summary">{{ c.summary }}</p>
              <div class="meta">
                @for (m of c.methods; track m) {
                  <nz-tag nzColor="blue">{{ 'cases.methods.' + m | transloco }}</nz-tag>
                }
                <span>{{ c.enterpriseName }}</span>
                <span>· {{ c.industryCode | industry }}</span>
                @if (c.year) {
                  <span>· {{ c.year }}</span>
                }
                @if (c.publishedAt) {
                  <span class="nowrap">· {{ c.publishedAt | date: 'yyyy-MM-dd' }}</span>
                }
                @if (member) {
                  <span class="nowrap">· {{ 'cases.likes' | transloco: { count: c.likes } }}</span>
                  <span class="nowrap">· {{ 'cases.views' | transloco: { count: c.views } }}</span>
                }
              </div>
            </div>
          </nz-list-item>
        } @empty {
          @if (!list.loading()) {
            <p class="muted" data-testid="case-empty">
              {{ (scope() === 'mine' ? 'cases.emptyMine' : 'cases.empty') | transloco }}
            </p>
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
    .summary {
      margin: 4px 0;
      color: #3f4550;
      overflow-wrap: anywhere;
    }
    .meta {
      color: #5c6370;
      font-size: 13px;
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      align-items: center;
    }
    .nowrap {
      white-space: nowrap;
    }
    .muted {
      color: #5c6370;
    }
  `,
})
export class CasesPage {
  private readonly api = inject(CasesApi);
  private readonly auth = inject(AuthService);
  protected readonly member = this.auth.can(Permission.MemberArea);
  protected readonly scopes = [
    'library',
    'mine',
    'bookmarked',
    ...(this.auth.can(Permission.ContentPublish) ? ['review'] : []),
  ];
  protected readonly statusColor: Record<string, string> = {
    draft: 'default',
    submitted: 'orange',
    returned: 'red',
    published: 'green',
  };
  protected readonly filters: FilterBarControl[] = [
    { kind: 'search', key: 'q', placeholder: 'cases.searchPlaceholder', testId: 'case-search' },
    {
      kind: 'choice',
      key: 'method',
      label: 'cases.method',
      options: CASE_METHODS,
      optionLabel: 'cases.methods.',
      testId: 'case-method',
    },
    { kind: 'choice', key: 'industry', preset: 'industry', testId: 'case-industry' },
    {
      kind: 'choice',
      key: 'year',
      label: 'cases.year',
      options: Array.from({ length: 10 }, (_, i) => ({
        value: String(THIS_YEAR - i),
        label: String(THIS_YEAR - i),
      })),
    },
  ];
  protected readonly list = new ListPage({
    filters: {
      scope: filter.choice('library'),
      status: filter.choice(),
      q: filter.text(),
      method: filter.choice(),
      industry: filter.choice(),
      year: filter.choice(),
    },
    fetch: (f, page, pageSize) =>
      this.api.list({
        scope: f.scope ?? 'library',
        status: f.status ?? undefined,
        q: f.q,
        method: f.method ?? undefined,
        industry: f.industry ?? undefined,
        year: f.year ? Number(f.year) : undefined,
        page,
        pageSize,
      }),
  });
  protected readonly scope = computed(() => this.list.filters().scope ?? 'library');
  protected readonly showStatus = computed(() => ['mine', 'review'].includes(this.scope()));
}
