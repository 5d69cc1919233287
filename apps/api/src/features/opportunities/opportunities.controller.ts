import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Permission } from '@cqo/contracts';
import { CurrentUser, Public, RequirePermission } from '../../platform/auth/auth.decorators';
import type { RequestUser } from '../../platform/auth/request-user';
import {
  FunnelDto,
  MatchedPageDto,
  OpportunityDto,
  OpportunityInputDto,
  OpportunityPageDto,
  OpportunityQuery,
  TrackingDto,
} from './dto/opportunity.dto';
import { OpportunitiesService } from './opportunities.service';

const uuid = new ParseUUIDPipe();
const MATCHED_LIMIT = 100;

@ApiTags('opportunities')
@Controller('opportunities')
export class OpportunitiesController {
  constructor(private readonly opportunities: OpportunitiesService) {}

  @Post()
  @RequirePermission(Permission.StaffWork)
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
    await reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', 'attachment; filename="deadlines.ics"')
      .header('cache-control', 'private, no-store')
      .send(await this.opportunities.calendar(member));
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One opportunity' })
  @ApiOkResponse({ type: OpportunityDto })
  @ApiNotFoundResponse({ description: 'OPPORTUNITY_NOT_FOUND' })
  get(
    @CurrentUser() reader: RequestUser | undefined,
    @Param('id', uuid) id: string,
  ): Promise<OpportunityDto> {
    return this.opportunities.get(reader ?? null, id);
  }

  @Put(':id')
  @RequirePermission(Permission.StaffWork)
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
  @RequirePermission(Permission.StaffWork)
  @ApiOperation({ summary: 'How many members are at each tracking state' })
  @ApiOkResponse({ type: FunnelDto })
  funnel(@Param('id', uuid) id: string): Promise<FunnelDto> {
    return this.opportunities.funnel(id);
  }
}
