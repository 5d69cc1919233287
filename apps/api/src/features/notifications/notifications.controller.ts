import { Body, Controller, Get, HttpCode, HttpStatus, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission } from '@cqo/contracts';
import { CurrentUser, RequirePermission } from '../../platform/auth/auth.decorators';
import type { RequestUser } from '../../platform/auth/request-user';
import {
  MarkReadDto,
  NotificationPageDto,
  NotificationPreferencesDto,
  NotificationQuery,
  UnreadDto,
} from './dto/notification.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @RequirePermission(Permission.AccountSelf)
  @ApiOperation({ summary: 'My notifications, newest first, with the unread count' })
  @ApiOkResponse({ type: NotificationPageDto })
  list(@CurrentUser() user: RequestUser, @Query() query: NotificationQuery): Promise<NotificationPageDto> {
    return this.notifications.list(user.id, query.page, query.pageSize, query.unread);
  }

  @Post('read')
  @RequirePermission(Permission.AccountSelf)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Mark some ({"ids":[…]}) or all ({"all":true}) as read' })
  @ApiOkResponse({ type: UnreadDto })
  async read(@CurrentUser() user: RequestUser, @Body() dto: MarkReadDto): Promise<UnreadDto> {
    return { unread: await this.notifications.markRead(user.id, dto.all ? 'all' : (dto.ids ?? [])) };
  }

  @Get('preferences')
  @RequirePermission(Permission.AccountSelf)
  @ApiOperation({ summary: 'How I hear of each kind: in the app, and e-mail at once / daily digest / off' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  preferences(@CurrentUser() user: RequestUser): Promise<NotificationPreferencesDto> {
    return this.notifications.preferences(user.id);
  }

  @Put('preferences')
  @RequirePermission(Permission.AccountSelf)
  @ApiOperation({ summary: 'Change how I hear of some kinds (the others stay)' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  setPreferences(
    @CurrentUser() user: RequestUser,
    @Body() body: NotificationPreferencesDto,
  ): Promise<NotificationPreferencesDto> {
    return this.notifications.setPreferences(user.id, body);
  }
}
