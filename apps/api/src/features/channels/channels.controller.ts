import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode, Permission } from '@cqo/contracts';
import { ApiException } from '../../platform/errors/api.exception';
import { CurrentUser, RequirePermission } from '../../platform/auth/auth.decorators';
import type { RequestUser } from '../../platform/auth/request-user';
import { ApiUpload, StoredFileDto } from '../../platform/files/dto/stored-file.dto';
import { FilesService, toFileInfo } from '../../platform/files/files.service';
import { CHANNEL_FILES } from './channel-files';
import { ChannelsService } from './channels.service';
import { MessageActionsService } from './message-actions.service';
import {
  ArchiveDto,
  ChannelPersonDto,
  InviteDto,
  MuteDto,
  SilenceDto,
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
    private readonly actions: MessageActionsService,
    private readonly files: FilesService,
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

  @Get(':id/members')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: 'The people in a channel (for @mention autocomplete)' })
  @ApiOkResponse({ type: [ChannelPersonDto] })
  members(@CurrentUser() reader: RequestUser, @Param('id', uuid) id: string): Promise<ChannelPersonDto[]> {
    return this.channels.people(reader, id);
  }

  @Post(':id/members')
  @RequirePermission(Permission.ContentModerate)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Add members to a channel (how a private channel fills); staff' })
  invite(@CurrentUser() staff: RequestUser, @Param('id', uuid) id: string, @Body() body: InviteDto) {
    return this.channels.invite(staff, id, body.userIds);
  }

  @Put(':id/mute')
  @RequirePermission(Permission.MemberArea)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Mute a channel for yourself (no badge; mentions still reach you)' })
  async mute(@CurrentUser() reader: RequestUser, @Param('id', uuid) id: string, @Body() body: MuteDto) {
    await this.channels.setMuted(reader, id, body.muted);
  }

  @Post(':id/silence')
  @RequirePermission(Permission.ContentModerate)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Mute a member in the channel for some minutes (0 lifts it); told and audited' })
  async silence(@CurrentUser() staff: RequestUser, @Param('id', uuid) id: string, @Body() body: SilenceDto) {
    await this.channels.silence(staff, id, body.userId, body.minutes, body.reason);
  }

  @Put(':id/archived')
  @RequirePermission(Permission.ContentModerate)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Archive a channel (read-only) or bring it back; audited' })
  async archive(@CurrentUser() staff: RequestUser, @Param('id', uuid) id: string, @Body() body: ArchiveDto) {
    await this.channels.setArchived(staff, id, body.archived);
  }

  @Get(':id/pins')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: "The channel's pinned messages, latest pinned first" })
  @ApiOkResponse({ type: [ChannelMessageDto] })
  pins(@CurrentUser() reader: RequestUser, @Param('id', uuid) id: string): Promise<ChannelMessageDto[]> {
    return this.actions.pinned(reader, id);
  }

  @Post(':id/files')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({
    summary: 'Upload an image or PDF (≤ 10 MB) to send with a message (its id goes in attachments)',
  })
  @ApiUpload()
  async upload(
    @CurrentUser() author: RequestUser,
    @Param('id', uuid) id: string,
    @Req() req: FastifyRequest,
  ): Promise<StoredFileDto> {
    const { member } = await this.channels.readable(author, id);
    if (!member) throw new ApiException(ErrorCode.CHANNEL_NOT_JOINED, 'Join the channel to send files.');
    return toFileInfo(
      await this.files.receive(req, {
        ownerId: author.id,
        subjectType: CHANNEL_FILES,
        subjectId: id,
        kind: 'message',
      }),
    );
  }

  @Get(':id/files/:fileId')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: 'A file sent in the channel, for whoever may read it' })
  async download(
    @CurrentUser() reader: RequestUser,
    @Param('id', uuid) id: string,
    @Param('fileId', uuid) fileId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.channels.readable(reader, id);
    const file = await this.files.findFor(CHANNEL_FILES, id, fileId);
    await this.files.send(reply, file, file.contentType.startsWith('image/') ? 'inline' : 'attachment');
  }
}
