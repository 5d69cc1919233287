import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Permission, type DashboardActivity, type DashboardSummary } from '@cqo/contracts';
import { CurrentUser, RequirePermission } from '../../platform/auth/auth.decorators';
import type { RequestUser } from '../../platform/auth/request-user';
import { AuditService } from '../../platform/audit/audit.service';
import { ActivityService } from './activity.service';
import { DashboardService } from './dashboard.service';
import { dashboardXlsx } from './dashboard-export';
import { DashboardExportQuery, DashboardQuery } from './dto/dashboard-query.dto';

@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(
    private readonly dashboard: DashboardService,
    private readonly activityFigures: ActivityService,
    private readonly audit: AuditService,
  ) {}

  @Get('summary')
  @RequirePermission(Permission.StatisticsRead)
  @ApiOperation({
    summary:
      'The alliance in figures under one filter: members as the directory counts them, filings as the review queue does',
  })
  @ApiOkResponse({ description: 'DashboardSummary (libs/contracts)' })
  summary(@Query() query: DashboardQuery): Promise<DashboardSummary> {
    return this.dashboard.summary(query);
  }

  @Get('activity')
  @RequirePermission(Permission.StatisticsRead)
  @ApiOperation({
    summary:
      'What members do with what is published, in the date range: announcements read, opportunities taken up, channel messages, consultations answered, cases read',
  })
  @ApiOkResponse({ description: 'DashboardActivity (libs/contracts)' })
  activity(@Query() query: DashboardQuery): Promise<DashboardActivity> {
    return this.activityFigures.activity(query);
  }

  @Get('export.xlsx')
  @RequirePermission(Permission.StatisticsRead)
  @ApiOperation({
    summary:
      'The figures as a workbook: a summary sheet and one sheet per chart, or one chart alone (?chart=bySize)',
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(
    @CurrentUser() staff: RequestUser,
    @Query() query: DashboardExportQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { chart, ...filter } = query;
    const [summary, activity] = await Promise.all([
      this.dashboard.summary(filter),
      this.activityFigures.activity(filter),
    ]);
    await this.audit.record({
      actorId: staff.id,
      action: 'dashboard.export',
      subjectType: 'dashboard',
      meta: { ...query },
    });
    const name = encodeURIComponent(
      `联盟统计-${chart ? `${chart}-` : ''}${summary.generatedAt.slice(0, 10)}.xlsx`,
    );
    await reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="dashboard.xlsx"; filename*=UTF-8''${name}`)
      .header('cache-control', 'no-store')
      .send(await dashboardXlsx(summary, activity, filter, chart));
  }
}
