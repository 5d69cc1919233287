import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Permission } from '@cqo/contracts';
import { CurrentUser, RequirePermission } from '../../platform/auth/auth.decorators';
import type { RequestUser } from '../../platform/auth/request-user';
import { ChannelsService } from './channels.service';
import {
  ChannelInputDto,
  ChannelMessageDto,
  ChannelPageDto,
  ChannelSummaryDto,
  MessageInputDto,
  MessagePageDto,
  MessageQuery,
  ReadDto,
} from './dto/channel.dto';
import { MessagesService } from './messages.service';

const uuid = new ParseUUIDPipe();

@ApiTags('channels')
@Controller('channels')
export class ChannelsController {
  constructor(
    private readonly channels: ChannelsService,
    private readonly messages: MessagesService,
  ) {}

  @Post()
  @RequirePermission(Permission.ContentModerate)
  @ApiOperation({ summary: 'Create a channel (staff); the creator is in it' })
  @ApiCreatedResponse({ type: ChannelSummaryDto })
  async create(@CurrentUser() staff: RequestUser, @Body() body: ChannelInputDto): Promise<ChannelSummaryDto> {
    const c = await this.channels.create(staff, body);
    return (await this.channels.list(staff)).find((s) => s.id === c.id)!;
  }

  @Get()
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: 'The channels you are in, and the open ones meant for you, with unread counts' })
  @ApiOkResponse({ type: ChannelPageDto })
  async list(@CurrentUser() reader: RequestUser): Promise<ChannelPageDto> {
    return { items: await this.channels.list(reader) };
  }

  @Post(':id/join')
  @RequirePermission(Permission.MemberArea)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Join an open channel meant for you (again: no change)' })
  async join(@CurrentUser() reader: RequestUser, @Param('id', uuid) id: string): Promise<void> {
    await this.channels.join(reader, id);
  }

  @Post(':id/leave')
  @RequirePermission(Permission.MemberArea)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Leave a channel' })
  async leave(@CurrentUser() reader: RequestUser, @Param('id', uuid) id: string): Promise<void> {
    await this.channels.leave(reader, id);
  }

  @Post(':id/messages')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({
    summary: 'Send a message (201); the same clientId again answers the stored message (200), never a copy',
  })
  @ApiCreatedResponse({ type: ChannelMessageDto })
  async send(
    @CurrentUser() author: RequestUser,
    @Param('id', uuid) id: string,
    @Body() body: MessageInputDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ChannelMessageDto> {
    const { message, created } = await this.messages.send(author, id, body);
    reply.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return message;
  }

  @Get(':id/messages')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: '?after=N: the next messages; ?before=N: older history; ascending by number' })
  @ApiOkResponse({ type: MessagePageDto })
  history(
    @CurrentUser() reader: RequestUser,
    @Param('id', uuid) id: string,
    @Query() query: MessageQuery,
  ): Promise<MessagePageDto> {
    return this.messages.history(reader, id, query);
  }

  @Post(':id/read')
  @RequirePermission(Permission.MemberArea)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Read up to this number: the unread count follows' })
  read(@CurrentUser() reader: RequestUser, @Param('id', uuid) id: string, @Body() body: ReadDto) {
    return this.messages.read(reader, id, body.seq);
  }
}
