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
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Permission } from '@cqo/contracts';
import { CurrentUser, Public, RequirePermission } from '../../platform/auth/auth.decorators';
import type { RequestUser } from '../../platform/auth/request-user';
import { ApiUpload, StoredFileDto } from '../../platform/files/dto/stored-file.dto';
import { FilesService, toFileInfo } from '../../platform/files/files.service';
import { AnnouncementsService, toDto } from './announcements.service';
import {
  AnnouncementDto,
  AnnouncementInputDto,
  AnnouncementPageDto,
  AnnouncementPatchDto,
  AnnouncementQuery,
  PublishDto,
  ReadReceiptsDto,
  RemindResultDto,
} from './dto/announcement.dto';
import { ANNOUNCEMENT_FILES } from './announcement-files';

const uuid = new ParseUUIDPipe();

@ApiTags('announcements')
@Controller('announcements')
export class AnnouncementsController {
  constructor(
    private readonly announcements: AnnouncementsService,
    private readonly files: FilesService,
  ) {}

  @Post()
  @RequirePermission(Permission.ContentPublish)
  @ApiOperation({ summary: 'Write an announcement (a draft until published)' })
  @ApiCreatedResponse({ type: AnnouncementDto })
  async create(
    @CurrentUser() staff: RequestUser,
    @Body() body: AnnouncementInputDto,
  ): Promise<AnnouncementDto> {
    return toDto(await this.announcements.create(staff, body));
  }

  @Get()
  @Public()
  @ApiOperation({
    summary:
      'Visitors: public announcements; members: public and those targeted to them; staff: all (?status=)',
  })
  @ApiOkResponse({ type: AnnouncementPageDto })
  list(
    @CurrentUser() reader: RequestUser | undefined,
    @Query() query: AnnouncementQuery,
  ): Promise<AnnouncementPageDto> {
    return this.announcements.list(reader ?? null, query);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One announcement with its attachments; opening it counts as read' })
  @ApiOkResponse({ type: AnnouncementDto })
  @ApiNotFoundResponse({ description: 'ANNOUNCEMENT_NOT_FOUND (also when it is not for you)' })
  async get(
    @CurrentUser() reader: RequestUser | undefined,
    @Param('id', uuid) id: string,
  ): Promise<AnnouncementDto & { attachments: StoredFileDto[] }> {
    const dto = await this.announcements.get(reader ?? null, id);
    return { ...dto, attachments: (await this.files.listFor(ANNOUNCEMENT_FILES, id)).map(toFileInfo) };
  }

  @Patch(':id')
  @RequirePermission(Permission.ContentPublish)
  @ApiOperation({ summary: 'Edit (fields left out stay)' })
  @ApiOkResponse({ type: AnnouncementDto })
  async update(@Param('id', uuid) id: string, @Body() body: AnnouncementPatchDto): Promise<AnnouncementDto> {
    return toDto(await this.announcements.update(id, body));
  }

  @Post(':id/publish')
  @RequirePermission(Permission.ContentPublish)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Publish now, or schedule with {"at"}; the audience is notified in the background',
  })
  @ApiOkResponse({ type: AnnouncementDto })
  async publish(@Param('id', uuid) id: string, @Body() body: PublishDto): Promise<AnnouncementDto> {
    return toDto(await this.announcements.publish(id, body?.at ? new Date(body.at) : undefined));
  }

  @Post(':id/unpublish')
  @RequirePermission(Permission.ContentPublish)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Take it down (it can be published again, without notifying twice)' })
  @ApiOkResponse({ type: AnnouncementDto })
  async unpublish(@Param('id', uuid) id: string): Promise<AnnouncementDto> {
    return toDto(await this.announcements.unpublish(id));
  }

  @Get(':id/reads')
  @RequirePermission(Permission.ContentPublish)
  @ApiOperation({ summary: 'Read receipts: audience size, how many read it, and who' })
  @ApiOkResponse({ type: ReadReceiptsDto })
  reads(@Param('id', uuid) id: string): Promise<ReadReceiptsDto> {
    return this.announcements.receipts(id);
  }

  @Post(':id/remind')
  @RequirePermission(Permission.ContentPublish)
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Remind the audience members who have not read it (in the background)' })
  @ApiOkResponse({ type: RemindResultDto })
  async remind(@Param('id', uuid) id: string): Promise<RemindResultDto> {
    await this.announcements.remind(id);
    return { queued: true };
  }

  @Post(':id/attachments')
  @RequirePermission(Permission.ContentPublish)
  @ApiOperation({ summary: 'Attach a PDF, JPEG or PNG (≤ 10 MB)' })
  @ApiUpload()
  async attach(
    @CurrentUser() staff: RequestUser,
    @Param('id', uuid) id: string,
    @Req() req: FastifyRequest,
  ): Promise<StoredFileDto> {
    await this.announcements.findVisible(staff, id);
    return toFileInfo(
      await this.files.receive(req, {
        ownerId: staff.id,
        subjectType: ANNOUNCEMENT_FILES,
        subjectId: id,
        kind: 'attachment',
      }),
    );
  }

  @Get(':id/attachments/:fileId')
  @Public()
  @ApiOperation({ summary: 'An attachment, for whoever may read the announcement' })
  async download(
    @CurrentUser() reader: RequestUser | undefined,
    @Param('id', uuid) id: string,
    @Param('fileId', uuid) fileId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.announcements.findVisible(reader ?? null, id);
    const file = await this.files.findFor(ANNOUNCEMENT_FILES, id, fileId);
    await this.files.send(reply, file, 'attachment');
  }

  @Delete(':id/attachments/:fileId')
  @RequirePermission(Permission.ContentPublish)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Remove an attachment' })
  async detach(@Param('id', uuid) id: string, @Param('fileId', uuid) fileId: string): Promise<void> {
    await this.files.remove(await this.files.findFor(ANNOUNCEMENT_FILES, id, fileId));
  }
}
