import type { Provider } from '@angular/core';
import type { EChartsCoreOption } from 'echarts/core';
import { provideEchartsCore } from 'ngx-echarts';

/** For a component that shows charts: ECharts' core and the bar chart, loaded when first drawn. */
export function provideCharts(): Provider {
  return provideEchartsCore({ echarts: () => import('./echarts-setup').then((m) => m.echarts) });
}

/** A horizontal bar chart of labelled counts (long Chinese labels read better along the y axis). */
export function barOptions(rows: { label: string; count: number }[], color = '#1677ff'): EChartsCoreOption {
  return {
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.label),
      axisLabel: { width: 140, overflow: 'truncate' },
    },
    series: [{ type: 'bar', data: rows.map((r) => r.count), itemStyle: { color }, barMaxWidth: 24 }],
  };
}

/** Marks and dashes per series, so that lines are told apart without their colours. */
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin'];
const DASHES = ['solid', 'dashed', 'dotted', 'solid', 'dashed'] as const;

/** Lines over categories (months), one per series, each with its own mark and dash. */
export function lineOptions(
  categories: string[],
  series: { name: string; values: number[] }[],
): EChartsCoreOption {
  return {
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    xAxis: { type: 'category', data: categories },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((s, i) => ({
      type: 'line',
      name: s.name,
      data: s.values,
      symbol: SYMBOLS[i % SYMBOLS.length],
      symbolSize: 8,
      lineStyle: { type: DASHES[i % DASHES.length], width: 2 },
    })),
  };
}
