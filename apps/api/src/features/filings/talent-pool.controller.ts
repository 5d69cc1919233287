import { Controller, Get, HttpCode, HttpStatus, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Permission } from '@cqo/contracts';
import { AuditService } from '../../platform/audit/audit.service';
import { CurrentUser, Public, RequirePermission } from '../../platform/auth/auth.decorators';
import type { RequestUser } from '../../platform/auth/request-user';
import { UPLOAD_BODY_SCHEMA } from '../../platform/files/dto/stored-file.dto';
import { ImportQuery, TalentPoolQuery } from './dto/filing-query.dto';
import { ImportReportDto, TalentPoolPageDto } from './dto/filing-response.dto';
import { TalentPoolImportService } from './services/talent-pool-import.service';
import { TalentPoolService } from './services/talent-pool.service';

@ApiTags('talent pool')
@Controller('talent-pool')
export class TalentPoolController {
  constructor(
    private readonly pool: TalentPoolService,
    private readonly audit: AuditService,
    private readonly importer: TalentPoolImportService,
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
  @RequirePermission(Permission.PersonalDataExport)
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

  @Post('import')
  @RequirePermission(Permission.FilingsReview)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary:
      'Import CQOs filed on paper from an XLSX in the same 17 columns; every row checked; all rows or none. ?dryRun=true only checks',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: UPLOAD_BODY_SCHEMA })
  @ApiOkResponse({ type: ImportReportDto })
  @ApiBadRequestResponse({
    description: 'IMPORT_UNREADABLE, IMPORT_BAD_HEADER, IMPORT_EMPTY, IMPORT_TOO_MANY_ROWS',
  })
  @ApiUnprocessableEntityResponse({
    description: 'IMPORT_REJECTED: some rows are refused; `report` lists every row; nothing was saved',
  })
  import(
    @CurrentUser() staff: RequestUser,
    @Query() query: ImportQuery,
    @Req() req: FastifyRequest,
  ): Promise<ImportReportDto> {
    return this.importer.import(staff, req, query.dryRun);
  }
}
