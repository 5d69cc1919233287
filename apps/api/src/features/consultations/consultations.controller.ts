import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  DOCX_CONTENT_TYPE,
  ErrorCode,
  Permission,
  type Consultation as ConsultationDto,
  type ConsultationClause as ClauseDto,
  type ConsultationPage,
  type StoredFileInfo,
} from '@cqo/contracts';
import { CurrentUser, Public, RequirePermission } from '../../platform/auth/auth.decorators';
import type { RequestUser } from '../../platform/auth/request-user';
import { AuditService } from '../../platform/audit/audit.service';
import { ApiException } from '../../platform/errors/api.exception';
import { isZip } from '../../platform/files/content-sniffer';
import { ApiUpload } from '../../platform/files/dto/stored-file.dto';
import { StoredFile } from '../../platform/files/entities/stored-file.entity';
import { FilesService, toFileInfo } from '../../platform/files/files.service';
import { commentTable, commentTableDocx, commentTableXlsx } from './comment-table';
import { ConsultationCommentsService } from './comments.service';
import { CONSULTATION_FILES } from './consultation-files';
import { ConsultationsService } from './consultations.service';
import { docxText } from './draft-import';
import {
  ClauseCorrectionDto,
  ConsultationInputDto,
  ConsultationPatchDto,
  ConsultationQuery,
} from './dto/consultation.dto';

const uuid = new ParseUUIDPipe();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Sends a generated file as a download with a Chinese name. */
export function download(reply: FastifyReply, type: string, ascii: string, name: string, data: Buffer) {
  return reply
    .header('content-type', type)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    .header('cache-control', 'no-store')
    .send(data);
}

@ApiTags('consultations')
@Controller('consultations')
export class ConsultationsController {
  constructor(
    private readonly consultations: ConsultationsService,
    private readonly comments: ConsultationCommentsService,
    private readonly files: FilesService,
    private readonly audit: AuditService,
  ) {}

  @Post()
  @RequirePermission(Permission.ContentPublish)
  @ApiOperation({ summary: 'Write a consultation (a draft); its draft text is split into clauses' })
  async create(
    @CurrentUser() staff: RequestUser,
    @Body() body: ConsultationInputDto,
  ): Promise<ConsultationDto> {
    const c = await this.consultations.create(staff, body);
    return this.consultations.get(staff, c.id);
  }

  @Get()
  @Public()
  @ApiOperation({
    summary:
      'Members: the consultations of their audience (and those open to reading); visitors: those staff opened to reading; staff: all (?status=)',
  })
  list(
    @CurrentUser() reader: RequestUser | undefined,
    @Query() query: ConsultationQuery,
  ): Promise<ConsultationPage> {
    return this.consultations.list(reader ?? null, query);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One consultation, with its attachments' })
  async get(
    @CurrentUser() reader: RequestUser | undefined,
    @Param('id', uuid) id: string,
  ): Promise<ConsultationDto & { attachments: StoredFileInfo[] }> {
    const dto = await this.consultations.get(reader ?? null, id);
    return { ...dto, attachments: (await this.files.listFor(CONSULTATION_FILES, id)).map(toFileInfo) };
  }

  @Patch(':id')
  @RequirePermission(Permission.ContentPublish)
  @ApiOperation({ summary: 'Edit (fields left out stay); the draft text only before opening' })
  async update(
    @CurrentUser() staff: RequestUser,
    @Param('id', uuid) id: string,
    @Body() body: ConsultationPatchDto,
  ): Promise<ConsultationDto> {
    await this.consultations.update(id, body);
    return this.consultations.get(staff, id);
  }

  @Delete(':id')
  @RequirePermission(Permission.ContentPublish)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a draft or a scheduled consultation (one that opened stays on record)' })
  async remove(@CurrentUser() staff: RequestUser, @Param('id', uuid) id: string): Promise<void> {
    const { consultation } = await this.consultations.readable(staff, id);
    if (consultation.status !== 'draft' && consultation.status !== 'scheduled') {
      throw new ApiException(ErrorCode.CONSULTATION_WRONG_STATE, 'Only a draft is deleted.');
    }
    await this.consultations.remove([id]);
  }

  @Post(':id/draft')
  @RequirePermission(Permission.ContentPublish)
  @ApiOperation({
    summary:
      'Upload the draft as DOCX: its text replaces the draft text and is split again; the document is kept as an attachment',
  })
  @ApiUpload()
  async uploadDraft(
    @CurrentUser() staff: RequestUser,
    @Param('id', uuid) id: string,
    @Req() req: FastifyRequest,
  ): Promise<ConsultationDto> {
    await this.consultations.readable(staff, id);
    const { name, data } = await this.files.readUpload(req, isZip, 'a Word document (DOCX)');
    await this.consultations.update(id, { draftText: await docxText(data) });
    // The document itself stays as the draft's attachment (a newer upload replaces it).
    await this.files.storeBytes(data, name, {
      ownerId: staff.id,
      subjectType: CONSULTATION_FILES,
      subjectId: id,
      kind: 'draft',
      accept: [DOCX_CONTENT_TYPE],
      admit: (manager) =>
        manager.findBy(StoredFile, { subjectType: CONSULTATION_FILES, subjectId: id, kind: 'draft' }),
    });
    return this.consultations.get(staff, id);
  }

  @Get(':id/clauses')
  @Public()
  @ApiOperation({ summary: 'The clauses in document order, each with its count of comments' })
  @ApiOkResponse({ description: '{"items":[{"id","number","title","text","depth","comments"}]}' })
  async clauses(
    @CurrentUser() reader: RequestUser | undefined,
    @Param('id', uuid) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { consultation } = await this.consultations.readable(reader ?? null, id, true);
    // Ready JSON: the tree is read by every member at once (see FiguresCache).
    await reply
      .type('application/json; charset=utf-8')
      .send(await this.consultations.clauseTreeJson(consultation));
  }

  @Put(':id/clauses')
  @RequirePermission(Permission.ContentPublish)
  @ApiOperation({ summary: 'The split as corrected (merged, split, renumbered), before opening' })
  async correct(
    @Param('id', uuid) id: string,
    @Body() body: ClauseCorrectionDto,
  ): Promise<{ items: ClauseDto[] }> {
    return { items: await this.consultations.correctClauses(id, body.items) };
  }

  @Post(':id/open')
  @RequirePermission(Permission.ContentPublish)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Open now; the audience is told, and it closes itself at the end of its closing day',
  })
  async open(@CurrentUser() staff: RequestUser, @Param('id', uuid) id: string): Promise<ConsultationDto> {
    await this.consultations.open(id);
    return this.consultations.get(staff, id);
  }

  @Post(':id/schedule')
  @RequirePermission(Permission.ContentPublish)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Open on its opening day (now when that day has come)' })
  async schedule(@CurrentUser() staff: RequestUser, @Param('id', uuid) id: string): Promise<ConsultationDto> {
    await this.consultations.schedule(id);
    return this.consultations.get(staff, id);
  }

  @Post(':id/unschedule')
  @RequirePermission(Permission.ContentPublish)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'A scheduled consultation back to a draft' })
  async unschedule(
    @CurrentUser() staff: RequestUser,
    @Param('id', uuid) id: string,
  ): Promise<ConsultationDto> {
    await this.consultations.unschedule(id);
    return this.consultations.get(staff, id);
  }

  @Post(':id/close')
  @RequirePermission(Permission.ContentPublish)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Close now (comments and answers stop)' })
  async close(@CurrentUser() staff: RequestUser, @Param('id', uuid) id: string): Promise<ConsultationDto> {
    await this.consultations.close(id);
    return this.consultations.get(staff, id);
  }

  @Post(':id/publish-results')
  @RequirePermission(Permission.ContentPublish)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Publish the results of a concluded consultation; participants are told' })
  async publishResults(
    @CurrentUser() staff: RequestUser,
    @Param('id', uuid) id: string,
  ): Promise<ConsultationDto> {
    await this.consultations.publishResults(id);
    return this.consultations.get(staff, id);
  }

  @Get(':id/comment-table.xlsx')
  @RequirePermission(Permission.ContentPublish)
  @ApiOperation({ summary: '意见汇总处理表 as XLSX' })
  @ApiProduces(XLSX)
  async tableXlsx(
    @CurrentUser() staff: RequestUser,
    @Param('id', uuid) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { table, name } = await this.table(staff, id, 'xlsx');
    await download(reply, XLSX, 'comment-table.xlsx', `${name}.xlsx`, await commentTableXlsx(table));
  }

  @Get(':id/comment-table.docx')
  @RequirePermission(Permission.ContentPublish)
  @ApiOperation({ summary: '意见汇总处理表 as DOCX' })
  @ApiProduces(DOCX)
  async tableDocx(
    @CurrentUser() staff: RequestUser,
    @Param('id', uuid) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { table, name } = await this.table(staff, id, 'docx');
    await download(reply, DOCX, 'comment-table.docx', `${name}.docx`, await commentTableDocx(table));
  }

  @Post(':id/attachments')
  @RequirePermission(Permission.ContentPublish)
  @ApiOperation({ summary: 'Attach the draft as PDF (≤ 10 MB)' })
  @ApiUpload()
  async attach(
    @CurrentUser() staff: RequestUser,
    @Param('id', uuid) id: string,
    @Req() req: FastifyRequest,
  ): Promise<StoredFileInfo> {
    await this.consultations.readable(staff, id);
    return toFileInfo(
      await this.files.receive(req, {
        ownerId: staff.id,
        subjectType: CONSULTATION_FILES,
        subjectId: id,
        kind: 'attachment',
        accept: ['application/pdf'],
      }),
    );
  }

  @Get(':id/attachments/:fileId')
  @Public()
  @ApiOperation({ summary: 'An attachment, for whoever may read the consultation' })
  async attachment(
    @CurrentUser() reader: RequestUser | undefined,
    @Param('id', uuid) id: string,
    @Param('fileId', uuid) fileId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.consultations.readable(reader ?? null, id);
    await this.files.send(reply, await this.files.findFor(CONSULTATION_FILES, id, fileId), 'attachment');
  }

  @Delete(':id/attachments/:fileId')
  @RequirePermission(Permission.ContentPublish)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Remove an attachment' })
  async detach(@Param('id', uuid) id: string, @Param('fileId', uuid) fileId: string): Promise<void> {
    await this.files.remove(await this.files.findFor(CONSULTATION_FILES, id, fileId));
  }

  private async table(staff: RequestUser, id: string, format: string) {
    const { consultation } = await this.consultations.readable(staff, id);
    const table = commentTable(consultation, await this.comments.placed(id), this.consultations.today());
    await this.audit.record({
      actorId: staff.id,
      action: 'consultation.comment-table',
      subjectType: 'consultation',
      subjectId: id,
      meta: { format, rows: table.rows.length },
    });
    return { table, name: `意见汇总处理表-${consultation.standardCode}` };
  }
}
