import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission } from '@cqo/contracts';
import { CurrentUser, RequirePermission } from '../../platform/auth/auth.decorators';
import type { RequestUser } from '../../platform/auth/request-user';
import {
  DirectoryEntryDto,
  DirectoryPageDto,
  DirectoryQuery,
  MyProfileDto,
  PrivacyDto,
  ProfileUpdateDto,
} from './dto/directory.dto';
import { MemberProfilesService } from './member-profiles.service';

@ApiTags('directory')
@Controller()
export class DirectoryController {
  constructor(private readonly profiles: MemberProfilesService) {}

  @Get('directory')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({
    summary: 'Find members by name, enterprise or topic; filter by industry, region, size, years',
  })
  @ApiOkResponse({ type: DirectoryPageDto })
  list(@CurrentUser() reader: RequestUser, @Query() query: DirectoryQuery): Promise<DirectoryPageDto> {
    return this.profiles.search(reader, query);
  }

  @Get('directory/:userId')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: 'One member’s profile, with the fields they let you see' })
  @ApiOkResponse({ type: DirectoryEntryDto })
  @ApiNotFoundResponse({ description: 'MEMBER_NOT_FOUND (also for a member who hides from the directory)' })
  get(
    @CurrentUser() reader: RequestUser,
    @Param('userId', new ParseUUIDPipe()) userId: string,
  ): Promise<DirectoryEntryDto> {
    return this.profiles.get(reader, userId);
  }

  @Get('me/profile')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: 'My directory profile with my privacy settings' })
  @ApiOkResponse({ type: MyProfileDto })
  mine(@CurrentUser() user: RequestUser): Promise<MyProfileDto> {
    return this.profiles.mine(user);
  }

  @Put('me/profile')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({ summary: 'Write my bio, topics and contact details (fields left out stay)' })
  @ApiOkResponse({ type: MyProfileDto })
  update(@CurrentUser() user: RequestUser, @Body() body: ProfileUpdateDto): Promise<MyProfileDto> {
    return this.profiles.update(user, body);
  }

  @Put('me/privacy')
  @RequirePermission(Permission.MemberArea)
  @ApiOperation({
    summary: 'Who sees my phone, e-mail, position and bio (members / staff / nobody); hide me',
  })
  @ApiOkResponse({ type: MyProfileDto })
  privacy(@CurrentUser() user: RequestUser, @Body() body: PrivacyDto): Promise<MyProfileDto> {
    return this.profiles.setPrivacy(user, body);
  }
}
