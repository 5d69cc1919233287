import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Permission } from '@cqo/contracts';
import { CurrentUser, Public, RequirePermission } from '../../platform/auth/auth.decorators';
import type { RequestUser } from '../../platform/auth/request-user';
import { ApiUpload, StoredFileDto } from '../../platform/files/dto/stored-file.dto';
import { FilesService, toFileInfo } from '../../platform/files/files.service';
import { CalendarFeedsService } from './calendar-feeds.service';
import {
  CalendarFeedStatusDto,
  FunnelDto,
  NewCalendarFeedDto,
  MatchedPageDto,
  OpportunityDto,
  OpportunityInputDto,
  OpportunityPageDto,
  OpportunityQuery,
  TrackingDto,
} from './dto/opportunity.dto';
import { OpportunitiesService } from './opportunities.service';
import { OPPORTUNITY_FILES } from './opportunity-files';

const uuid = new ParseUUIDPipe();
const MATCHED_LIMIT = 100;

@ApiTags('opportunities')
@Controller('opportunities')
export class OpportunitiesController {
  constructor(
    private readonly opportunities: OpportunitiesService,
    private readonly feeds: CalendarFeedsService,
    private readonly files: FilesService,
  ) {}

  @Post()
  @RequirePermission(Permission.ContentPublish)
  @ApiOperation({
    summary: 'Post a subsidy, quality award, training or benchmarking visit with its eligibility',
  })
  @ApiCreatedResponse({ type: OpportunityDto })
  async create(
    @CurrentUser() staff: RequestUser,
    @Body() body: OpportunityInputDto,
  ): Promise<OpportunityDto> {
    return this.opportunities.get(null, (await this.opportunities.create(staff, body)).id);
  }

  @Get()
  @Public()
  @ApiOperation({ summary: 'The whole board: ?kind=&q=&open=; a signed-in member also sees their tracking' })
  @ApiOkResponse({ type: OpportunityPageDto })
  list(
    @CurrentUser() reader: RequestUser | undefined,
    @Query() query: OpportunityQuery,
  ): Promise<OpportunityPageDto> {
    return this.opportunities.list(reader ?? null, query);
  }

  @Get('matched')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({
    summary:
      'Matched for you: every open opportunity, those your enterprise fits first, with the reason for each criterion',
  })
  @ApiOkResponse({ type: MatchedPageDto })
  async matched(@CurrentUser() member: RequestUser): Promise<MatchedPageDto> {
    const all = await this.opportunities.matched(member);
    // Those that fit first, nearest deadline first; the rest of the board is paged in the list.
    return {
      items: all.slice(0, MATCHED_LIMIT),
      total: all.length,
      matching: all.filter((m) => m.matches).length,
    };
  }

  @Get('deadlines.ics')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: 'The deadlines you track or fit, as an iCalendar file' })
  @ApiProduces('text/calendar')
  async calendar(@CurrentUser() member: RequestUser, @Res() reply: FastifyReply): Promise<void> {
    await sendCalendar(reply, await this.opportunities.calendar(member), 'attachment');
  }

  @Get('calendar-feed')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: 'Whether I have a calendar address, since when, and when it was last fetched' })
  @ApiOkResponse({ type: CalendarFeedStatusDto })
  feedStatus(@CurrentUser() member: RequestUser): Promise<CalendarFeedStatusDto> {
    return this.feeds.status(member);
  }

  @Post('calendar-feed')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({
    summary: 'A new secret calendar address for calendar apps (shown once; the previous one stops working)',
  })
  @ApiCreatedResponse({ type: NewCalendarFeedDto })
  createFeed(@CurrentUser() member: RequestUser): Promise<NewCalendarFeedDto> {
    return this.feeds.create(member);
  }

  @Delete('calendar-feed')
  @HttpCode(204)
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: 'Turn my calendar address off' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'CALENDAR_FEED_NOT_FOUND' })
  revokeFeed(@CurrentUser() member: RequestUser): Promise<void> {
    return this.feeds.revoke(member);
  }

  @Get('calendar/:file')
  @Public()
  @ApiOperation({
    summary:
      'The deadlines behind a secret calendar address (`<token>.ics`), for calendar apps that cannot sign in',
  })
  @ApiProduces('text/calendar')
  @ApiNotFoundResponse({ description: 'CALENDAR_FEED_NOT_FOUND (unknown, replaced or turned off)' })
  async feed(@Param('file') file: string, @Res() reply: FastifyReply): Promise<void> {
    const member = await this.feeds.memberFor(file);
    await sendCalendar(reply, await this.opportunities.calendar(member), 'inline');
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One opportunity with its attachments' })
  @ApiOkResponse({ type: OpportunityDto })
  @ApiNotFoundResponse({ description: 'OPPORTUNITY_NOT_FOUND' })
  async get(
    @CurrentUser() reader: RequestUser | undefined,
    @Param('id', uuid) id: string,
  ): Promise<OpportunityDto> {
    const dto = await this.opportunities.get(reader ?? null, id);
    return { ...dto, attachments: (await this.files.listFor(OPPORTUNITY_FILES, id)).map(toFileInfo) };
  }

  @Post(':id/attachments')
  @RequirePermission(Permission.ContentPublish)
  @ApiOperation({ summary: 'Attach an application form or notice: PDF, JPEG or PNG (≤ 10 MB)' })
  @ApiUpload()
  async attach(
    @CurrentUser() staff: RequestUser,
    @Param('id', uuid) id: string,
    @Req() req: FastifyRequest,
  ): Promise<StoredFileDto> {
    await this.opportunities.find(id);
    const file = await this.files.receive(req, {
      ownerId: staff.id,
      subjectType: OPPORTUNITY_FILES,
      subjectId: id,
      kind: 'attachment',
    });
    return toFileInfo(file);
  }

  @Get(':id/attachments/:fileId')
  @Public()
  @ApiOperation({ summary: 'An attachment (the board is public)' })
  @ApiNotFoundResponse({ description: 'OPPORTUNITY_NOT_FOUND or FILE_NOT_FOUND' })
  async download(
    @Param('id', uuid) id: string,
    @Param('fileId', uuid) fileId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.opportunities.find(id);
    await this.files.send(reply, await this.files.findFor(OPPORTUNITY_FILES, id, fileId), 'attachment');
  }

  @Delete(':id/attachments/:fileId')
  @RequirePermission(Permission.ContentPublish)
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an attachment' })
  @ApiNoContentResponse()
  async detach(@Param('id', uuid) id: string, @Param('fileId', uuid) fileId: string): Promise<void> {
    await this.files.remove(await this.files.findFor(OPPORTUNITY_FILES, id, fileId));
  }

  @Put(':id')
  @RequirePermission(Permission.ContentPublish)
  @ApiOperation({ summary: 'Replace an opportunity’s details' })
  @ApiOkResponse({ type: OpportunityDto })
  async update(@Param('id', uuid) id: string, @Body() body: OpportunityInputDto): Promise<OpportunityDto> {
    await this.opportunities.update(id, body);
    return this.opportunities.get(null, id);
  }

  @Put(':id/tracking')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: 'Where I stand: interested → preparing → applied → awarded / not-awarded' })
  @ApiOkResponse({ type: OpportunityDto })
  track(
    @CurrentUser() member: RequestUser,
    @Param('id', uuid) id: string,
    @Body() body: TrackingDto,
  ): Promise<OpportunityDto> {
    return this.opportunities.track(member, id, body.state);
  }

  @Get(':id/funnel')
  @RequirePermission(Permission.ContentPublish)
  @ApiOperation({ summary: 'How many members are at each tracking state' })
  @ApiOkResponse({ type: FunnelDto })
  funnel(@Param('id', uuid) id: string): Promise<FunnelDto> {
    return this.opportunities.funnel(id);
  }
}

function sendCalendar(reply: FastifyReply, ics: string, disposition: 'attachment' | 'inline') {
  return reply
    .header('content-type', 'text/calendar; charset=utf-8')
    .header('content-disposition', `${disposition}; filename="deadlines.ics"`)
    .header('cache-control', 'private, no-store')
    .send(ics);
}
