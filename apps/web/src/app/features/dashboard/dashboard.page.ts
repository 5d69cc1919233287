import { HttpClient, HttpParams } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ConsultationTakeUp, DashboardActivity, DashboardSummary } from '@cqo/contracts';
import { industryLabelIn, industrySectionOf, regionNameIn } from '@cqo/rules';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { firstValueFrom, forkJoin, map } from 'rxjs';
import { LanguageService } from '../../core/i18n/i18n';
import { provideCharts } from '../../shared/charts/charts';
import { LIST_PAGE, ListPage, filter, type FilterBarControl } from '../../shared/list';
import { saveBlob } from '../../shared/save-blob';
import { userAction } from '../../shared/user-action';
import { ChartCardComponent, type ChartRow } from './chart-card.component';

/** Where each month's filings stand now: the lines of the monthly chart. */
const OUTCOMES = ['submitted', 'approved', 'returned', 'rejected', 'other'] as const;

type Filters = {
  from: string | null;
  to: string | null;
  industry: string | null;
  region: string | null;
  size: string[];
};

/**
 * The staff dashboard: headline figures and charts of members and filings under one filter (dates,
 * industry, district, size, kept in the URL); every bar and every table row opens the list it was
 * counted from (the directory or the review queue) with the same filter, so the two agree.
 * Charts load with this page only.
 */
@Component({
  selector: 'cqo-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideCharts()],
  imports: [...LIST_PAGE, RouterLink, TranslocoPipe, NzButtonModule, ChartCardComponent],
  template: `
    <cqo-page heading="dash.pageTitle" lead="dash.lead">
      <cqo-filter-bar [list]="list" [controls]="filters" />
      <div class="bar no-print">
        <button nz-button (click)="export()" [nzLoading]="busy()" data-testid="dash-export">
          {{ 'dash.export' | transloco }}
        </button>
        <button nz-button (click)="print()">{{ 'dash.print' | transloco }}</button>
      </div>
      @if (s(); as s) {
        <div class="headline" data-testid="dash-headline">
          <a class="figure" routerLink="/directory" [queryParams]="memberQuery()" data-testid="dash-members">
            <span class="value">{{ s.members }}</span>
            <span class="caption">{{ 'dash.headline.members' | transloco }}</span>
            @if (s.hiddenMembers) {
              <span class="note">{{ 'dash.headline.hidden' | transloco: { count: s.hiddenMembers } }}</span>
            }
          </a>
          <a
            class="figure"
            routerLink="/review"
            [queryParams]="filingQuery('submitted')"
            data-testid="dash-waiting"
          >
            <span class="value">{{ s.waiting.count }}</span>
            <span class="caption">{{ 'dash.headline.waiting' | transloco }}</span>
            @if (oldestDays() !== null) {
              <span class="note">{{ 'dash.headline.oldest' | transloco: { days: oldestDays() } }}</span>
            }
          </a>
          <div class="figure">
            <span class="value">{{ s.approvalsThisMonth }}</span>
            <span class="caption">{{ 'dash.headline.approvals' | transloco }}</span>
          </div>
          <div class="figure">
            <span class="value">{{
              s.medianDaysToDecision === null
                ? '—'
                : ('dash.headline.days' | transloco: { days: s.medianDaysToDecision })
            }}</span>
            <span class="caption">{{ 'dash.headline.median' | transloco }}</span>
          </div>
        </div>
        <div class="grid">
          <cqo-chart-card
            [heading]="'dash.charts.filings' | transloco"
            [rows]="charts().filings"
            testId="chart-filings"
            [exportable]="true"
            (exported)="export('filings')"
            (clicked)="open($event)"
          />
          @if (section(); as sec) {
            <cqo-chart-card
              [heading]="'dash.charts.byDivision' | transloco: { section: sec }"
              [rows]="charts().divisions"
              testId="chart-divisions"
              [exportable]="true"
              (exported)="export('byIndustryDivision')"
              (clicked)="open($event)"
            >
              <button nz-button nzType="link" (click)="section.set(null)">
                {{ 'dash.back' | transloco }}
              </button>
            </cqo-chart-card>
          } @else {
            <cqo-chart-card
              [heading]="'dash.charts.bySection' | transloco"
              [rows]="charts().sections"
              testId="chart-sections"
              [exportable]="true"
              (exported)="export('byIndustrySection')"
              (clicked)="section.set($event.key)"
            />
          }
          <cqo-chart-card
            [heading]="'dash.charts.byRegion' | transloco"
            [rows]="charts().regions"
            testId="chart-regions"
            [exportable]="true"
            (exported)="export('byRegion')"
            (clicked)="open($event)"
          />
          <cqo-chart-card
            [heading]="'dash.charts.bySize' | transloco"
            [rows]="charts().sizes"
            testId="chart-sizes"
            [exportable]="true"
            (exported)="export('bySize')"
            (clicked)="open($event)"
          />
          <cqo-chart-card
            [heading]="'dash.charts.byEducation' | transloco"
            [rows]="charts().education"
            testId="chart-education"
            [exportable]="true"
            (exported)="export('byEducation')"
          />
          <cqo-chart-card
            [heading]="'dash.charts.byYears' | transloco"
            [rows]="charts().years"
            testId="chart-years"
            [exportable]="true"
            (exported)="export('byQualityYears')"
          />
          <cqo-chart-card
            [series]="charts().outcomes"
            [heading]="'dash.charts.perMonth' | transloco"
            [rows]="charts().months"
            testId="chart-months"
            [exportable]="true"
            (exported)="export('perMonth')"
          />
          <cqo-chart-card
            [heading]="'dash.charts.reviewDays' | transloco"
            [rows]="charts().reviewDays"
            testId="chart-review-days"
            [exportable]="true"
            (exported)="export('reviewDays')"
          />
          @if (activityCharts(); as a) {
            <cqo-chart-card
              [heading]="'dash.charts.readRate' | transloco"
              [rows]="a.announcements"
              testId="chart-read-rate"
              [exportable]="true"
              (exported)="export('readRate')"
              (clicked)="open($event)"
            />
            <cqo-chart-card
              [heading]="'dash.charts.readByAudience' | transloco"
              [rows]="a.audiences"
              testId="chart-read-audience"
              [exportable]="true"
              (exported)="export('readRate')"
            />
            <cqo-chart-card
              [heading]="'dash.charts.funnel' | transloco"
              [rows]="a.funnel"
              testId="chart-funnel"
              [exportable]="true"
              (exported)="export('funnel')"
            />
            <cqo-chart-card
              [heading]="'dash.charts.messages' | transloco: { active: a.activeMembers }"
              [rows]="a.messages"
              testId="chart-messages"
              [exportable]="true"
              (exported)="export('messages')"
            />
            <cqo-chart-card
              [heading]="'dash.charts.consultations' | transloco"
              [rows]="a.consultations"
              testId="chart-consultations"
              [exportable]="true"
              (exported)="export('consultations')"
              (clicked)="open($event)"
            />
            @for (c of a.takeUp; track c.key) {
              <cqo-chart-card
                [heading]="'dash.charts.' + c.key | transloco"
                [rows]="c.rows"
                [series]="a.takeUpSeries"
                shape="bars"
                [testId]="'chart-' + c.key"
                [exportable]="true"
                (exported)="export('participation')"
              />
            }
            <cqo-chart-card
              [heading]="
                'dash.charts.cases' | transloco: { submitted: a.casesSubmitted, published: a.casesPublished }
              "
              [rows]="a.cases"
              testId="chart-cases"
              [exportable]="true"
              (exported)="export('cases')"
              (clicked)="open($event)"
            />
          }
        </div>
      }
    </cqo-page>
  `,
  styles: `
    .bar {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
      margin: 8px 0 12px;
    }
    .headline {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(160px, 1fr));
      gap: 12px;
      margin-bottom: 16px;
    }
    .figure {
      display: flex;
      flex-direction: column;
      padding: 12px;
      border: 1px solid #f0f0f0;
      border-radius: 8px;
      background: #fff;
      color: inherit;
    }
    .value {
      font-size: 28px;
      font-weight: 600;
      color: #0958d9;
    }
    .caption {
      color: #3f4550;
    }
    .note {
      color: #5c6370;
      font-size: 12px;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(320px, 1fr));
      gap: 12px;
    }
    @media (max-width: 480px) {
      .grid {
        grid-template-columns: 1fr;
      }
    }
    @media print {
      .no-print {
        display: none;
      }
    }
  `,
})
export class DashboardPage {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly lang = inject(LanguageService).lang;
  private readonly action = userAction();
  protected readonly busy = this.action.busy;
  /** A section whose divisions are shown (the drill-down from section to division). */
  protected readonly section = signal<string | null>(null);
  protected readonly filters: FilterBarControl[] = [
    { kind: 'dateRange', label: 'review.submittedRange' },
    { kind: 'choice', key: 'industry', preset: 'industry', testId: 'dash-industry' },
    { kind: 'choice', key: 'region', preset: 'district', testId: 'dash-region' },
    { kind: 'choice', key: 'size', preset: 'size', testId: 'dash-size' },
  ];
  // The list frame keeps the filters in the URL and loads once per change; its one "item" is the summary.
  protected readonly list = new ListPage({
    filters: {
      from: filter.choice(),
      to: filter.choice(),
      industry: filter.choice(),
      region: filter.choice(),
      size: filter.list(),
    },
    fetch: (f) =>
      forkJoin({
        summary: this.http.get<DashboardSummary>('/api/dashboard/summary', { params: this.params(f) }),
        activity: this.http.get<DashboardActivity>('/api/dashboard/activity', { params: this.params(f) }),
      }).pipe(map((both) => ({ items: [both], total: 1 }))),
  });
  protected readonly s = computed(() => this.list.items()[0]?.summary ?? null);
  private readonly activity = computed(() => this.list.items()[0]?.activity ?? null);
  protected readonly oldestDays = computed(() => {
    const oldest = this.s()?.waiting.oldestSubmittedAt;
    return oldest ? Math.floor((Date.now() - Date.parse(oldest)) / 86_400_000) : null;
  });

  protected readonly charts = computed(() => {
    const s = this.s()!;
    const lang = this.lang();
    const t = (key: string, params?: Record<string, unknown>) => this.transloco.translate(key, params);
    const rows = (
      o: Record<string, number>,
      label: (k: string) => string,
      link?: (k: string) => ChartRow['link'],
    ) =>
      Object.entries(o)
        .filter(([, n]) => n > 0)
        .map(([key, count]) => ({ key, count, label: label(key), link: link?.(key) }));
    const industryName = (code: string) => `${code} ${industryLabelIn(lang, code)}`;
    const section = this.section();
    return {
      filings: rows(
        s.filings,
        (k) => t(`dash.statuses.${k}`),
        (k) => ({ path: '/review', query: this.filingQuery(k) }),
      ),
      sections: rows(s.byIndustrySection, industryName, (k) => ({
        path: '/directory',
        query: { ...this.memberQuery(), industry: k },
      })),
      divisions: rows(
        Object.fromEntries(
          Object.entries(s.byIndustryDivision).filter(([d]) => industrySectionOf(d) === section),
        ),
        industryName,
        (k) => ({ path: '/directory', query: { ...this.memberQuery(), industry: k } }),
      ),
      regions: rows(
        s.byRegion,
        (k) => regionNameIn(lang, k),
        (k) => ({
          path: '/directory',
          query: { ...this.memberQuery(), region: k },
        }),
      ),
      sizes: rows(
        s.bySize,
        (k) => t(`sizes.${k}`),
        (k) => ({
          path: '/directory',
          query: { ...this.memberQuery(), size: [k] },
        }),
      ),
      education: rows(s.byEducation, (k) => t(`dash.education.${k}`)),
      years: rows(s.byQualityYears, (k) => t(`dash.years.${k}`)),
      months: s.filingsPerMonth.slice(-12).map((m) => ({
        key: m.month,
        label: m.month,
        count: m.submitted + m.approved + m.returned + m.rejected + m.other,
        values: OUTCOMES.map((o) => m[o]),
      })),
      outcomes: OUTCOMES.map((o) => t(`dash.months.${o}`)),
      reviewDays: rows(s.reviewDays, (k) => k),
    };
  });

  /** Activity rows: percentages as whole numbers; an announcement, consultation or case opens itself. */
  protected readonly activityCharts = computed(() => {
    const a = this.activity();
    if (!a) return null;
    this.lang();
    const t = (key: string) => this.transloco.translate(key);
    const percent = (r: number) => Math.round(r * 100);
    const itself = (path: string) => ({ path, query: {} });
    return {
      announcements: a.announcements.map((x) => ({
        key: x.id,
        label: x.title,
        count: percent(x.rate),
        link: itself(`/announcements/${x.id}`),
      })),
      audiences: Object.entries(a.readByAudience).map(([k, v]) => ({
        key: k,
        label: t(`dash.audiences.${k}`),
        count: percent(v.rate),
      })),
      funnel: Object.entries(a.opportunityFunnel).flatMap(([kind, states]) =>
        Object.entries(states)
          .filter(([, n]) => n > 0)
          .map(([state, n]) => ({
            key: `${kind}-${state}`,
            label: `${t(`dash.kinds.${kind}`)} · ${t(`dash.states.${state}`)}`,
            count: n,
          })),
      ),
      messages: a.channels.perDay.slice(-14).map((d) => ({ key: d.day, label: d.day, count: d.messages })),
      activeMembers: a.channels.activeMembers,
      consultations: a.consultations.map((c) => ({
        key: c.id,
        label: c.title,
        count: c.enterprises,
        link: itself(`/consultations/${c.id}`),
      })),
      takeUp: this.takeUpCharts(a.consultationParticipation),
      takeUpSeries: (['comments', 'responses', 'enterprises'] as const).map((k) => t(`dash.takeUp.${k}`)),
      cases: a.cases.mostRead.map((c) => ({
        key: c.id,
        label: c.title,
        count: c.views,
        link: itself(`/cases/${c.id}`),
      })),
      casesSubmitted: a.cases.submitted,
      casesPublished: a.cases.published,
    };
  });

  /** Consultation participation by section, district and size: comments, responses, enterprises. */
  private takeUpCharts(p: DashboardActivity['consultationParticipation']) {
    const lang = this.lang();
    const t = (key: string) => this.transloco.translate(key);
    const chart = (
      key: string,
      counts: Record<string, ConsultationTakeUp>,
      name: (code: string) => string,
    ): { key: string; rows: ChartRow[] } => ({
      key,
      rows: Object.entries(counts).map(([code, c]) => ({
        key: code,
        label: code === 'unknown' ? t('dash.unknown') : name(code),
        count: c.enterprises,
        values: [c.comments, c.responses, c.enterprises],
      })),
    });
    return [
      chart('takeUpBySection', p.bySection, (code) => `${code} ${industryLabelIn(lang, code)}`),
      chart('takeUpByRegion', p.byRegion, (code) => regionNameIn(lang, code)),
      chart('takeUpBySize', p.bySize, (code) => t(`sizes.${code}`)),
    ];
  }

  private params(f: Filters): HttpParams {
    let p = new HttpParams();
    for (const key of ['from', 'to', 'industry', 'region'] as const) if (f[key]) p = p.set(key, f[key]!);
    if (f.size.length) p = p.set('size', f.size.join(','));
    return p;
  }

  /** The directory's filter for these figures (members are counted as of now: no dates). */
  protected memberQuery(): Record<string, string | string[] | undefined> {
    const f = this.list.filters();
    return {
      industry: f.industry ?? undefined,
      region: f.region ?? undefined,
      size: f.size.length ? f.size : undefined,
    };
  }

  /** The review queue's filter for a status under these figures' filter. */
  protected filingQuery(status: string): Record<string, string | string[] | undefined> {
    const f = this.list.filters();
    return { ...this.memberQuery(), status: [status], from: f.from ?? undefined, to: f.to ?? undefined };
  }

  protected open(row: ChartRow | undefined): void {
    if (row?.link) void this.router.navigate([row.link.path], { queryParams: row.link.query });
  }

  protected print(): void {
    window.print();
  }

  /** The whole workbook, or one chart's sheet. */
  protected export(chart?: string): Promise<void> {
    return this.action.run(async () => {
      let params = this.params(this.list.filters());
      if (chart) params = params.set('chart', chart);
      const blob = await firstValueFrom(
        this.http.get('/api/dashboard/export.xlsx', { params, responseType: 'blob' }),
      );
      saveBlob(blob, `联盟统计-${chart ? `${chart}-` : ''}${new Date().toISOString().slice(0, 10)}.xlsx`);
    });
  }
}
