import { Controller, Get, Query, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Permission, type AuditEntry } from '@cqo/contracts';
import { UserDirectory } from '../auth/user-directory';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { RequestUser } from '../auth/request-user';
import { inertCell } from '../files/spreadsheet-cells';
import { IsDay } from '../http/validators';
import { PageQuery } from '../http/page-query.dto';
import { AuditService } from './audit.service';
import type { AuditEntry as AuditRow } from './entities/audit-entry.entity';
import { excel } from '../files/excel';

class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only this action, e.g. user.disable' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  action?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only what this account did' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ description: 'Only entries about this kind of record, e.g. filing' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  subjectType?: string;

  @ApiPropertyOptional({ description: 'Only entries about this subject id' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  subjectId?: string;

  @ApiPropertyOptional({ description: 'On or after this day (YYYY-MM-DD, Asia/Shanghai)' })
  @IsOptional()
  @IsDay()
  from?: string;

  @ApiPropertyOptional({ description: 'On or before this day (YYYY-MM-DD, Asia/Shanghai)' })
  @IsOptional()
  @IsDay()
  to?: string;
}

/** Rows an export holds at most (a quarter of a busy bureau's log). */
const EXPORT_ROWS = 10_000;

class AuditEntryDto implements AuditEntry {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, description: 'Who acted (null: the system)' }) actorId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The actor's account name" })
  actorName!: string | null;
  @ApiProperty({ description: 'What was done' }) action!: string;
  @ApiProperty({ description: 'Kind of thing acted on' }) subjectType!: string;
  @ApiProperty({ nullable: true }) subjectId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The account name when the subject is a user' })
  subjectName!: string | null;
  @ApiProperty({ nullable: true, description: 'Reason given by the actor' }) reason!: string | null;
  @ApiProperty({ description: 'Extra facts about the action' }) meta!: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}
class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items!: AuditEntryDto[];
  @ApiProperty() total!: number;
}

@ApiTags('admin')
@Controller()
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly users: UserDirectory,
  ) {}

  @Get('admin/audit')
  @RequirePermission(Permission.AuditRead)
  @ApiOperation({ summary: 'The audit log, newest first; filters: who, action, subject, days' })
  @ApiOkResponse({ type: AuditPageDto })
  async list(@Query() query: AuditQuery): Promise<AuditPageDto> {
    return this.named(await this.audit.list(query.page, query.pageSize, query));
  }

  @Get('admin/audit/export.xlsx')
  @RequirePermission(Permission.AuditRead)
  @ApiOperation({
    summary: `The filtered log as XLSX (newest first, at most ${EXPORT_ROWS} rows); the export is itself logged`,
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(
    @CurrentUser() admin: RequestUser,
    @Query() query: AuditQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { items, total } = await this.named(await this.audit.list(1, EXPORT_ROWS, query));
    const { page: _page, pageSize: _size, ...filter } = query;
    await this.audit.record({
      actorId: admin.id,
      action: 'audit.export',
      subjectType: 'audit',
      meta: { rows: items.length, total, filter },
    });
    const workbook = new (await excel()).Workbook();
    const sheet = workbook.addWorksheet('审计日志');
    const widths = [22, 26, 16, 14, 38, 24, 40];
    sheet.columns = ['时间', '操作', '操作人', '对象类型', '对象', '原因', '详情'].map((header, i) => ({
      header,
      width: widths[i],
    }));
    sheet.getRow(1).font = { bold: true };
    for (const e of items) {
      sheet.addRow(
        [
          e.createdAt,
          e.action,
          e.actorName ?? e.actorId ?? '系统',
          e.subjectType,
          e.subjectName ?? e.subjectId ?? '',
          e.reason ?? '',
          JSON.stringify(e.meta),
        ].map(inertCell),
      );
    }
    await reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header(
        'content-disposition',
        `attachment; filename="audit.xlsx"; filename*=UTF-8''${encodeURIComponent('审计日志.xlsx')}`,
      )
      .header('cache-control', 'no-store')
      .send(Buffer.from(await workbook.xlsx.writeBuffer()));
  }

  @Get('me/audit')
  @RequirePermission(Permission.AccountSelf)
  @ApiOperation({ summary: 'My own recent audited actions (decisions, exports, moderation …), newest first' })
  @ApiOkResponse({ type: AuditPageDto })
  async mine(@CurrentUser() user: RequestUser, @Query() query: PageQuery): Promise<AuditPageDto> {
    return this.named(await this.audit.list(query.page, query.pageSize, { actorId: user.id }));
  }

  /** Entries with the names of the people in them (the actor, and the account acted on). */
  private async named(page: { items: AuditRow[]; total: number }): Promise<AuditPageDto> {
    const people = page.items.flatMap((e) => [e.actorId, e.subjectType === 'user' ? e.subjectId : null]);
    const names = await this.users.displayNames(people.filter((id): id is string => !!id));
    return {
      items: page.items.map((e) => ({
        ...e,
        actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
        subjectName: e.subjectType === 'user' && e.subjectId ? (names.get(e.subjectId) ?? null) : null,
        createdAt: e.createdAt.toISOString(),
      })),
      total: page.total,
    };
  }
}
