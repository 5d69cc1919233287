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

/** Fill patterns per series after the first, so that bars side by side are told apart without colour. */
const DECALS = [
  undefined,
  {
    symbol: 'rect',
    dashArrayX: [1, 0],
    dashArrayY: [2, 4],
    rotation: Math.PI / 4,
    color: 'rgba(255,255,255,0.75)',
  },
  {
    symbol: 'circle',
    symbolSize: 0.6,
    dashArrayX: [[4, 4]],
    dashArrayY: [4, 0],
    color: 'rgba(255,255,255,0.8)',
  },
];
const BAR_COLOURS = ['#1677ff', '#08979c', '#d46b08'];

/** Horizontal bars side by side, one per series, each with its own colour and fill pattern. */
export function groupedBarOptions(
  categories: string[],
  series: { name: string; values: number[] }[],
): EChartsCoreOption {
  return {
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categories,
      axisLabel: { width: 140, overflow: 'truncate' },
    },
    series: series.map((s, i) => ({
      type: 'bar',
      name: s.name,
      data: s.values,
      barMaxWidth: 16,
      itemStyle: { color: BAR_COLOURS[i % BAR_COLOURS.length], decal: DECALS[i % DECALS.length] },
    })),
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
