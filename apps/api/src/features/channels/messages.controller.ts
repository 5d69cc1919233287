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
  Put,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission } from '@cqo/contracts';
import { CurrentUser, RequirePermission } from '../../platform/auth/auth.decorators';
import type { RequestUser } from '../../platform/auth/request-user';
import { ChannelsService } from './channels.service';
import {
  ChannelMessageDto,
  MessageEditDto,
  MessageLinkDto,
  MessagePageDto,
  ReactionParams,
} from './dto/channel.dto';
import { MessageActionsService } from './message-actions.service';
import { MessagesService } from './messages.service';
import { MessageViews } from './message-views';

const uuid = new ParseUUIDPipe();

/** One message: its permalink, its thread, and what its author, members and staff do to it. */
@ApiTags('channels')
@Controller('messages')
export class MessagesController {
  constructor(
    private readonly messages: MessagesService,
    private readonly views: MessageViews,
    private readonly actions: MessageActionsService,
    private readonly channels: ChannelsService,
  ) {}

  @Get(':id')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({
    summary: 'A message by its permalink, with its channel (then ?around=seq for the context)',
  })
  @ApiOkResponse({ type: MessageLinkDto })
  async find(@CurrentUser() reader: RequestUser, @Param('id', uuid) id: string): Promise<MessageLinkDto> {
    const row = await this.messages.findReadable(reader, id);
    const [message] = await this.views.views([row], reader);
    return { message, channelName: await this.channels.titleFor(reader.id, row.channelId) };
  }

  @Get(':id/replies')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: 'A thread: its first message, then the replies oldest first' })
  @ApiOkResponse({ type: MessagePageDto })
  thread(@CurrentUser() reader: RequestUser, @Param('id', uuid) id: string): Promise<MessagePageDto> {
    return this.messages.thread(reader, id);
  }

  @Patch(':id')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: 'Edit your own message (marked edited)' })
  @ApiOkResponse({ type: ChannelMessageDto })
  edit(
    @CurrentUser() author: RequestUser,
    @Param('id', uuid) id: string,
    @Body() body: MessageEditDto,
  ): Promise<ChannelMessageDto> {
    return this.actions.edit(author, id, body);
  }

  @Delete(':id')
  @RequirePermission(Permission.MemberArea)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete your own message (a moderator: anyone’s); a tombstone keeps its place' })
  async remove(@CurrentUser() caller: RequestUser, @Param('id', uuid) id: string): Promise<void> {
    await this.actions.remove(caller, id);
  }

  @Put(':id/reactions/:key')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: 'React (again: no change)' })
  @ApiOkResponse({ type: ChannelMessageDto })
  react(@CurrentUser() reader: RequestUser, @Param() params: ReactionParams): Promise<ChannelMessageDto> {
    return this.actions.react(reader, params.id, params.key, true);
  }

  @Delete(':id/reactions/:key')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: 'Take your reaction back' })
  @ApiOkResponse({ type: ChannelMessageDto })
  unreact(@CurrentUser() reader: RequestUser, @Param() params: ReactionParams): Promise<ChannelMessageDto> {
    return this.actions.react(reader, params.id, params.key, false);
  }

  @Put(':id/pin')
  @RequirePermission(Permission.ContentModerate)
  @ApiOperation({ summary: 'Pin a message to its channel (staff)' })
  @ApiOkResponse({ type: ChannelMessageDto })
  pin(@CurrentUser() staff: RequestUser, @Param('id', uuid) id: string): Promise<ChannelMessageDto> {
    return this.actions.pin(staff, id, true);
  }

  @Delete(':id/pin')
  @RequirePermission(Permission.ContentModerate)
  @ApiOperation({ summary: 'Unpin a message (staff)' })
  @ApiOkResponse({ type: ChannelMessageDto })
  unpin(@CurrentUser() staff: RequestUser, @Param('id', uuid) id: string): Promise<ChannelMessageDto> {
    return this.actions.pin(staff, id, false);
  }
}
