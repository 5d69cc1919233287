import { Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission } from '@cqo/contracts';
import { CurrentUser, RequirePermission } from '../../platform/auth/auth.decorators';
import type { RequestUser } from '../../platform/auth/request-user';
import { DirectService } from './direct.service';
import { DirectConversationDto } from './dto/channel.dto';

@ApiTags('channels')
@Controller('direct')
export class DirectController {
  constructor(private readonly direct: DirectService) {}

  @Post(':userId')
  @RequirePermission(Permission.MemberArea)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Open (or find) the one-to-one conversation with this person' })
  @ApiOkResponse({ type: DirectConversationDto })
  open(
    @CurrentUser() caller: RequestUser,
    @Param('userId', new ParseUUIDPipe()) userId: string,
  ): Promise<DirectConversationDto> {
    return this.direct.open(caller, userId);
  }
}
