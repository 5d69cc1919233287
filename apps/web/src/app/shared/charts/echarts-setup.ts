/**
 * The parts of ECharts the product draws (bars, with grid and tooltip, on canvas), registered
 * once. Loaded on first use through `provideCharts()`, so no page pays for charts it does not show.
 */
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
