import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NgxEchartsDirective } from 'ngx-echarts';
import { barOptions, groupedBarOptions, lineOptions } from '../../shared/charts/charts';

/** One bar of a chart: its words, its count, and the list it opens (a route and its filters). */
export interface ChartRow {
  key: string;
  label: string;
  count: number;
  /** One value per series, for a chart of several lines (the table shows each). */
  values?: number[];
  link?: { path: string; query: Record<string, string | string[] | undefined> };
}

/**
 * A chart with its figures beside it: the bars (a click opens the bar's list), and the same rows
 * as a table under a disclosure, reachable by keyboard and read by screen readers, each row a link.
 */
@Component({
  selector: 'cqo-chart-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslocoPipe, NgxEchartsDirective],
  template: `
    <figure class="card" [attr.data-testid]="testId()">
      <figcaption>{{ heading() }}</figcaption>
      @if (rows().length) {
        <div
          class="chart"
          echarts
          [options]="options()"
          [style.height.px]="height()"
          (chartClick)="clicked.emit(rows()[$any($event).dataIndex])"
          role="img"
          [attr.aria-label]="summary()"
        ></div>
        <details>
          <summary>{{ 'dash.table' | transloco }}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{{ 'dash.label' | transloco }}</th>
                @for (name of series(); track name) {
                  <th scope="col">{{ name }}</th>
                } @empty {
                  <th scope="col">{{ 'dash.count' | transloco }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (r of rows(); track r.key) {
                <tr>
                  <td>
                    @if (r.link) {
                      <a [routerLink]="r.link.path" [queryParams]="r.link.query">{{ r.label }}</a>
                    } @else {
                      {{ r.label }}
                    }
                  </td>
                  @if (series().length) {
                    @for (v of r.values ?? []; track $index) {
                      <td class="n">{{ v }}</td>
                    }
                  } @else {
                    <td class="n">{{ r.count }}</td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </details>
      } @else {
        <p class="muted">{{ 'dash.none' | transloco }}</p>
      }
      <ng-content />
      @if (exportable()) {
        <button
          type="button"
          class="export"
          (click)="exported.emit()"
          [attr.data-testid]="testId() + '-export'"
        >
          {{ 'dash.exportChart' | transloco }}
        </button>
      }
    </figure>
  `,
  styles: `
    .card {
      margin: 0;
      padding: 12px;
      border: 1px solid #f0f0f0;
      border-radius: 8px;
      background: #fff;
      min-width: 0;
    }
    figcaption {
      font-weight: 500;
      margin-bottom: 8px;
    }
    .chart {
      width: 100%;
      cursor: pointer;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      margin-top: 8px;
    }
    th,
    td {
      border-bottom: 1px solid #f0f0f0;
      padding: 2px 8px;
      text-align: left;
    }
    .n {
      text-align: right;
    }
    .muted {
      color: #5c6370;
    }
    .export {
      background: none;
      border: 0;
      padding: 4px 0 0;
      color: #0958d9;
      cursor: pointer;
    }
  `,
})
export class ChartCardComponent {
  readonly heading = input.required<string>();
  readonly rows = input.required<ChartRow[]>();
  readonly testId = input<string>();
  readonly clicked = output<ChartRow>();
  /** Offer this chart's rows as a workbook of their own. */
  readonly exportable = input(false);
  readonly exported = output<void>();
  /** Names of the series when the rows carry several values. */
  readonly series = input<string[]>([]);
  /** How several series are drawn: lines over time, or bars side by side per row. */
  readonly shape = input<'lines' | 'bars'>('lines');
  protected readonly options = computed(() => {
    if (!this.series().length) return barOptions(this.rows());
    const labels = this.rows().map((r) => r.label);
    const series = this.series().map((name, i) => ({
      name,
      values: this.rows().map((r) => r.values?.[i] ?? 0),
    }));
    return this.shape() === 'bars' ? groupedBarOptions(labels, series) : lineOptions(labels, series);
  });
  protected readonly height = computed(() => {
    const rows = this.rows().length;
    if (!this.series().length) return 48 + rows * 30;
    return this.shape() === 'bars' ? 56 + rows * (12 + 16 * this.series().length) : 280;
  });
  /** The chart in one sentence, for screen readers: each label and its count. */
  protected readonly summary = computed(
    () =>
      `${this.heading()}: ${this.rows()
        .map((r) => `${r.label} ${r.count}`)
        .join(', ')}`,
  );
}
