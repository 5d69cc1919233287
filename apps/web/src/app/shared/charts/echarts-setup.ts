/**
 * The parts of ECharts the product draws (bars and lines, with grid, legend and tooltip, on canvas), registered
 * once. Loaded on first use through `provideCharts()`, so no page pays for charts it does not show.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
