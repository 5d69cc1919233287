import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { can, Permission } from '@cqo/contracts';
import { AuditService } from '../../platform/audit/audit.service';
import { CurrentUser, RequirePermission } from '../../platform/auth/auth.decorators';
import type { RequestUser } from '../../platform/auth/request-user';
import { FieldCipher } from '../../platform/crypto/field-cipher.service';
import { FilingBodyDto } from './dto/filing-body.dto';
import { FilingQueueQuery, RevealDto, ReviewDto } from './dto/filing-query.dto';
import {
  FilingPageDto,
  FilingResponseDto,
  FilingsWaitingDto,
  RevealResponseDto,
} from './dto/filing-response.dto';
import { toFilingDto } from './filing-mapper';
import { FilingAttachmentsService } from './services/filing-attachments.service';
import { FilingReviewService } from './services/filing-review.service';
import { FilingsService } from './services/filings.service';
import { RegistrationFormService } from './services/registration-form.service';

const uuid = new ParseUUIDPipe();

@ApiTags('filings')
@Controller('filings')
export class FilingsController {
  constructor(
    private readonly filings: FilingsService,
    private readonly review: FilingReviewService,
    private readonly form: RegistrationFormService,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly attachments: FilingAttachmentsService,
  ) {}

  @Post()
  @RequirePermission(Permission.AccountSelf)
  @ApiOperation({ summary: 'Start a filing (draft); any part of the form may be missing' })
  @ApiCreatedResponse({ type: FilingResponseDto })
  @ApiConflictResponse({ description: 'FILING_OPEN_EXISTS: finish the filing in progress first' })
  async create(@CurrentUser() user: RequestUser, @Body() body: FilingBodyDto): Promise<FilingResponseDto> {
    return toFilingDto(await this.filings.create(user, body), this.cipher);
  }

  @Get()
  @RequirePermission(Permission.AccountSelf)
  @ApiOperation({ summary: 'Staff and admin: the review queue with filters; others: their own filings' })
  @ApiOkResponse({ type: FilingPageDto })
  async list(@CurrentUser() user: RequestUser, @Query() query: FilingQueueQuery): Promise<FilingPageDto> {
    return this.filings.list(user, query);
  }

  @Get('waiting')
  @RequirePermission(Permission.FilingsReview)
  @ApiOperation({ summary: 'Staff: how many filings wait for a decision' })
  @ApiOkResponse({ type: FilingsWaitingDto })
  waiting(): Promise<FilingsWaitingDto> {
    return this.filings.waiting();
  }

  @Get(':id')
  @RequirePermission(Permission.AccountSelf)
  @ApiOperation({ summary: 'One filing with its timeline (owner or staff); ID number and mobiles masked' })
  @ApiOkResponse({ type: FilingResponseDto })
  @ApiNotFoundResponse({ description: 'FILING_NOT_FOUND (also for someone else’s filing)' })
  async get(@CurrentUser() user: RequestUser, @Param('id', uuid) id: string): Promise<FilingResponseDto> {
    const { filing, events } = await this.filings.getVisible(user, id);
    return toFilingDto(filing, this.cipher, events, await this.attachments.list(id));
  }

  @Patch(':id')
  @RequirePermission(Permission.AccountSelf)
  @ApiOperation({
    summary: 'Change a draft or returned filing (fields left out stay as they are; null clears)',
  })
  @ApiOkResponse({ type: FilingResponseDto })
  @ApiConflictResponse({ description: 'FILING_NOT_EDITABLE' })
  async update(
    @CurrentUser() user: RequestUser,
    @Param('id', uuid) id: string,
    @Body() body: FilingBodyDto,
  ): Promise<FilingResponseDto> {
    return toFilingDto(await this.filings.update(user, id, body), this.cipher);
  }

  @Post(':id/submit')
  @RequirePermission(Permission.AccountSelf)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Submit for review; the server runs every check again' })
  @ApiOkResponse({ type: FilingResponseDto })
  @ApiBadRequestResponse({
    description: 'FILING_INCOMPLETE with details [{ field, code }], e.g. cqo.idNumber ID_CHECKSUM',
  })
  async submit(@CurrentUser() user: RequestUser, @Param('id', uuid) id: string): Promise<FilingResponseDto> {
    return toFilingDto(await this.filings.submit(user, id), this.cipher);
  }

  @Post(':id/withdraw')
  @RequirePermission(Permission.AccountSelf)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Withdraw a submitted filing before it is reviewed' })
  @ApiOkResponse({ type: FilingResponseDto })
  async withdraw(
    @CurrentUser() user: RequestUser,
    @Param('id', uuid) id: string,
  ): Promise<FilingResponseDto> {
    return toFilingDto(await this.filings.withdraw(user, id), this.cipher);
  }

  @Post(':id/review')
  @RequirePermission(Permission.FilingsReview)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Approve, return (with comments per field) or reject a submitted filing' })
  @ApiOkResponse({ type: FilingResponseDto })
  @ApiConflictResponse({ description: 'FILING_NOT_SUBMITTED' })
  async decide(
    @CurrentUser() staff: RequestUser,
    @Param('id', uuid) id: string,
    @Body() dto: ReviewDto,
    @Req() req: FastifyRequest,
  ): Promise<FilingResponseDto> {
    return toFilingDto(await this.review.review(staff, id, dto, req.ip ?? null), this.cipher);
  }

  @Post(':id/reveal')
  @RequirePermission(Permission.FilingsReview)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Show the ID number or mobile in clear; the reason goes to the audit log' })
  @ApiOkResponse({ type: RevealResponseDto })
  async reveal(
    @CurrentUser() staff: RequestUser,
    @Param('id', uuid) id: string,
    @Body() dto: RevealDto,
    @Req() req: FastifyRequest,
  ): Promise<RevealResponseDto> {
    return this.review.reveal(staff, id, dto.field, dto.reason, req.ip ?? null);
  }

  @Get(':id/registration-form.docx')
  @RequirePermission(Permission.AccountSelf)
  @ApiOperation({
    summary: '广东省企业首席质量官基本信息登记表 as DOCX, for printing and stamping (owner or staff)',
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  async registrationForm(
    @CurrentUser() user: RequestUser,
    @Param('id', uuid) id: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const filing = await this.filings.findVisible(user, id);
    if (filing.ownerId !== user.id && can(user.roles, Permission.FilingsReview)) {
      await this.audit.record({
        actorId: user.id,
        action: 'filing.registration-form',
        subjectType: 'filing',
        subjectId: id,
        ip: req.ip ?? null,
      });
    }
    const name = encodeURIComponent(`首席质量官登记表-${filing.enterpriseName ?? filing.id}.docx`);
    await reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header(
        'content-disposition',
        `attachment; filename="registration-form.docx"; filename*=UTF-8''${name}`,
      )
      .header('cache-control', 'no-store')
      .send(this.form.stream(filing, await this.attachments.photo(filing.id)));
  }
}
