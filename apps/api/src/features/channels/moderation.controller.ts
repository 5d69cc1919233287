import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission } from '@cqo/contracts';
import { CurrentUser, RequirePermission } from '../../platform/auth/auth.decorators';
import type { RequestUser } from '../../platform/auth/request-user';
import { MessageReportDto, ReasonDto } from './dto/channel.dto';
import { ModerationService } from './moderation.service';

const uuid = new ParseUUIDPipe();

@ApiTags('channels')
@Controller()
export class ModerationController {
  constructor(private readonly moderation: ModerationService) {}

  @Post('messages/:id/report')
  @RequirePermission(Permission.MemberArea)
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Report a message you can read, with a reason (once per person)' })
  async report(
    @CurrentUser() reader: RequestUser,
    @Param('id', uuid) id: string,
    @Body() body: ReasonDto,
  ): Promise<{ reported: true }> {
    await this.moderation.report(reader, id, body.reason);
    return { reported: true };
  }

  @Get('moderation/reports')
  @RequirePermission(Permission.ContentModerate)
  @ApiOperation({ summary: 'Open reports, oldest first' })
  @ApiOkResponse({ type: [MessageReportDto] })
  queue(@CurrentUser() staff: RequestUser): Promise<MessageReportDto[]> {
    return this.moderation.queue(staff);
  }

  @Post('messages/:id/hide')
  @RequirePermission(Permission.ContentModerate)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Hide a message (others see it was hidden; the author is told; audited)' })
  async hide(
    @CurrentUser() staff: RequestUser,
    @Param('id', uuid) id: string,
    @Body() body: ReasonDto,
  ): Promise<void> {
    await this.moderation.hide(staff, id, body.reason);
  }
}
