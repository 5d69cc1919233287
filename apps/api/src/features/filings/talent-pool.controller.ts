import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Permission } from '@cqo/contracts';
import { AuditService } from '../../platform/audit/audit.service';
import { CurrentUser, Public, RequirePermission } from '../../platform/auth/auth.decorators';
import type { RequestUser } from '../../platform/auth/request-user';
import { TalentPoolQuery } from './dto/filing-query.dto';
import { TalentPoolPageDto } from './dto/filing-response.dto';
import { TalentPoolService } from './services/talent-pool.service';

@ApiTags('talent pool')
@Controller('talent-pool')
export class TalentPoolController {
  constructor(
    private readonly pool: TalentPoolService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    summary:
      'The public talent pool: enterprise name, CQO name and appointment date only (只公布姓名、单位、任职时间)',
  })
  @ApiOkResponse({ type: TalentPoolPageDto })
  list(@Query() query: TalentPoolQuery): Promise<TalentPoolPageDto> {
    return this.pool.publicList(query.q, query.page, query.pageSize);
  }

  @Get('export.xlsx')
  @RequirePermission(Permission.StaffWork)
  @ApiOperation({
    summary: '企业首席质量官人才库信息表 (the source’s 17 columns) as XLSX, streamed; ?q= filters',
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(
    @CurrentUser() staff: RequestUser,
    @Query() query: TalentPoolQuery,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.audit.record({
      actorId: staff.id,
      action: 'talent-pool.export',
      subjectType: 'talent-pool',
      meta: { q: query.q ?? null },
      ip: req.ip ?? null,
    });
    const name = encodeURIComponent('企业首席质量官人才库信息表.xlsx');
    await reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="talent-pool.xlsx"; filename*=UTF-8''${name}`)
      .header('cache-control', 'no-store')
      .send(this.pool.exportXlsx(query.q));
  }
}
