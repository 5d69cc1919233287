import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { formatMessage } from '@cqo/rules';
import { OPPORTUNITY_KINDS, Permission, type MatchedOpportunity, type Opportunity } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzListModule } from 'ng-zorro-antd/list';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { LanguageService } from '../../core/i18n/i18n';
import { PagedList } from '../../shared/paged-list';
import { CalendarFeedComponent } from './calendar-feed.component';
import { OpportunitiesApi } from './opportunities.api';
import { OpportunityEditorComponent } from './opportunity-editor.component';
import { InnerLabelDirective } from '../../shared/inner-label.directive';

/** The board of subsidies, awards, trainings and visits, and for members what fits their enterprise and why. */
@Component({
  selector: 'cqo-opportunities-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    InnerLabelDirective,
    DatePipe,
    FormsModule,
    RouterLink,
    TranslocoPipe,
    CalendarFeedComponent,
    OpportunityEditorComponent,
    NzButtonModule,
    NzCardModule,
    NzInputModule,
    NzListModule,
    NzPaginationModule,
    NzSelectModule,
    NzTabsModule,
    NzTagModule,
  ],
  template: `
    <section class="page">
      <h1 class="page-title">{{ 'opp.pageTitle' | transloco }}</h1>
      <div class="bar">
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
                    <span class="muted"
                      >{{ 'opp.deadline' | transloco }} {{ m.deadline | date: 'yyyy-MM-dd HH:mm' }}</span
                    >
                  </div>
                  <ul class="reasons">
                    @for (r of m.reasons; track r.criterion) {
                      <li [class.bad]="!r.ok">{{ r.ok ? '✓' : '✗' }} {{ reason(r.code) }}</li>
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
          <div class="bar">
            <nz-select
              class="f"
              [(ngModel)]="kind"
              (ngModelChange)="board.load(1)"
              nzAllowClear
              [nzPlaceHolder]="'opp.kind' | transloco"
              [attr.aria-label]="'opp.kind' | transloco"
            >
              @for (k of kinds; track k) {
                <nz-option [nzValue]="k" [nzLabel]="'opp.kinds.' + k | transloco" />
              }
            </nz-select>
            <nz-select
              class="f"
              [(ngModel)]="open"
              (ngModelChange)="board.load(1)"
              nzAllowClear
              [nzPlaceHolder]="'opp.state' | transloco"
              [attr.aria-label]="'opp.state' | transloco"
            >
              <nz-option [nzValue]="true" [nzLabel]="'opp.open' | transloco" />
              <nz-option [nzValue]="false" [nzLabel]="'opp.closed' | transloco" />
            </nz-select>
            <nz-input-search class="search">
              <input
                nz-input
                type="search"
                [(ngModel)]="q"
                (keyup.enter)="board.load(1)"
                [placeholder]="'common.search' | transloco"
                [attr.aria-label]="'common.search' | transloco"
              />
            </nz-input-search>
          </div>
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
                    {{ 'opp.deadline' | transloco }} {{ o.deadline | date: 'yyyy-MM-dd' }}
                    @if (o.tracking) {
                      · <nz-tag nzColor="purple">{{ 'opp.states.' + o.tracking | transloco }}</nz-tag>
                    }
                  </ng-template>
                </nz-list-item-meta>
              </nz-list-item>
            }
          </nz-list>
          @if (board.total() > 20) {
            <nz-pagination
              [nzPageIndex]="board.page()"
              [nzTotal]="board.total()"
              [nzPageSize]="20"
              (nzPageIndexChange)="board.load($event)"
            />
          }
        </nz-tab>
      </nz-tabs>
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
      min-width: 130px;
    }
    .search {
      max-width: 320px;
      display: flex;
    }
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
      padding-left: 16px;
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
  protected readonly kinds = OPPORTUNITY_KINDS;
  protected kind: string | null = null;
  protected open: boolean | null = null;
  protected q = '';
  protected readonly matched = signal<MatchedOpportunity[]>([]);
  protected readonly board = new PagedList<Opportunity>((page) =>
    this.api.list({
      kind: this.kind ?? undefined,
      open: this.open ?? undefined,
      q: this.q.trim(),
      page,
      pageSize: 20,
    }),
  );

  constructor() {
    void this.reload();
  }

  async reload(): Promise<void> {
    await this.board.load(1);
    if (this.member) this.matched.set((await firstValueFrom(this.api.matched())).items);
  }

  reason(code: string): string {
    return formatMessage(this.lang(), code);
  }
}
