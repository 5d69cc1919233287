import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { QuestionResult, SurveyResults } from '@cqo/contracts';
import { industryLabelIn, regionNameIn } from '@cqo/rules';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NgxEchartsDirective } from 'ngx-echarts';
import { firstValueFrom } from 'rxjs';
import { LanguageService } from '../../core/i18n/i18n';
import { barOptions, provideCharts } from '../../shared/charts/charts';
import { Notice } from '../../shared/notice';
import { ConsultationsApi } from './consultations.api';

type Row = { label: string; count: number };

/**
 * The survey's results: per choice question a bar chart (with its figures as a table beside it,
 * for screen readers and printing), ratings as their distribution and mean, text answers listed,
 * and who took part by industry section, district and size.
 */
@Component({
  selector: 'cqo-survey-results',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideCharts()],
  imports: [TranslocoPipe, NzAlertModule, NgxEchartsDirective],
  template: `
    @if (results(); as r) {
      <p class="lead" data-testid="results-responses">
        {{ 'cons.results.responses' | transloco: { count: r.responses } }}
      </p>
      @for (v of questions(); track v.q.id; let i = $index) {
        @let q = v.q;
        <section class="question" [attr.data-testid]="'result-' + i">
          <h3>{{ i + 1 }}. {{ q.title }}</h3>
          <p class="muted">{{ 'cons.results.answered' | transloco: { count: q.answered } }}</p>
          @if (v.rows; as rows) {
            @if (q.type === 'rating' && q.mean !== null) {
              <p>{{ 'cons.results.mean' | transloco: { mean: q.mean } }}</p>
            }
            <div class="chart" echarts [options]="v.chart!" [style.height.px]="40 + rows.length * 32"></div>
            <table class="figures">
              <thead>
                <tr>
                  <th scope="col">{{ 'cons.results.option' | transloco }}</th>
                  <th scope="col">{{ 'cons.results.count' | transloco }}</th>
                </tr>
              </thead>
              <tbody>
                @for (row of rows; track row.label) {
                  <tr>
                    <td>{{ row.label }}</td>
                    <td>{{ row.count }}</td>
                  </tr>
                }
              </tbody>
            </table>
          } @else if (q.type === 'number') {
            @if (q.mean !== null) {
              <p>{{ 'cons.results.meanNumber' | transloco: { mean: q.mean, min: q.min, max: q.max } }}</p>
            }
          } @else {
            <ul class="texts">
              @for (t of q.texts ?? []; track $index) {
                <li>{{ t }}</li>
              }
            </ul>
          }
        </section>
      }
      <section class="question" data-testid="results-participation">
        <h3>{{ 'cons.results.participation' | transloco: { count: r.participation.enterprises } }}</h3>
        <div class="participation">
          @for (p of participation(); track p.key) {
            <div>
              <h4>{{ p.key | transloco }}</h4>
              <div
                class="chart"
                echarts
                [options]="p.chart"
                [style.height.px]="40 + p.rows.length * 28"
              ></div>
            </div>
          }
        </div>
      </section>
    } @else if (unpublished()) {
      <nz-alert nzType="info" [nzMessage]="'cons.results.notPublished' | transloco" />
    }
  `,
  styles: `
    .lead {
      font-weight: 500;
    }
    .question {
      border-top: 1px solid #f0f0f0;
      padding: 12px 0;
    }
    h3 {
      font-size: 15px;
      margin: 0 0 4px;
    }
    h4 {
      font-size: 14px;
      margin: 8px 0 0;
    }
    .chart {
      width: 100%;
      max-width: 640px;
    }
    .figures {
      border-collapse: collapse;
      font-size: 13px;
    }
    .figures th,
    .figures td {
      border: 1px solid #f0f0f0;
      padding: 2px 8px;
      text-align: left;
    }
    .participation {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(260px, 1fr));
      gap: 12px;
    }
    .texts {
      padding-left: 18px;
      white-space: pre-wrap;
    }
    .muted {
      color: #5c6370;
    }
  `,
})
export class SurveyResultsComponent {
  private readonly api = inject(ConsultationsApi);
  private readonly notice = inject(Notice);
  private readonly transloco = inject(TranslocoService);
  private readonly lang = inject(LanguageService);
  readonly consultationId = input.required<string>();
  /** Staff see results as they come; members once they are published. */
  readonly staff = input(false);
  readonly published = input(false);
  protected readonly results = signal<SurveyResults | null>(null);
  protected readonly unpublished = computed(() => !this.staff() && !this.published());

  constructor() {
    effect(() => {
      if (this.staff() || this.published()) void this.load(this.consultationId(), this.staff());
    });
  }

  private async load(id: string, staff: boolean): Promise<void> {
    try {
      this.results.set(await firstValueFrom(this.api.results(id, staff)));
    } catch (e) {
      this.notice.failure(e);
    }
  }

  /** Each question with its rows and chart, made once per result (not at every check). */
  protected readonly questions = computed(() =>
    (this.results()?.questions ?? []).map((q) => {
      const rows = this.rows(q);
      return { q, rows, chart: rows ? barOptions(rows) : null };
    }),
  );

  protected readonly participation = computed(() => {
    this.lang.lang();
    return this.results() ? this.groups(this.results()!.participation) : [];
  });

  private rows(q: QuestionResult): Row[] | null {
    if (q.options) return q.options.map((o) => ({ label: o.label, count: o.count }));
    if (q.type === 'rating' && q.counts) {
      return ['1', '2', '3', '4', '5'].map((n) => ({
        label: this.transloco.translate('cons.survey.rating', { n }),
        count: q.counts![n] ?? 0,
      }));
    }
    return null;
  }

  private groups(p: SurveyResults['participation']) {
    const unknown = this.transloco.translate('cons.results.unknown');
    const name = (kind: 'section' | 'district' | 'size', code: string): string => {
      if (code === 'unknown') return unknown;
      if (kind === 'section') return `${code} ${industryLabelIn(this.lang.lang(), code)}`;
      if (kind === 'district') return regionNameIn(this.lang.lang(), code);
      return this.transloco.translate(`sizes.${code}`);
    };
    const rows = (kind: 'section' | 'district' | 'size', counts: Record<string, number>) =>
      Object.entries(counts)
        .sort((a, b) => b[1] - a[1])
        .map(([code, count]) => ({ label: name(kind, code), count }));
    return [
      { key: 'cons.results.bySection', rows: rows('section', p.bySection) },
      { key: 'cons.results.byDistrict', rows: rows('district', p.byDistrict) },
      { key: 'cons.results.bySize', rows: rows('size', p.bySize) },
    ].map((g) => ({ ...g, chart: barOptions(g.rows, '#13a8a8') }));
  }
}
