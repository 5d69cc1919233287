import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Permission, type AuditEntry } from '@cqo/contracts';
import { UserDirectory } from '../auth/user-directory';
import { RequirePermission } from '../auth/auth.decorators';
import { PageQuery } from '../http/page-query.dto';
import { AuditService } from './audit.service';

class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only this action, e.g. user.disable' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  action?: string;

  @ApiPropertyOptional({ description: 'Only entries about this subject id' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  subjectId?: string;
}

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
@Controller('admin/audit')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly users: UserDirectory,
  ) {}

  @Get()
  @RequirePermission(Permission.AuditRead)
  @ApiOperation({ summary: 'The audit log, newest first' })
  @ApiOkResponse({ type: AuditPageDto })
  async list(@Query() query: AuditQuery): Promise<AuditPageDto> {
    const { items, total } = await this.audit.list(query.page, query.pageSize, query);
    const people = items.flatMap((e) => [e.actorId, e.subjectType === 'user' ? e.subjectId : null]);
    const names = await this.users.displayNames(people.filter((id): id is string => !!id));
    return {
      items: items.map((e) => ({
        ...e,
        actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
        subjectName: e.subjectType === 'user' && e.subjectId ? (names.get(e.subjectId) ?? null) : null,
        createdAt: e.createdAt.toISOString(),
      })),
      total,
    };
  }
}
