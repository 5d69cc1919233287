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
