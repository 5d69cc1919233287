import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { EnterpriseSize } from '@cqo/rules';
import type { DashboardFilter } from '@cqo/contracts';
import {
  IndustryPrefixFilter,
  RegionPrefixFilter,
  SizeListFilter,
} from '../../../platform/http/query-filters';
import { IsDay } from '../../../platform/http/validators';
import { DASHBOARD_CHARTS, type DashboardChart } from '../dashboard-export';

export class DashboardQuery implements DashboardFilter {
  @ApiPropertyOptional({ description: 'Filings submitted on or after this day (YYYY-MM-DD, Asia/Shanghai)' })
  @IsOptional()
  @IsDay()
  from?: string;

  @ApiPropertyOptional({ description: 'Filings submitted on or before this day (YYYY-MM-DD, Asia/Shanghai)' })
  @IsOptional()
  @IsDay()
  to?: string;

  @IndustryPrefixFilter()
  industry?: string;

  @RegionPrefixFilter()
  region?: string;

  @SizeListFilter()
  size?: EnterpriseSize[];
}

export class DashboardExportQuery extends DashboardQuery {
  @ApiPropertyOptional({
    enum: DASHBOARD_CHARTS,
    description: 'One chart alone; the whole workbook when absent',
  })
  @IsOptional()
  @IsIn(DASHBOARD_CHARTS)
  chart?: DashboardChart;
}
