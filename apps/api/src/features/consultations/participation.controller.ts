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
  Res,
} from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ErrorCode,
  Permission,
  type CommentGroup,
  type ConsultationComment as CommentDto,
  type Survey,
  type SurveyResponse,
  type SurveyResults,
} from '@cqo/contracts';
import { CurrentUser, Public, RequirePermission } from '../../platform/auth/auth.decorators';
import type { RequestUser } from '../../platform/auth/request-user';
import { AuditService } from '../../platform/audit/audit.service';
import { ApiException } from '../../platform/errors/api.exception';
import { ConsultationCommentsService } from './comments.service';
import { download } from './consultations.controller';
import { ConsultationsService } from './consultations.service';
import {
  BulkDispositionDto,
  CommentInputDto,
  CommentPatchDto,
  CommentQuery,
  DispositionDto,
  ResponseInputDto,
  SurveyInputDto,
} from './dto/consultation.dto';
import { responsesXlsx } from './responses-sheet';
import { SurveyService } from './survey.service';

const uuid = new ParseUUIDPipe();

/** Taking part: comments and their dispositions, the survey and its responses, the results. */
@ApiTags('consultations')
@Controller('consultations')
export class ParticipationController {
  constructor(
    private readonly consultations: ConsultationsService,
    private readonly comments: ConsultationCommentsService,
    private readonly survey: SurveyService,
    private readonly audit: AuditService,
  ) {}

  @Get(':id/comments')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({
    summary:
      'Staff: every comment (filters: clause, decision, enterprise); members: their own, and the others’ when the consultation shows them',
  })
  listComments(
    @CurrentUser() reader: RequestUser,
    @Param('id', uuid) id: string,
    @Query() query: CommentQuery,
  ): Promise<{ items: CommentDto[]; total: number }> {
    return this.comments.list(reader, id, query);
  }

  @Post(':id/comments')
  @RequirePermission(Permission.MemberOwn)
  @ApiOperation({ summary: 'Comment on a clause (or with clauseId null on the whole text) while it is open' })
  addComment(
    @CurrentUser() member: RequestUser,
    @Param('id', uuid) id: string,
    @Body() body: CommentInputDto,
  ): Promise<CommentDto> {
    return this.comments.add(member, id, body);
  }

  @Patch('comments/:commentId')
  @RequirePermission(Permission.MemberOwn)
  @ApiOperation({ summary: 'Edit one’s own comment until closing' })
  editComment(
    @CurrentUser() member: RequestUser,
    @Param('commentId', uuid) commentId: string,
    @Body() body: CommentPatchDto,
  ): Promise<CommentDto> {
    return this.comments.edit(member, commentId, body);
  }

  @Delete('comments/:commentId')
  @RequirePermission(Permission.MemberOwn)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Withdraw one’s own comment until closing' })
  withdraw(@CurrentUser() member: RequestUser, @Param('commentId', uuid) commentId: string): Promise<void> {
    return this.comments.withdraw(member, commentId);
  }

  @Put('comments/:commentId/disposition')
  @RequirePermission(Permission.ContentPublish)
  @ApiOperation({ summary: 'Record the disposition of a comment (after closing); a reason unless adopted' })
  dispose(
    @CurrentUser() staff: RequestUser,
    @Param('commentId', uuid) commentId: string,
    @Body() body: DispositionDto,
  ): Promise<CommentDto> {
    return this.comments.dispose(staff, commentId, body);
  }

  @Put(':id/dispositions')
  @RequirePermission(Permission.ContentPublish)
  @ApiOperation({ summary: 'One disposition for many comments (a group of near-identical ones)' })
  async disposeMany(
    @CurrentUser() staff: RequestUser,
    @Param('id', uuid) id: string,
    @Body() body: BulkDispositionDto,
  ): Promise<{ updated: number }> {
    const { commentIds, ...input } = body;
    return { updated: await this.comments.disposeMany(staff, id, commentIds, input) };
  }

  @Get(':id/comment-groups')
  @RequirePermission(Permission.ContentPublish)
  @ApiOperation({
    summary: 'Near-identical comments on one clause still without a disposition, to answer at once',
  })
  async groups(
    @CurrentUser() staff: RequestUser,
    @Param('id', uuid) id: string,
  ): Promise<{ groups: CommentGroup[] }> {
    await this.consultations.readable(staff, id);
    return { groups: await this.comments.groups(id) };
  }

  @Get(':id/survey')
  @Public()
  @ApiOperation({ summary: 'The survey’s questions' })
  getSurvey(@CurrentUser() reader: RequestUser | undefined, @Param('id', uuid) id: string): Promise<Survey> {
    return this.survey.survey(reader ?? null, id);
  }

  @Put(':id/survey')
  @RequirePermission(Permission.ContentPublish)
  @ApiOperation({
    summary: 'Build the survey (until the first response); questions and options keep ids sent back',
  })
  defineSurvey(@Param('id', uuid) id: string, @Body() body: SurveyInputDto): Promise<Survey> {
    return this.survey.define(id, body.questions);
  }

  @Get(':id/response')
  @RequirePermission(Permission.MemberOwn)
  @ApiOperation({ summary: 'My response (a draft or submitted)' })
  myResponse(@CurrentUser() member: RequestUser, @Param('id', uuid) id: string): Promise<SurveyResponse> {
    return this.survey.mine(member, id);
  }

  @Put(':id/response')
  @RequirePermission(Permission.MemberOwn)
  @ApiOperation({
    summary:
      'Save my response: {"draft":true} keeps it as typed; otherwise every required shown question is checked',
  })
  respond(
    @CurrentUser() member: RequestUser,
    @Param('id', uuid) id: string,
    @Body() body: ResponseInputDto,
  ): Promise<SurveyResponse> {
    return this.survey.respond(member, id, body);
  }

  @Get(':id/results')
  @RequirePermission(Permission.ContentPublish)
  @ApiOperation({ summary: 'Survey results per question, and participation by industry, district and size' })
  results(@Param('id', uuid) id: string): Promise<SurveyResults> {
    return this.survey.results(id);
  }

  @Get(':id/outcome')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: 'The survey results as published (once staff publish them)' })
  async outcome(@CurrentUser() reader: RequestUser, @Param('id', uuid) id: string): Promise<SurveyResults> {
    const { consultation } = await this.consultations.readable(reader, id);
    if (consultation.status !== 'published') {
      throw new ApiException(ErrorCode.CONSULTATION_WRONG_STATE, 'The results are not published yet.');
    }
    return this.survey.results(id);
  }

  @Get(':id/responses.xlsx')
  @RequirePermission(Permission.ContentPublish)
  @ApiOperation({ summary: 'The submitted responses as XLSX, one row each' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async responses(
    @CurrentUser() staff: RequestUser,
    @Param('id', uuid) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { questions, rows } = await this.survey.rows(id);
    await this.audit.record({
      actorId: staff.id,
      action: 'consultation.responses-export',
      subjectType: 'consultation',
      subjectId: id,
      meta: { rows: rows.length },
    });
    await download(
      reply,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'responses.xlsx',
      '问卷答卷.xlsx',
      await responsesXlsx(questions, rows),
    );
  }
}
