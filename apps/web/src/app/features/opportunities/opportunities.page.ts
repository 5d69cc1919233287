import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { formatMessage } from '@cqo/rules';
import { OPPORTUNITY_KINDS, Permission, type MatchedOpportunity } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzListModule } from 'ng-zorro-antd/list';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { LanguageService } from '../../core/i18n/i18n';
import { CalendarFeedComponent } from './calendar-feed.component';
import { OpportunitiesApi } from './opportunities.api';
import { OpportunityEditorComponent } from './opportunity-editor.component';
import { LIST_PAGE, ListPage, filter, type FilterBarControl } from '../../shared/list';

/** The board of subsidies, awards, trainings and visits, and for members what fits their enterprise and why. */
@Component({
  selector: 'cqo-opportunities-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...LIST_PAGE,
    CalendarFeedComponent,
    OpportunityEditorComponent,
    NzButtonModule,
    NzCardModule,
    NzListModule,
    NzTabsModule,
    NzTagModule,
  ],
  template: `
    <cqo-page heading="opp.pageTitle">
      <div class="filter-bar">
        @if (member) {
          <cqo-calendar-feed />
        }
        @if (staff) {
          <cqo-opportunity-editor (saved)="reload()" />
        }
      </div>
      <nz-tabs>
        @if (member) {
          <nz-tab [nzTitle]="'opp.matchedTab' | transloco">
            <div data-testid="opp-matched">
              @for (m of matched(); track m.id) {
                <nz-card class="card" [class.fits]="m.matches">
                  <div class="head">
                    <nz-tag [nzColor]="m.matches ? 'green' : 'default'">{{
                      (m.matches ? 'opp.fits' : 'opp.notFits') | transloco
                    }}</nz-tag>
                    <nz-tag nzColor="blue">{{ 'opp.kinds.' + m.kind | transloco }}</nz-tag>
                    <a [routerLink]="['/opportunities', m.id]">{{ m.title }}</a>
                    <span class="muted nowrap"
                      >{{ 'opp.deadline' | transloco }} {{ m.deadline | date: 'yyyy-MM-dd HH:mm' }}</span
                    >
                  </div>
                  <ul class="reasons">
                    @for (r of m.reasons; track r.criterion) {
                      <li [class.bad]="!r.ok" [class.unchecked]="!r.checked" data-testid="match-reason">
                        <span class="mark" aria-hidden="true">{{ !r.checked ? '?' : r.ok ? '✓' : '✗' }}</span>
                        {{ reason(r.code) }}
                      </li>
                    }
                  </ul>
                </nz-card>
              } @empty {
                <p class="muted">{{ 'opp.noneOpen' | transloco }}</p>
              }
            </div>
          </nz-tab>
        }
        <nz-tab [nzTitle]="'opp.boardTab' | transloco">
          <cqo-filter-bar [list]="board" [controls]="filters" />
          <nz-list [nzLoading]="board.loading()" data-testid="opp-board">
            @for (o of board.items(); track o.id) {
              <nz-list-item>
                <nz-list-item-meta [nzTitle]="t" [nzDescription]="d">
                  <ng-template #t>
                    <nz-tag nzColor="blue">{{ 'opp.kinds.' + o.kind | transloco }}</nz-tag>
                    <a [routerLink]="['/opportunities', o.id]">{{ o.title }}</a>
                    @if (!o.open) {
                      <nz-tag>{{ 'opp.closed' | transloco }}</nz-tag>
                    }
                  </ng-template>
                  <ng-template #d>
                    {{ o.issuerName ?? ('opp.levels.' + o.issuer | transloco) }} · {{ o.benefit }} ·
                    <span class="nowrap"
                      >{{ 'opp.deadline' | transloco }} {{ o.deadline | date: 'yyyy-MM-dd' }}</span
                    >
                    @if (o.tracking) {
                      · <nz-tag nzColor="purple">{{ 'opp.states.' + o.tracking | transloco }}</nz-tag>
                    }
                  </ng-template>
                </nz-list-item-meta>
              </nz-list-item>
            }
          </nz-list>
          <cqo-list-pager [list]="board" />
        </nz-tab>
      </nz-tabs>
    </cqo-page>
  `,
  styles: `
    .card {
      margin-bottom: 12px;
    }
    .fits {
      border-left: 3px solid #52c41a;
    }
    .head {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
      align-items: center;
    }
    .reasons {
      margin: 8px 0 0;
      padding-left: 0;
      list-style: none;
    }
    .mark {
      display: inline-block;
      width: 1.2em;
    }
    .unchecked {
      color: #5c6370;
    }
    .bad {
      color: #cf1322;
    }
    .muted {
      color: #5c6370;
      font-size: 12px;
    }
  `,
})
export class OpportunitiesPage {
  private readonly api = inject(OpportunitiesApi);
  private readonly auth = inject(AuthService);
  private readonly lang = inject(LanguageService).lang;
  protected readonly staff = this.auth.can(Permission.ContentPublish);
  protected readonly member = this.auth.can(Permission.MemberOwn);
  protected readonly filters: FilterBarControl[] = [
    { kind: 'choice', key: 'kind', label: 'opp.kind', options: OPPORTUNITY_KINDS, optionLabel: 'opp.kinds.' },
    { kind: 'choice', key: 'state', label: 'opp.state', options: ['open', 'closed'], optionLabel: 'opp.' },
    { kind: 'search', key: 'q' },
  ];
  protected readonly matched = signal<MatchedOpportunity[]>([]);
  protected readonly board = new ListPage({
    filters: { kind: filter.choice(), state: filter.choice(), q: filter.text() },
    fetch: (f, page, pageSize) =>
      this.api.list({
        kind: f.kind ?? undefined,
        open: f.state ? f.state === 'open' : undefined,
        q: f.q,
        page,
        pageSize,
      }),
  });

  constructor() {
    void this.loadMatched();
  }

  async reload(): Promise<void> {
    await Promise.all([this.board.reload(), this.loadMatched()]);
  }

  private async loadMatched(): Promise<void> {
    if (this.member) this.matched.set((await firstValueFrom(this.api.matched())).items);
  }

  reason(code: string): string {
    return formatMessage(this.lang(), code);
  }
}
