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
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Permission } from '@cqo/contracts';
import { CurrentUser, Public, RequirePermission } from '../../platform/auth/auth.decorators';
import type { RequestUser } from '../../platform/auth/request-user';
import { ApiUpload, StoredFileDto } from '../../platform/files/dto/stored-file.dto';
import { FilesService, toFileInfo } from '../../platform/files/files.service';
import { CaseFeedbackService } from './case-feedback.service';
import { CASE_FILES } from './case-files';
import { CaseLibraryService } from './case-library.service';
import { mayEdit } from './case-access';
import { CasesService, caseNotFound } from './cases.service';
import {
  CaseCommentDto,
  CaseCommentInputDto,
  CaseDetailDto,
  CaseFeatureDto,
  CaseInputDto,
  CasePageDto,
  CasePatchDto,
  CaseQuery,
  CaseReviewDto,
  CaseSummaryDto,
  MarkResultDto,
} from './dto/case.dto';

const uuid = new ParseUUIDPipe();

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly library: CaseLibraryService,
    private readonly feedback: CaseFeedbackService,
    private readonly files: FilesService,
  ) {}

  @Post()
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: 'Write a case (a draft until submitted, or published by staff)' })
  @ApiCreatedResponse({ type: CaseDetailDto })
  async create(@CurrentUser() author: RequestUser, @Body() body: CaseInputDto): Promise<CaseDetailDto> {
    const c = await this.cases.create(author, body);
    return this.library.get(author, c.id);
  }

  @Get()
  @Public()
  @ApiOperation({
    summary:
      'The library (published cases; visitors read titles and summaries), or ?scope=mine|bookmarked|review',
  })
  @ApiOkResponse({ type: CasePageDto })
  list(@CurrentUser() reader: RequestUser | undefined, @Query() query: CaseQuery): Promise<CasePageDto> {
    return this.library.list(reader ?? null, query);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One case: whole for members and staff, title and summary for visitors' })
  @ApiOkResponse({ type: CaseDetailDto })
  @ApiNotFoundResponse({ description: 'CASE_NOT_FOUND (also an unpublished case of someone else)' })
  async get(
    @CurrentUser() reader: RequestUser | undefined,
    @Param('id', uuid) id: string,
  ): Promise<CaseDetailDto & { attachments: StoredFileDto[] }> {
    const dto = await this.library.get(reader ?? null, id, true);
    const files = dto.full ? await this.files.listFor(CASE_FILES, id) : [];
    return { ...dto, attachments: files.map(toFileInfo) };
  }

  @Get(':id/related')
  @Public()
  @ApiOperation({ summary: 'Published cases like this one (methods, industry, tags, words)' })
  @ApiOkResponse({ type: [CaseSummaryDto] })
  related(
    @CurrentUser() reader: RequestUser | undefined,
    @Param('id', uuid) id: string,
  ): Promise<CaseSummaryDto[]> {
    return this.library.related(reader ?? null, id);
  }

  @Patch(':id')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({
    summary: "Edit (the author or staff); an author's edit of a published case goes back to review",
  })
  @ApiOkResponse({ type: CaseDetailDto })
  async update(
    @CurrentUser() editor: RequestUser,
    @Param('id', uuid) id: string,
    @Body() body: CasePatchDto,
  ): Promise<CaseDetailDto> {
    await this.cases.update(editor, id, body);
    return this.library.get(editor, id);
  }

  @Delete(':id')
  @RequirePermission(Permission.MemberArea)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete (the author or staff), with its comments, marks and files' })
  async remove(@CurrentUser() reader: RequestUser, @Param('id', uuid) id: string): Promise<void> {
    await this.cases.delete(reader, id);
  }

  @Post(':id/submit')
  @RequirePermission(Permission.MemberArea)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'The author submits the case for review' })
  @ApiOkResponse({ type: CaseDetailDto })
  async submit(@CurrentUser() author: RequestUser, @Param('id', uuid) id: string): Promise<CaseDetailDto> {
    await this.cases.submit(author, id);
    return this.library.get(author, id);
  }

  @Post(':id/review')
  @RequirePermission(Permission.ContentPublish)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Publish a submitted case, or return it with a comment' })
  @ApiOkResponse({ type: CaseDetailDto })
  async review(
    @CurrentUser() staff: RequestUser,
    @Param('id', uuid) id: string,
    @Body() body: CaseReviewDto,
  ): Promise<CaseDetailDto> {
    await this.cases.review(staff, id, body);
    return this.library.get(staff, id);
  }

  @Post(':id/publish')
  @RequirePermission(Permission.ContentPublish)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Staff publish directly' })
  @ApiOkResponse({ type: CaseDetailDto })
  async publish(@CurrentUser() staff: RequestUser, @Param('id', uuid) id: string): Promise<CaseDetailDto> {
    await this.cases.publish(staff, id);
    return this.library.get(staff, id);
  }

  @Put(':id/featured')
  @RequirePermission(Permission.ContentPublish)
  @ApiOperation({ summary: 'Feature a published case on the home page, or take it off' })
  @ApiOkResponse({ type: CaseDetailDto })
  async feature(
    @CurrentUser() staff: RequestUser,
    @Param('id', uuid) id: string,
    @Body() body: CaseFeatureDto,
  ): Promise<CaseDetailDto> {
    await this.cases.feature(id, body.featured);
    return this.library.get(staff, id);
  }

  @Put(':id/like')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: 'Like (again: no change)' })
  @ApiOkResponse({ type: MarkResultDto })
  like(@CurrentUser() reader: RequestUser, @Param('id', uuid) id: string): Promise<MarkResultDto> {
    return this.feedback.mark(reader, id, 'like', true);
  }

  @Delete(':id/like')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: 'Take the like back' })
  @ApiOkResponse({ type: MarkResultDto })
  unlike(@CurrentUser() reader: RequestUser, @Param('id', uuid) id: string): Promise<MarkResultDto> {
    return this.feedback.mark(reader, id, 'like', false);
  }

  @Put(':id/bookmark')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: 'Bookmark (listed with ?scope=bookmarked)' })
  @ApiOkResponse({ type: MarkResultDto })
  bookmark(@CurrentUser() reader: RequestUser, @Param('id', uuid) id: string): Promise<MarkResultDto> {
    return this.feedback.mark(reader, id, 'bookmark', true);
  }

  @Delete(':id/bookmark')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: 'Remove the bookmark' })
  @ApiOkResponse({ type: MarkResultDto })
  unbookmark(@CurrentUser() reader: RequestUser, @Param('id', uuid) id: string): Promise<MarkResultDto> {
    return this.feedback.mark(reader, id, 'bookmark', false);
  }

  @Get(':id/comments')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: 'Comments, oldest first' })
  @ApiOkResponse({ type: [CaseCommentDto] })
  comments(@CurrentUser() reader: RequestUser, @Param('id', uuid) id: string): Promise<CaseCommentDto[]> {
    return this.feedback.comments(reader, id);
  }

  @Post(':id/comments')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: 'Comment on a published case (its author is notified)' })
  @ApiCreatedResponse({ type: CaseCommentDto })
  comment(
    @CurrentUser() reader: RequestUser,
    @Param('id', uuid) id: string,
    @Body() body: CaseCommentInputDto,
  ): Promise<CaseCommentDto> {
    return this.feedback.comment(reader, id, body.body);
  }

  @Delete(':id/comments/:commentId')
  @RequirePermission(Permission.MemberArea)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Remove a comment (its writer, or a moderator)' })
  async uncomment(
    @CurrentUser() reader: RequestUser,
    @Param('id', uuid) id: string,
    @Param('commentId', uuid) commentId: string,
  ): Promise<void> {
    await this.feedback.removeComment(reader, id, commentId);
  }

  @Post(':id/attachments')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({
    summary: 'Attach an image or PDF (≤ 10 MB); images can be shown in the body by their address',
  })
  @ApiUpload()
  async attach(
    @CurrentUser() editor: RequestUser,
    @Param('id', uuid) id: string,
    @Req() req: FastifyRequest,
  ): Promise<StoredFileDto> {
    const c = await this.library.find(editor, id);
    if (!mayEdit(editor, c)) throw caseNotFound();
    return toFileInfo(
      await this.files.receive(req, {
        ownerId: editor.id,
        subjectType: CASE_FILES,
        subjectId: id,
        kind: 'attachment',
      }),
    );
  }

  @Get(':id/attachments/:fileId')
  @Public()
  @ApiOperation({ summary: 'An image or attachment, for whoever may read the whole case' })
  async download(
    @CurrentUser() reader: RequestUser | undefined,
    @Param('id', uuid) id: string,
    @Param('fileId', uuid) fileId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const detail = await this.library.get(reader ?? null, id);
    if (!detail.full) throw caseNotFound();
    const file = await this.files.findFor(CASE_FILES, id, fileId);
    // Images show in the body; anything else downloads.
    await this.files.send(reply, file, file.contentType.startsWith('image/') ? 'inline' : 'attachment');
  }

  @Delete(':id/attachments/:fileId')
  @RequirePermission(Permission.MemberArea)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Remove an attachment (the author or staff)' })
  async detach(
    @CurrentUser() editor: RequestUser,
    @Param('id', uuid) id: string,
    @Param('fileId', uuid) fileId: string,
  ): Promise<void> {
    const c = await this.library.find(editor, id);
    if (!mayEdit(editor, c)) throw caseNotFound();
    await this.files.remove(await this.files.findFor(CASE_FILES, id, fileId));
  }
}
