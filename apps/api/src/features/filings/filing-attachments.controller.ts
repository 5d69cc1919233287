import {
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiConflictResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { can, Permission } from '@cqo/contracts';
import { AuditService } from '../../platform/audit/audit.service';
import { CurrentUser, RequirePermission } from '../../platform/auth/auth.decorators';
import type { RequestUser } from '../../platform/auth/request-user';
import { ApiUpload, StoredFileDto } from '../../platform/files/dto/stored-file.dto';
import { FilesService, toFileInfo } from '../../platform/files/files.service';
import { AttachmentUploadQuery } from './dto/attachment.dto';
import { FilingAttachmentsService } from './services/filing-attachments.service';

const uuid = new ParseUUIDPipe();

@ApiTags('filings')
@Controller('filings/:id/attachments')
export class FilingAttachmentsController {
  constructor(
    private readonly attachments: FilingAttachmentsService,
    private readonly files: FilesService,
    private readonly audit: AuditService,
  ) {}

  @Post()
  @RequirePermission(Permission.AccountSelf)
  @ApiOperation({ summary: 'Upload a document to one’s own draft or returned filing' })
  @ApiUpload()
  @ApiConflictResponse({ description: 'FILING_NOT_EDITABLE or ATTACHMENT_LIMIT' })
  async upload(
    @CurrentUser() user: RequestUser,
    @Param('id', uuid) id: string,
    @Query() query: AttachmentUploadQuery,
    @Req() req: FastifyRequest,
  ): Promise<StoredFileDto> {
    return toFileInfo(await this.attachments.add(user, id, query.kind, req));
  }

  @Get(':fileId')
  @RequirePermission(Permission.AccountSelf)
  @ApiOperation({
    summary: 'The file itself, inline for viewing in the page (`?download=1` to save it); owner or staff',
  })
  async download(
    @CurrentUser() user: RequestUser,
    @Param('id', uuid) id: string,
    @Param('fileId', uuid) fileId: string,
    @Query('download') download: string | undefined,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.attachments.get(user, id, fileId);
    if (file.ownerId !== user.id && can(user.roles, Permission.FilingsReview)) {
      await this.audit.record({
        actorId: user.id,
        action: 'filing.attachment',
        subjectType: 'filing',
        subjectId: id,
        meta: { fileId, kind: file.kind },
        ip: req.ip ?? null,
      });
    }
    await this.files.send(reply, file, download ? 'attachment' : 'inline', {
      'cache-control': 'private, no-store',
      // The page may show it in a frame of its own origin (the in-page viewer).
      'x-frame-options': 'SAMEORIGIN',
      'content-security-policy': "frame-ancestors 'self'",
    });
  }

  @Delete(':fileId')
  @RequirePermission(Permission.AccountSelf)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Remove a document while the filing is a draft or returned' })
  @ApiNoContentResponse()
  async remove(
    @CurrentUser() user: RequestUser,
    @Param('id', uuid) id: string,
    @Param('fileId', uuid) fileId: string,
  ): Promise<void> {
    await this.attachments.remove(user, id, fileId);
  }
}
