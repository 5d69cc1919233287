import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import type { EnterpriseSize } from '@cqo/rules';
import type { DashboardFilter } from '@cqo/contracts';
import { RegionPrefixFilter, SizeListFilter } from '../../../platform/http/query-filters';
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

  @ApiPropertyOptional({ description: 'Industry section letter (C) or code prefix (39)' })
  @IsOptional()
  @Matches(/^([A-Ta-t]|\d{2,4})$/, { message: 'industry must be a section letter or 2 to 4 digits' })
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
