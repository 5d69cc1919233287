import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission } from '@cqo/contracts';
import { CurrentUser, RequirePermission } from '../../platform/auth/auth.decorators';
import type { RequestUser } from '../../platform/auth/request-user';
import { DirectService } from './direct.service';
import { DirectConversationDto, DirectPreferenceDto } from './dto/channel.dto';

@ApiTags('channels')
@Controller('direct')
export class DirectController {
  constructor(private readonly direct: DirectService) {}

  // Declared before ':userId' so "preference" is not read as a user id.
  @Get('preference')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: 'Who may open a direct conversation with you' })
  @ApiOkResponse({ type: DirectPreferenceDto })
  preference(@CurrentUser() caller: RequestUser): Promise<DirectPreferenceDto> {
    return this.direct.preference(caller.id);
  }

  @Put('preference')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: 'all: any member; contacts: only people you already have a conversation with' })
  @ApiOkResponse({ type: DirectPreferenceDto })
  setPreference(
    @CurrentUser() caller: RequestUser,
    @Body() body: DirectPreferenceDto,
  ): Promise<DirectPreferenceDto> {
    return this.direct.setPreference(caller.id, body.allow);
  }

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
